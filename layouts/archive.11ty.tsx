// /archive/: every year with its report count, and a compact calendar of its months.
import { plural } from "../src/plural.ts";
import { MONTH_NAMES } from "../src/indexes/date-pages.ts";
import type { ArchiveView } from "../src/pages/site-views.ts";
import { ARCHIVE_URL, formatYear } from "../src/routes.ts";
import { href, type SiteOptions } from "../src/site/site-options.ts";
import { BaseLayout } from "./components/base-layout.tsx";
import { fedByPagesStage } from "../src/render/template-data.ts";

interface ArchiveData {
  site: SiteOptions;
  page: ArchiveView;
}

export const data = fedByPagesStage("archive");

export function render({ site, page }: ArchiveData) {
  const dateYears = page.years;
  const total = dateYears.reduce((sum, y) => sum + y.count, 0);
  return (
    <BaseLayout site={site} title="Archive" description={`Every report in the archive by date: ${plural(total, "report")}.`} path={ARCHIVE_URL}>
      <h1>Archive</h1>
      <p>
        {plural(total, "report")} in {plural(dateYears.length, "year")}, newest year first. Each report is filed under the date in its own time zone.
      </p>
      {[...dateYears].reverse().map((year) => {
        const byMonth = new Map(year.months.map((m) => [m.month, m]));
        return (
          <section class="archive-year" aria-labelledby={`year-${year.year}`}>
            <h2 id={`year-${year.year}`}>
              <a href={href(site, year.url)}>{formatYear(year.year)}</a> <span class="count">({plural(year.count, "report")})</span>
            </h2>
            <ol class="month-calendar">
              {MONTH_NAMES.map((name, i) => {
                const month = byMonth.get(i + 1);
                return month ? (
                  <li>
                    <a href={href(site, month.url)} aria-label={`${name} ${formatYear(year.year)}: ${plural(month.count, "report")}`}>
                      {name.slice(0, 3)} <span class="count">{String(month.count)}</span>
                    </a>
                  </li>
                ) : (
                  <li class="empty">
                    <span>{name.slice(0, 3)}</span>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </BaseLayout>
  );
}
