// The home page: the newest report first, the next newest by day, the places, people and
// organizations most named of late, and the ways into the rest of the archive.
import { plural } from "../src/plural.ts";
import { ARCHIVE_FEED, ARCHIVE_URL, HOME_URL } from "../src/routes.ts";
import { href, type SiteOptions } from "../src/site/site-options.ts";
import type { HomeView } from "../src/pages/site-views.ts";
import { BaseLayout } from "./components/base-layout.tsx";
import { ReportDate } from "./components/report-date.tsx";
import { ReportList } from "./components/report-list.tsx";
import { WaysIn } from "./components/ways-in.tsx";
import { fedByPagesStage } from "../src/render/template-data.ts";

interface HomeData {
  site: SiteOptions;
  page: HomeView;
}

export const data = fedByPagesStage("home");

export function render({ site, page }: HomeData) {
  const { lead, days, active, years, total } = page;
  const shown = (lead ? 1 : 0) + days.reduce((n, d) => n + d.articles.length, 0);
  return (
    <BaseLayout site={site} title="Latest reports" description={site.description} path={HOME_URL} feed={site.parts.archiveFeed ? { url: ARCHIVE_FEED, title: `${site.title}: latest reports` } : undefined}>
      <h1>Latest reports</h1>
      {lead ? (
        <article class="lead-report">
          <p class="report-meta">
            <ReportDate article={lead} />
            {lead.dateline ? ` · ${lead.dateline.text}` : ""}
          </p>
          <h2>
            <a href={href(site, lead.url)}>{lead.headline}</a>
          </h2>
          <p>{lead.summary}</p>
        </article>
      ) : (
        <p>The archive has no reports yet.</p>
      )}
      {active && active.kinds.length > 0 ? (
        <section class="most-named" aria-labelledby="most-named">
          <h2 id="most-named">Most named in the 30 days to {active.until}</h2>
          <div class="most-named-kinds">
            {active.kinds.map((k) => (
              <section aria-labelledby={`most-named-${k.kind}`}>
                <h3 id={`most-named-${k.kind}`}>{k.title}</h3>
                <ol>
                  {k.entities.map(({ entity, reports }) => (
                    <li>
                      {site.parts.entities ? <a href={href(site, entity.url)}>{entity.name}</a> : entity.name} <span class="count">{plural(reports, "report")}</span>
                    </li>
                  ))}
                </ol>
              </section>
            ))}
          </div>
        </section>
      ) : null}
      {days.length > 0 ? (
        <section class="latest" aria-labelledby="latest">
          <h2 id="latest">Earlier reports</h2>
          {days.map((day) => (
            <section class="day-group">
              <h3>{site.parts.dates ? <a href={href(site, day.url)}>{day.label}</a> : day.label}</h3>
              <ReportList site={site} articles={day.articles} headingLevel={4} />
            </section>
          ))}
          {total > shown && site.parts.dates ? (
            <p class="more">
              <a href={href(site, ARCHIVE_URL)}>All {plural(total, "report")}, by date</a>
            </p>
          ) : null}
        </section>
      ) : null}
      <section class="ways" aria-labelledby="ways">
        <h2 id="ways">The archive</h2>
        {site.parts.dates && years.length > 0 ? (
          <ul class="year-list">
            {years.map((y) => (
              <li>
                <a href={href(site, y.url)}>{String(y.year).padStart(4, "0")}</a> <span class="count">{plural(y.count, "report")}</span>
              </li>
            ))}
          </ul>
        ) : null}
        <WaysIn site={site} ways={["dates", "entities", "search", "feed"]} />
      </section>
    </BaseLayout>
  );
}
