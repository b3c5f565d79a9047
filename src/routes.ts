// The site's dated URL patterns in one place: articles and the year, month and day archive pages.
// Years are always written with four digits (/0001/, never /1/), so paths sort and read alike.
import type { DateTime } from "luxon";

const pad2 = (n: number) => String(n).padStart(2, "0");

/** "2017", "0001": a year as every URL and label writes it. */
export const formatYear = (year: number) => String(year).padStart(4, "0");

export const yearUrl = (year: number) => `/${formatYear(year)}/`;
export const monthUrl = (year: number, month: number) => `${yearUrl(year)}${pad2(month)}/`;
export const dayUrl = (year: number, month: number, day: number) => `${monthUrl(year, month)}${pad2(day)}/`;

/** /YYYY/MM/DD/<slug>/, the date taken in the report's own zone. */
export function articleUrl(published: DateTime, slug: string): string {
  return `${dayUrl(published.year, published.month, published.day)}${slug}/`;
}

/** Page n of a paged list: page 1 at the list's own URL, page n at <base>page/n/. */
export function pageUrl(base: string, number: number): string {
  return number === 1 ? base : `${base}page/${number}/`;
}

/** An entity's feed lives beside its page: /places/qaryatayn/feed.xml. */
export const entityFeedUrl = (entityUrl: string) => `${entityUrl}feed.xml`;

/** The date archive's front page. */
export const ARCHIVE_URL = "/archive/";

/** Where the search page is. */
export const SEARCH_URL = "/search/";

/** The whole archive's feed. */
export const ARCHIVE_FEED = "/feed.xml";
