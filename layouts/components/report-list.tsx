// A list of reports under a day's heading (the home page, the date archive): each with its time and
// dateline, headline and first paragraph. The day is the heading's, so each report gives its time only.
import type { ArticleSummary } from "../../src/indexes/article-summary.ts";
import { href, type SiteOptions } from "../../src/site/site-options.ts";
import { ReportTime } from "./report-date.tsx";

export function ReportList({ site, articles, headingLevel = 3 }: { site: SiteOptions; articles: readonly ArticleSummary[]; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <ol class="report-list">
      {articles.map((article) => {
        const time = ReportTime({ article });
        return (
          <li>
            <article>
              <Heading>
                <a href={href(site, article.url)}>{article.headline}</a>
              </Heading>
              {time || article.dateline ? (
                <p class="report-meta">
                  {time}
                  {time && article.dateline ? " · " : ""}
                  {article.dateline ? article.dateline.text : ""}
                </p>
              ) : null}
              <p>{article.summary}</p>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
