// Every page of the date archive as data: year, month and day pages (paged at the settings' page
// size), their breadcrumbs, and previous/next links that skip periods without reports.
import { DateTime, Info } from "luxon";
import type { ArticleSummary } from "./article-summary.ts";
import type { DateIndex, DayIndex, MonthIndex, YearIndex } from "./build-date-index.ts";
import { ARCHIVE_URL, dayUrl, formatYear, monthUrl, yearUrl } from "../routes.ts";
import { paginate, type Paged } from "./paginate.ts";

export interface Crumb {
  label: string;
  /** null for the page itself. */
  url: string | null;
}

export interface PeriodLink {
  label: string;
  url: string;
}

export interface DatePage {
  /** This page's URL (page n of a long period is at <base>page/n/). */
  url: string;
  kind: "year" | "month" | "day";
  title: string;
  /** The period's first-page URL (page 1). */
  base: string;
  count: number;
  crumbs: Crumb[];
  previous: PeriodLink | null;
  next: PeriodLink | null;
  /** Reports on this page, with the day each is filed under. */
  paged: Paged<{ day: DayRef; article: ArticleSummary }>;
  /** Year pages: the year's months with counts. */
  months: MonthRef[];
}

/** A day or month as a page names it: not the reports it holds, which are a page's own items. */
export type DayRef = Omit<DayIndex, "articles">;
export type MonthRef = Omit<MonthIndex, "days">;

const dayRef = ({ key, year, month, day, url }: DayIndex): DayRef => ({ key, year, month, day, url });
const monthRef = ({ key, year, month, url, count }: MonthIndex): MonthRef => ({ key, year, month, url, count });

export const MONTH_NAMES = Info.months("long", { locale: "en-US" });


/** A calendar date as luxon formats it; the zone does not matter for a date without a time. */
const calendar = (d: { year: number; month: number; day?: number }) => DateTime.fromObject({ year: d.year, month: d.month, day: d.day ?? 1 }, { zone: "UTC", locale: "en-US" });

/** "October 2017" */
export const monthLabel = (m: { year: number; month: number }) => calendar(m).toFormat("LLLL yyyy");
/** "Saturday, October 21, 2017" */
export const dayLabel = (d: { year: number; month: number; day: number }) => calendar(d).toFormat("cccc, LLLL d, yyyy");

/** Archive › 2017 › October › 21, each linked; the last crumb is the current page unless `linkLast`. */
export function dateCrumbs(d: { year: number; month?: number; day?: number }, linkLast = false): Crumb[] {
  const crumbs: Crumb[] = [
    { label: "Archive", url: ARCHIVE_URL },
    { label: formatYear(d.year), url: yearUrl(d.year) },
  ];
  if (d.month !== undefined) crumbs.push({ label: MONTH_NAMES[d.month - 1]!, url: monthUrl(d.year, d.month) });
  if (d.month !== undefined && d.day !== undefined) crumbs.push({ label: String(d.day), url: dayUrl(d.year, d.month, d.day) });
  if (!linkLast) crumbs[crumbs.length - 1] = { ...crumbs.at(-1)!, url: null };
  return crumbs;
}

function neighbours<T>(list: readonly T[], i: number, link: (t: T) => PeriodLink) {
  return { previous: i > 0 ? link(list[i - 1]!) : null, next: i + 1 < list.length ? link(list[i + 1]!) : null };
}

/** Every date page, with lists paged at `pageSize` reports. */
export function buildDatePages(index: DateIndex, pageSize: number): DatePage[] {
  const months = index.years.flatMap((y) => y.months);
  const days = months.flatMap((m) => m.days);
  // The view-model holds what the page shows: each day named once, not with all its reports.
  const items = (ds: readonly DayIndex[]) => ds.flatMap((day) => {
    const ref = dayRef(day);
    return day.articles.map((article) => ({ day: ref, article }));
  });
  const yearPages = index.years.flatMap((year: YearIndex, i) =>
    paginate(items(year.months.flatMap((m) => m.days)), year.url, pageSize).map((paged) => ({
      url: paged.url,
      kind: "year" as const,
      title: formatYear(year.year),
      base: year.url,
      count: year.count,
      crumbs: dateCrumbs({ year: year.year }),
      ...neighbours(index.years, i, (y) => ({ label: formatYear(y.year), url: y.url })),
      paged,
      months: year.months.map(monthRef),
    })),
  );
  const monthPages = months.flatMap((month, i) =>
    paginate(items(month.days), month.url, pageSize).map((paged) => ({
      url: paged.url,
      kind: "month" as const,
      title: monthLabel(month),
      base: month.url,
      count: month.count,
      crumbs: dateCrumbs({ year: month.year, month: month.month }),
      ...neighbours(months, i, (m) => ({ label: monthLabel(m), url: m.url })),
      paged,
      months: [],
    })),
  );
  const dayPages = days.flatMap((day, i) =>
    paginate(items([day]), day.url, pageSize).map((paged) => ({
      url: paged.url,
      kind: "day" as const,
      title: dayLabel(day),
      base: day.url,
      count: day.articles.length,
      crumbs: dateCrumbs(day),
      ...neighbours(days, i, (d) => ({ label: dayLabel(d), url: d.url })),
      paged,
      months: [],
    })),
  );
  return [...yearPages, ...monthPages, ...dayPages];
}
