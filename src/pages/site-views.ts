// The site's single pages that show the archive as a whole: the home page, the date archive and the
// entity lists, each as the view-model its template shows (the API files are in site/json-api.ts).
import { summarize, type ArticleSummary } from "../indexes/article-summary.ts";
import { ARCHIVE_URL, HOME_URL } from "../routes.ts";
import type { Archive } from "../types.ts";

/** How many reports the home page lists; the date archive holds the rest. */
export const HOME_LIMIT = 30;

export interface HomeView {
  url: string;
  latest: ArticleSummary[];
  total: number;
}

export interface ArchiveView {
  url: string;
  /** Oldest first, with the months that have reports. */
  years: { year: number; url: string; count: number; months: { month: number; url: string; count: number }[] }[];
}

export function homeView(archive: Archive): HomeView {
  return { url: HOME_URL, latest: archive.articles.slice(0, HOME_LIMIT).map(summarize), total: archive.articles.length };
}

export function archiveView(archive: Archive): ArchiveView {
  const years = archive.dates.years.map(({ year, url, count, months }) => ({ year, url, count, months: months.map(({ month, url, count }) => ({ month, url, count })) }));
  return { url: ARCHIVE_URL, years };
}
