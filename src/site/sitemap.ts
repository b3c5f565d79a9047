// sitemap.xml from the list of pages built, with lastmod where a page has a meaningful date:
// the report's own time, or the newest report a list shows. Serialised with fast-xml-parser.
import { XMLBuilder } from "fast-xml-parser";
import { localDay } from "../indexes/build-date-index.ts";
import { ARCHIVE_URL, dayUrl, entityTimelineUrl, HOME_URL, monthUrl, yearUrl } from "../routes.ts";
import type { Archive, ArticleRecord } from "../types.ts";
import { absoluteUrl, type SiteOptions } from "./site-options.ts";

type Dated = Pick<ArticleRecord, "published" | "precision">;

const builder = new XMLBuilder({ format: true, ignoreAttributes: false, attributeNamePrefix: "@" });

export function renderSitemap(site: SiteOptions, paths: readonly string[], lastmods: ReadonlyMap<string, string>): string {
  const url = [...paths].sort().map((path) => {
    const lastmod = lastmods.get(path);
    return { loc: absoluteUrl(site, path), ...(lastmod ? { lastmod } : {}) };
  });
  return builder.build({ "?xml": { "@version": "1.0", "@encoding": "UTF-8" }, urlset: { "@xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9", url } });
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
