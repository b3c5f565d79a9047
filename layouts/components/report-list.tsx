// A list of reports with date, dateline and first paragraph: the home page and the date archive.
import type { ArticleSummary } from "../../src/indexes/article-summary.ts";
import { href, type SiteOptions } from "../../src/site/site-options.ts";
import { ReportDate } from "./report-date.tsx";

export function ReportList({ site, articles, headingLevel = 2 }: { site: SiteOptions; articles: readonly ArticleSummary[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol class="report-list">
      {articles.map((article) => (
        <li>
          <article>
            <Heading>
              <a href={href(site, article.url)}>{article.headline}</a>
            </Heading>
            <p class="report-meta">
              <ReportDate article={article} />
              {article.dateline ? ` · ${article.dateline.text}` : ""}
            </p>
            <p>{article.summary}</p>
          </article>
        </li>
      ))}
    </ol>
  );
}
