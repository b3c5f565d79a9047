// The home page: the newest reports, each with its date and first paragraph.
import { humanDate, machineDate } from "../src/site/format-date.ts";
import { href, type SiteOptions } from "../src/site/site-options.ts";
import type { ArticleRecord } from "../src/types.ts";
import { BaseLayout } from "./components/base-layout.tsx";

/** How many reports the home page lists; the date archive (a later page kind) holds the rest. */
export const HOME_LIMIT = 30;

export const data = { permalink: "/index.html" };

export function render({ site, articles }: { site: SiteOptions; articles: ArticleRecord[] }) {
  const latest = articles.slice(0, HOME_LIMIT);
  return (
    <BaseLayout site={site} title="Latest reports" description={site.description} path="/">
      <h1>Latest reports</h1>
      <ol class="report-list">
        {latest.map((article) => (
          <li>
            <article>
              <h2>
                <a href={href(site, article.url)}>{article.headline}</a>
              </h2>
              <p class="report-meta">
                <time datetime={machineDate(article)}>{humanDate(article)}</time>
                {article.dateline ? ` · ${article.dateline.text}` : ""}
              </p>
              <p>{article.summary}</p>
            </article>
          </li>
        ))}
      </ol>
    </BaseLayout>
  );
}
