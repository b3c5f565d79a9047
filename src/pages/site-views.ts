// The site's single pages that show the archive as a whole: the home page, the date archive, the
// entity lists and the JSON API files, each as the view-model its template shows.
import { summarize, type ArticleSummary } from "../indexes/article-summary.ts";
import { ARCHIVE_URL } from "../indexes/date-pages.ts";
import { buildEntityLists, type EntityListPage } from "../indexes/entity-lists.ts";
import { articlesJson, entitiesJson } from "../site/json-api.ts";
import type { SiteOptions } from "../site/site-options.ts";
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

export interface ApiFile {
  url: string;
  /** The file as written: JSON, serialised by the pages stage. */
  body: string;
}

export function homeView(archive: Archive): HomeView {
  return { url: "/", latest: archive.articles.slice(0, HOME_LIMIT).map(summarize), total: archive.articles.length };
}

export function archiveView(archive: Archive): ArchiveView {
  const years = archive.dates.years.map(({ year, url, count, months }) => ({ year, url, count, months: months.map(({ month, url, count }) => ({ month, url, count })) }));
  return { url: ARCHIVE_URL, years };
}

export function entityListViews(archive: Archive): EntityListPage[] {
  return buildEntityLists(archive.entityPages);
}

export function apiFiles(archive: Archive, site: SiteOptions): ApiFile[] {
  return [
    { url: "/api/articles.json", body: articlesJson(site, archive) },
    { url: "/api/entities.json", body: entitiesJson(site, archive) },
  ];
}
