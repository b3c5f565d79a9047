// One page per entity (/places/<id>/, /people/<id>/, /organizations/<id>/): every report that
// names it, oldest to newest, with the sentence that names it.
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
  const { entity, timeline, spellings, companions, mentionCount, reportCount, feedUrl } = page;
  const description = `${entity.name}: ${entity.description}`;
  const pageNote = timeline.count > 1 ? ` (page ${timeline.number} of ${timeline.count})` : "";
  return (
    <BaseLayout
      site={site}
      title={`${entity.name}${pageNote}`}
      description={description}
      path={timeline.url}
      feed={feedUrl ? { url: feedUrl, title: `${entity.name}: reports` } : undefined}
      jsonLd={entityJsonLd(site, entity)}
    >
      <article class="entity">
        <header>
          <p class="entity-kind">{KIND_LABEL[entity.kind]}</p>
          <h1>{entity.name}</h1>
          <p class="entity-description">{entity.description}</p>
        </header>
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
          {spellings.length > 0 ? (
            <>
              <dt>Also written as</dt>
              <dd>
                <ul class="inline-list">
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
        {entity.coordinates && timeline.number === 1 ? <LocatorMap name={entity.name} coordinates={entity.coordinates} /> : null}
        <section aria-labelledby="reports">
          <h2 id="reports">Reports, oldest first{pageNote}</h2>
          {reportCount === 0 ? (
            <p>No report in the archive names {entity.name} yet.</p>
          ) : (
            <ol class="timeline" start={timeline.first}>
              {timeline.items.map(({ article, sentence, role }) => (
                <li>
                  <p class="report-meta">
                    <ReportDate article={article} />
                  </p>
                  <h3>
                    <a href={href(site, article.url)}>{article.headline}</a>
                  </h3>
                  {sentence ? <blockquote>{sentence}</blockquote> : <p class="role">{ROLE_NOTE[role]}</p>}
                </li>
              ))}
            </ol>
          )}
          <Pager site={site} paged={timeline} label={`Pages of reports naming ${entity.name}`} />
        </section>
        {companions.length > 0 ? (
          <section aria-labelledby="companions">
            <h2 id="companions">Often named with</h2>
            <ul class="companions">
              {companions.map((c) => (
                <li>
                  <a href={href(site, c.entity.url)}>{c.entity.name}</a> <span class="count">({plural(c.reports, "report")})</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
    </BaseLayout>
  );
}
