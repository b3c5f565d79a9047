// One page per report at /YYYY/MM/DD/<slug>/, paginated over the linked article records.
import { KIND_TITLES, KINDS } from "../src/indexes/entity-lists.ts";
import type { ArticleView } from "../src/pages/article-view.ts";
import { renderBody } from "../src/site/render-body.ts";
import { reportFileUrl } from "../src/routes.ts";
import { href, type SiteOptions } from "../src/site/site-options.ts";
import { BaseLayout } from "./components/base-layout.tsx";
import { Breadcrumbs } from "./components/breadcrumbs.tsx";
import { ReportDate } from "./components/report-date.tsx";
import { fedByPagesStage } from "../src/render/template-data.ts";
import { plural } from "../src/plural.ts";

/** Minutes to read at 230 words a minute, at least one. */
const readingMinutes = (words: number) => Math.max(1, Math.round(words / 230));

interface ArticleData {
  site: SiteOptions;
  page: ArticleView;
}

// Paginated by Eleventy over `streamed.article` when pages are fed through it; the render stage
// (src/render/) calls render() with the same view-model when it streams them.
export const data = fedByPagesStage("article");

export function render({ site, page }: ArticleData) {
  const { article, entities, older, newer, jsonLd } = page;
  const urls = new Map(entities.map((e) => [e.id, e.url]));
  // Entities link to their pages only when the site builds them.
  const entityPages = site.parts.entities;
  const links = entityPages ? { mentions: article.mentions, hrefOf: (id: string) => href(site, urls.get(id)!), dateline: article.datelineEntity } : undefined;
  const relatedReports = page.related;
  const datelinePlace = article.datelineEntity ? entities.find((e) => e.id === article.datelineEntity) : undefined;
  return (
    <BaseLayout
      site={site}
      title={article.headline}
      description={article.summary}
      path={article.url}
      jsonLd={jsonLd}
      article={{ published: article.published }}
    >
      {page.crumbs.length > 0 ? <Breadcrumbs site={site} crumbs={page.crumbs} /> : null}
      <article class="report">
        <header class="report-header">
          <h1>{article.headline}</h1>
          <p class="report-meta">
            <ReportDate article={article} />
            {article.updated ? (
              <>
                {" · "}
                <span class="updated">
                  Updated <ReportDate article={{ published: article.updated.at, zone: article.zone, precision: article.updated.precision }} />
                </span>
              </>
            ) : null}
            {article.byline ? (
              <>
                {" · "}
                <span class="byline">By {article.byline}</span>
              </>
            ) : null}
            {article.source ? (
              <>
                {" · "}
                <span class="source">{article.sourceEntity && links ? <a href={links.hrefOf(article.sourceEntity)}>{article.source}</a> : article.source}</span>
              </>
            ) : null}
          </p>
        </header>
        <div class="report-body">{{ html: renderBody(article, links, (image) => ({ src: href(site, reportFileUrl(article.url, image.name)), ...page.imageSizes[image.name] })) }}</div>
        {article.corrections ? (
          <aside class="corrections" aria-labelledby="corrections">
            <h2 id="corrections">{article.corrections.length === 1 ? "Correction" : "Corrections"}</h2>
            <ul>
              {article.corrections.map((c) => (
                <li>
                  <ReportDate article={{ published: c.date, zone: article.zone, precision: c.date.length === 10 ? "day" : "minute" }} short />
                  {`: ${c.note}`}
                </li>
              ))}
            </ul>
          </aside>
        ) : null}
        <footer class="report-footer">
          {/* What the header does not say; a fact the report does not give is left out, not shown as unknown. (The report's id is in the JSON API, for editors.) */}
          <dl>
            {article.dateline ? (
              <>
                <dt>Filed from</dt>
                <dd>{datelinePlace && links ? <a href={links.hrefOf(datelinePlace.id)}>{datelinePlace.name}</a> : article.dateline.text}</dd>
              </>
            ) : null}
            {article.written ? (
              <>
                <dt>Time as written</dt>
                <dd>
                  <ReportDate article={{ published: article.written.published, zone: article.written.zone, precision: article.precision }} />
                  {datelinePlace ? ` (shown here in ${datelinePlace.name}'s time)` : ""}
                </dd>
              </>
            ) : null}
            <dt>Length</dt>
            <dd>{`${plural(article.wordCount, "word")}, about ${plural(readingMinutes(article.wordCount), "minute")} to read`}</dd>
          </dl>
        </footer>
      </article>
      {older || newer ? (
        <nav class="report-nav" aria-label="Older and newer reports">
          <ul>
            {older ? (
              <li class="older">
                <a href={href(site, older.url)} rel="prev">
                  <span class="direction">← Older</span> {older.headline}
                </a>
              </li>
            ) : null}
            {newer ? (
              <li class="newer">
                <a href={href(site, newer.url)} rel="next">
                  <span class="direction">Newer →</span> {newer.headline}
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
      {entities.length > 0 ? (
        <section class="in-this-report" aria-labelledby="in-this-report">
          <h2 id="in-this-report">In this report</h2>
          {KINDS.map((kind) => {
            const ofKind = entities.filter((e) => e.kind === kind);
            return ofKind.length === 0 ? null : (
              <>
                <h3>{KIND_TITLES[kind]}</h3>
                <ul class="entity-chips">
                  {ofKind.map((e) => (
                    <li>{entityPages ? <a href={href(site, e.url)}>{e.name}</a> : e.name}</li>
                  ))}
                </ul>
              </>
            );
          })}
        </section>
      ) : null}
      {page.copies.length > 0 ? (
        <section class="related also-published" aria-labelledby="also-published">
          <h2 id="also-published">Also published as</h2>
          <ul class="report-list compact">
            {page.copies.map(({ article: other, source, canonical }) => (
              <li>
                <a href={href(site, other.url)}>{other.headline}</a>
                <p class="report-meta">
                  <ReportDate article={other} short />
                  {source ? ` · ${source}` : ""}
                  {canonical ? " · the original" : ""}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {relatedReports.length > 0 ? (
        <section class="related" aria-labelledby="related-reports">
          <h2 id="related-reports">Related reports</h2>
          <ol class="report-list compact">
            {relatedReports.map(({ article: other, sharedNames }) => (
              <li>
                <a href={href(site, other.url)}>{other.headline}</a>
                <p class="report-meta">
                  <ReportDate article={other} short />
                  {` · ${sharedNames.length} in common: `}
                  {sharedNames.slice(0, 4).join(", ")}
                  {sharedNames.length > 4 ? ", ..." : ""}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </BaseLayout>
  );
}
