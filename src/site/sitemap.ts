// The sitemaps, from the list of pages built: an index (/sitemap.xml, which robots.txt names) of
// child sitemaps, one per year of reports and one for the pages of no year, each cut at 50,000
// URLs as sitemaps.org allows; and a Google News sitemap of the reports of the two days up to the
// newest one. lastmod where a page has a meaningful date: the report's own time, or the newest
// report a list shows. Serialised with fast-xml-parser.
import { XMLBuilder } from "fast-xml-parser";
import { localDay } from "../indexes/build-date-index.ts";
import { ARCHIVE_URL, dayUrl, entityTimelineUrl, HOME_URL, monthUrl, SITEMAP_URL, sitemapUrl, yearUrl } from "../routes.ts";
import type { Archive, ArchiveEntry, ArticleRecord } from "../types.ts";
import { absoluteUrl, type SiteOptions } from "./site-options.ts";

type Dated = Pick<ArticleRecord, "published" | "precision">;

/** sitemaps.org's limit per file. (50 MB is the other: 50,000 URLs of at most 400 characters stay far below it.) */
export const MAX_SITEMAP_URLS = 50_000;
/** Google News reads a news sitemap's articles of the last two days, at most 1,000. */
const NEWS_DAYS = 2;
const MAX_NEWS_URLS = 1_000;

const builder = new XMLBuilder({ format: true, ignoreAttributes: false, attributeNamePrefix: "@" });
const XML_DECLARATION = { "?xml": { "@version": "1.0", "@encoding": "UTF-8" } };
const SITEMAPS_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

/** Every sitemap file, the index last: its site path and its text. */
export function renderSitemaps(site: SiteOptions, paths: readonly string[], lastmods: ReadonlyMap<string, string>, articles: readonly ArchiveEntry[]): { url: string; xml: string }[] {
  const files: { url: string; xml: string; lastmod: string | undefined }[] = [];
  for (const [part, group] of groupByYear(paths)) {
    for (let start = 0, n = 1; start < group.length; start += MAX_SITEMAP_URLS, n++) {
      const chunk = group.slice(start, start + MAX_SITEMAP_URLS);
      const url = chunk.map((path) => ({ loc: absoluteUrl(site, path), ...(lastmods.has(path) ? { lastmod: lastmods.get(path) } : {}) }));
      files.push({ url: sitemapUrl(n === 1 ? part : `${part}-${n}`), xml: builder.build({ ...XML_DECLARATION, urlset: { "@xmlns": SITEMAPS_NS, url } }), lastmod: newestOf(chunk.map((p) => lastmods.get(p))) });
    }
  }
  const news = latestReports(articles);
  if (news.length > 0) files.push({ url: sitemapUrl("news"), xml: newsSitemap(site, news), lastmod: news[0]!.published });
  const index = files.map(({ url, lastmod }) => ({ loc: absoluteUrl(site, url), ...(lastmod ? { lastmod } : {}) }));
  return [...files.map(({ url, xml }) => ({ url, xml })), { url: SITEMAP_URL, xml: builder.build({ ...XML_DECLARATION, sitemapindex: { "@xmlns": SITEMAPS_NS, sitemap: index } }) }];
}

/** Pages by the year their path starts with ("/2017/..."), the others under "site"; each sorted, years in order. */
function groupByYear(paths: readonly string[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const path of [...paths].sort()) {
    const year = /^\/(\d{4})\//.exec(path)?.[1] ?? "site";
    let group = groups.get(year);
    if (!group) groups.set(year, (group = []));
    group.push(path);
  }
  return [...groups].sort(([a], [b]) => (a === "site" ? -1 : b === "site" ? 1 : a < b ? -1 : 1));
}

/** The latest of some W3C datetimes (a day or a date-time), as written. */
function newestOf(dates: readonly (string | undefined)[]): string | undefined {
  let newest: string | undefined;
  for (const date of dates) if (date && (!newest || Date.parse(date) > Date.parse(newest))) newest = date;
  return newest;
}

/**
 * The reports of the two days up to the newest one, newest first: measured from the archive's own
 * newest report, not the build's clock, so the same content always gives the same sitemap.
 */
function latestReports(articles: readonly ArchiveEntry[]): ArchiveEntry[] {
  const newest = articles[0];
  if (!newest) return [];
  const from = Date.parse(newest.published) - NEWS_DAYS * 24 * 3600 * 1000;
  const latest: ArchiveEntry[] = [];
  for (const article of articles) {
    if (Date.parse(article.published) < from || latest.length === MAX_NEWS_URLS) break;
    latest.push(article);
  }
  return latest;
}

/** A Google News sitemap (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap). */
function newsSitemap(site: SiteOptions, articles: readonly ArchiveEntry[]): string {
  const url = articles.map((article) => ({
    loc: absoluteUrl(site, article.url),
    "news:news": {
      "news:publication": { "news:name": site.title, "news:language": site.language.toLowerCase() },
      "news:publication_date": article.precision === "day" ? article.published.slice(0, 10) : article.published,
      "news:title": article.headline,
    },
  }));
  return builder.build({ ...XML_DECLARATION, urlset: { "@xmlns": SITEMAPS_NS, "@xmlns:news": "http://www.google.com/schemas/sitemap-news/0.9", url } });
}

/** Site path -> the date of its newest report (W3C datetime with the report's own offset). */
export function lastModified(archive: Archive): Map<string, string> {
  const lastmods = new Map<string, string>();
  const newest = (path: string, article: Dated) => {
    const seen = lastmods.get(path);
    // A report known only to the day gives just the day, not a made-up midnight.
    if (!seen || Date.parse(article.published) > Date.parse(seen)) lastmods.set(path, article.precision === "day" ? article.published.slice(0, 10) : article.published);
  };
  for (const article of archive.articles) {
    // A report's own page changed when it was updated.
    newest(article.url, article.updated ? { published: article.updated.at, precision: article.updated.precision } : article);
    // Its year, month and day pages list it (filed under its local day, as in the date index).
    const { year, month, day } = localDay(article.published);
    for (const path of [yearUrl(year), monthUrl(year, month), dayUrl(year, month, day), HOME_URL, ARCHIVE_URL]) newest(path, article);
  }
  for (const page of archive.entityPages) {
    const last = page.reports.at(-1);
    // Its page and its timeline both list its newest report.
    if (last) for (const path of [page.entity.url, entityTimelineUrl(page.entity.url)]) newest(path, last.article);
  }
  return lastmods;
}
