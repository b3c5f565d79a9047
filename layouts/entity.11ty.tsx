// The pages about an entity (/places/<id>/, /people/<id>/, /organizations/<id>/): its facts and
// every report that names it, newest first, with the sentence that names it; and its timeline
// (<id>/timeline/), the same reports oldest first.
import { plural } from "../src/plural.ts";
import type { EntityView } from "../src/pages/entity-view.ts";
import { entityJsonLd } from "../src/site/structured-data.ts";
import { href, type SiteOptions } from "../src/site/site-options.ts";
import { BaseLayout } from "./components/base-layout.tsx";
import { LocatorMap } from "./components/maps.tsx";
import { Pager } from "./components/pager.tsx";
import { ReportDate } from "./components/report-date.tsx";
import { fedByPagesStage } from "../src/render/template-data.ts";

interface EntityData {
  site: SiteOptions;
  page: EntityView;
}

/** Why a report that does not name the entity in its text is on its page. */
const ROLE_NOTE = {
  mention: "",
  dateline: "Filed from here (dateline).",
  source: "Report from this source.",
  declared: "Tagged by an editor: the report implies it without naming it.",
} as const;

const KIND_LABEL = { place: "Place", person: "Person", organization: "Organization" } as const;

export const data = fedByPagesStage("entity");

/** 34.2294, 37.2406 -> "34.2294° N, 37.2406° E" */
function formatCoordinates([lat, lon]: [number, number]): string {
  return `${Math.abs(lat)}° ${lat >= 0 ? "N" : "S"}, ${Math.abs(lon)}° ${lon >= 0 ? "E" : "W"}`;
}

export function render({ site, page }: EntityData) {
  const { entity, reports, reportCount, feedUrl, order } = page;
  const pageNote = reports.count > 1 ? ` (page ${reports.number} of ${reports.count})` : "";
  const newest = order === "newest";
  // Under the page's "Reports, newest first" heading, or straight under the timeline's h1.
  const ItemHeading = newest ? "h3" : "h2";
  return (
    <BaseLayout
      site={site}
      title={`${entity.name}${newest ? "" : ": reports oldest first"}${pageNote}`}
      description={newest ? `${entity.name}: ${entity.description}` : `Every report naming ${entity.name}, oldest first.`}
      path={reports.url}
      feed={feedUrl ? { url: feedUrl, title: `${entity.name}: reports` } : undefined}
      jsonLd={newest ? entityJsonLd(site, entity) : undefined}
    >
      <article class="entity">
        <header>
          <p class="entity-kind">{KIND_LABEL[entity.kind]}</p>
          {/* The timeline is its list: its heading names the list. */}
          {newest ? <h1>{entity.name}</h1> : <h1 id="reports">{`${entity.name}: reports oldest first${pageNote}`}</h1>}
          {newest ? <p class="entity-description">{entity.description}</p> : null}
        </header>
        {newest ? <EntityFacts site={site} page={page} /> : null}
        {entity.coordinates && newest && reports.number === 1 ? <LocatorMap name={entity.name} coordinates={entity.coordinates} /> : null}
        <section aria-labelledby="reports">
          {newest ? <h2 id="reports">Reports, newest first{pageNote}</h2> : null}
          {/* One report has no order to change. */}
          {reportCount > 1 ? (
            <p class="order-link">
              {newest ? (
                <a href={href(site, page.timelineUrl)}>Read all {String(reportCount)} reports oldest first</a>
              ) : (
                <a href={href(site, page.pageUrl)}>Back to {entity.name}: newest first</a>
              )}
            </p>
          ) : null}
          <ol class="timeline" start={reports.first}>
            {reports.items.map(({ article, sentence, role }) => (
              <li>
                <p class="report-meta">
                  <ReportDate article={article} />
                </p>
                <ItemHeading>
                  <a href={href(site, article.url)}>{article.headline}</a>
                </ItemHeading>
                {sentence ? <blockquote>{sentence}</blockquote> : <p class="role">{ROLE_NOTE[role]}</p>}
              </li>
            ))}
          </ol>
          <Pager site={site} paged={reports} label={`Pages of reports naming ${entity.name}`} />
        </section>
        {page.companions.length > 0 ? (
          <section aria-labelledby="companions">
            <h2 id="companions">Often named with</h2>
            <ul class="companions">
              {page.companions.map((c) => (
                <li>
                  <a href={href(site, c.entity.url)}>{c.entity.name}</a> <span class="count">({plural(c.reports, "report")} together)</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
    </BaseLayout>
  );
}

/** What the archive knows of the entity: counts, reports by year, other spellings, Wikidata, place. */
function EntityFacts({ site, page }: EntityData) {
  const { entity, reportCount, mentionCount, feedUrl, years, spellings } = page;
  return (
    <dl class="entity-facts">
      <dt>In the archive</dt>
      <dd>
        {plural(reportCount, "report")}, {plural(mentionCount, "mention")}
        {feedUrl ? (
          <>
            {" · "}
            <a href={href(site, feedUrl)}>Atom feed</a>
          </>
        ) : null}
      </dd>
      <dt>By year</dt>
      <dd>
        <ul class="inline-list years">
          {years.map((y) => (
            <li>
              <a href={href(site, y.url)} aria-label={`${y.year}: ${plural(y.count, "report")}, in the timeline`}>
                {String(y.year)}
              </a>
              : {String(y.count)}
            </li>
          ))}
        </ul>
      </dd>
      {spellings.length > 0 ? (
        <>
          <dt>Also written as</dt>
          <dd>
            <ul class="inline-list spellings">
              {spellings.map((s) => (
                <li>
                  {s.text} <span class="count">({s.count})</span>
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      {entity.wikidata ? (
        <>
          <dt>Wikidata</dt>
          <dd>
            <a href={`https://www.wikidata.org/wiki/${entity.wikidata}`}>{entity.wikidata}</a>
          </dd>
        </>
      ) : null}
      {entity.coordinates ? (
        <>
          <dt>Coordinates</dt>
          <dd>
            <data value={entity.coordinates.join(",")}>{formatCoordinates(entity.coordinates)}</data>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
