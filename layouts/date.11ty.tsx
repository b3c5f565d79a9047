// Year, month and day pages of the date archive (/2017/, /2017/10/, /2017/10/21/), paged past 50 reports.
import { plural } from "../src/plural.ts";
import type { DatePage } from "../src/indexes/date-pages.ts";
import { monthLabel, dayLabel } from "../src/indexes/date-pages.ts";
import { href, type SiteOptions } from "../src/site/site-options.ts";
import { BaseLayout } from "./components/base-layout.tsx";
import { Breadcrumbs } from "./components/breadcrumbs.tsx";
import { Pager } from "./components/pager.tsx";
import { ReportList } from "./components/report-list.tsx";
import { fedByPagesStage } from "../src/render/template-data.ts";

interface DateData {
  site: SiteOptions;
  page: DatePage;
}

export const data = fedByPagesStage("date");


export function render({ site, page: datePage }: DateData) {
  const { paged, title, count, kind } = datePage;
  const pageNote = paged.count > 1 ? ` (page ${paged.number} of ${paged.count})` : "";
  // Group the page's reports under their day (month and year pages), in order.
  const groups: { key: string; label: string; url: string; articles: (typeof paged.items)[number]["article"][] }[] = [];
  for (const { day, article } of paged.items) {
    if (groups.at(-1)?.key !== day.key) groups.push({ key: day.key, label: dayLabel(day), url: day.url, articles: [] });
    groups.at(-1)!.articles.push(article);
  }
  return (
    <BaseLayout site={site} title={`${title}${pageNote}`} description={`${plural(count, "report")} filed ${kind === "day" ? "on" : "in"} ${title}.`} path={paged.url}>
      <Breadcrumbs site={site} crumbs={datePage.crumbs} />
      <h1>
        {title}
        {pageNote}
      </h1>
      <p class="period-count">{plural(count, "report")}</p>
      {datePage.months.length > 0 ? (
        <section aria-labelledby="months">
          <h2 id="months">Months</h2>
          <ul class="period-list">
            {datePage.months.map((m) => (
              <li>
                <a href={href(site, m.url)}>{monthLabel(m)}</a> <span class="count">({plural(m.count, "report")})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="reports">
        <h2 id="reports">Reports{kind === "day" ? ", in time order" : ""}</h2>
        {kind === "day" ? (
          <ReportList site={site} articles={groups.flatMap((g) => g.articles)} headingLevel={3} />
        ) : (
          groups.map((g) => (
            <section class="day-group">
              <h3>
                <a href={href(site, g.url)}>{g.label}</a>
              </h3>
              <ReportList site={site} articles={g.articles} headingLevel={4} />
            </section>
          ))
        )}
        <Pager site={site} paged={paged} label={`Pages of ${title}`} />
      </section>
      <nav class="period-nav" aria-label={`Other ${kind}s`}>
        <ul>
          {datePage.previous ? (
            <li>
              <a href={href(site, datePage.previous.url)} rel="prev">
                ← {datePage.previous.label}
              </a>
            </li>
          ) : null}
          {datePage.next ? (
            <li>
              <a href={href(site, datePage.next.url)} rel="next">
                {datePage.next.label} →
              </a>
            </li>
          ) : null}
        </ul>
      </nav>
    </BaseLayout>
  );
}
