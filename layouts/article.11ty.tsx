// One page per report at /YYYY/MM/DD/<slug>/, paginated over the parsed article records.
import { humanDate, machineDate } from "../src/site/format-date.ts";
import { renderBody } from "../src/site/render-body.ts";
import type { SiteOptions } from "../src/site/site-options.ts";
import type { ArticleRecord } from "../src/types.ts";
import { BaseLayout } from "./components/base-layout.tsx";

interface ArticleData {
  site: SiteOptions;
  article: ArticleRecord;
}

export const data = {
  pagination: { data: "articles", size: 1, alias: "article", addAllPagesToCollections: false },
  permalink: (data: ArticleData) => `${data.article.url}index.html`,
};

export function render({ site, article }: ArticleData) {
  return (
    <BaseLayout site={site} title={article.headline} description={article.summary} path={article.url}>
      <article class="report">
        <header class="report-header">
          <h1>{article.headline}</h1>
          <p class="report-meta">
            <time datetime={machineDate(article)}>{humanDate(article)}</time>
            {article.byline ? (
              <>
                {" · "}
                <span class="byline">By {article.byline}</span>
              </>
            ) : null}
            {article.source ? (
              <>
                {" · "}
                <span class="source">{article.source}</span>
              </>
            ) : null}
          </p>
        </header>
        <div class="report-body">
          {{ html: renderBody(article) }}
        </div>
        <footer class="report-footer">
          <dl>
            <dt>Published</dt>
            <dd>
              <time datetime={machineDate(article)}>{humanDate(article)}</time>
            </dd>
            {article.dateline ? (
              <>
                <dt>Dateline</dt>
                <dd>{article.dateline.text}</dd>
              </>
            ) : null}
            <dt>Byline</dt>
            <dd>{article.byline ?? "Not given"}</dd>
            <dt>Source</dt>
            <dd>{article.source ?? "Not known"}</dd>
            <dt>Words</dt>
            <dd>{String(article.wordCount)}</dd>
          </dl>
        </footer>
      </article>
    </BaseLayout>
  );
}
