// The date archive, built once: years, months and days that have reports, each report filed
// under the calendar day of its own zone (read from its ISO date, never converted to UTC).
import type { ArticleFacts } from "../types.ts";
import { dayUrl, formatYear, monthUrl, yearUrl } from "../routes.ts";
import { summarize, type ArticleSummary } from "./article-summary.ts";

export interface DayIndex {
  /** "2017-10-21" */
  key: string;
  year: number;
  month: number;
  day: number;
  url: string;
  /** In time order, then by slug. */
  articles: ArticleSummary[];
}

export interface MonthIndex {
  key: string;
  year: number;
  month: number;
  url: string;
  days: DayIndex[];
  count: number;
}

export interface YearIndex {
  year: number;
  url: string;
  months: MonthIndex[];
  count: number;
}

export interface DateIndex {
  /** Oldest first; only periods that have reports. */
  years: YearIndex[];
  /** Every article id -> its older and newer neighbour in the archive's time order. */
  neighbours: Record<string, { older: ArticleSummary | null; newer: ArticleSummary | null }>;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The calendar day in the report's own zone: the date part of its offset ISO string. */
export function localDay(published: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})T/.exec(published);
  if (!match) throw new Error(`published ${JSON.stringify(published)} is not an ISO date-time with offset`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Stable reading order inside a period: by instant, then slug, then id. */
function byTimeThenSlug(a: ArticleFacts, b: ArticleFacts): number {
  return Date.parse(a.published) - Date.parse(b.published) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function buildDateIndex(articles: readonly ArticleFacts[]): DateIndex {
  const ordered = [...articles].sort(byTimeThenSlug);
  const years: YearIndex[] = [];
  const byKey = new Map<string, DayIndex>();
  // Grouping by the local calendar: a report at 23:30 UTC-6 stays on its own day, although its
  // instant sorts among the next day's reports elsewhere. So days are keyed, then sorted by key.
  for (const article of ordered) {
    const { year, month, day } = localDay(article.published);
    const key = `${formatYear(year)}-${pad(month)}-${pad(day)}`;
    let entry = byKey.get(key);
    if (!entry) byKey.set(key, (entry = { key, year, month, day, url: dayUrl(year, month, day), articles: [] }));
    entry.articles.push(summarize(article));
  }
  for (const day of [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    let year = years.at(-1);
    if (year?.year !== day.year) years.push((year = { year: day.year, url: yearUrl(day.year), months: [], count: 0 }));
    let month = year.months.at(-1);
    if (month?.month !== day.month) {
      year.months.push((month = { key: `${formatYear(day.year)}-${pad(day.month)}`, year: day.year, month: day.month, url: monthUrl(day.year, day.month), days: [], count: 0 }));
    }
    month.days.push(day);
    month.count += day.articles.length;
    year.count += day.articles.length;
  }
  const neighbours: DateIndex["neighbours"] = {};
  ordered.forEach((article, i) => {
    neighbours[article.id] = {
      older: i > 0 ? summarize(ordered[i - 1]!) : null,
      newer: i + 1 < ordered.length ? summarize(ordered[i + 1]!) : null,
    };
  });
  return { years, neighbours };
}
