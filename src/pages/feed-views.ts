// Which feeds the site has, each with exactly the entries it carries: the whole archive's, with
// each report's text, and one for every entity some report names, with summaries (each when the
// settings build it).
import { ARCHIVE_FEED, entityFeedUrl, HOME_URL } from "../routes.ts";
import { FEED_SIZE, type FeedSpec } from "../site/atom-feed.ts";
import type { SiteOptions } from "../site/site-options.ts";
import type { Archive } from "../types.ts";

export function* feedViews(archive: Archive, site: SiteOptions): Generator<FeedSpec> {
  if (site.parts.archiveFeed) {
    const newest = archive.articles.slice(0, FEED_SIZE).map((entry) => archive.records.read(entry));
    yield { url: ARCHIVE_FEED, page: HOME_URL, title: site.title, description: site.description, articles: newest };
  }
  if (!site.parts.entityFeeds) return;
  const byId = new Map(archive.articles.map((a) => [a.id, a]));
  for (const page of archive.entityPages) {
    if (page.reports.length === 0) continue;
    // Timelines are oldest first; feeds are newest first.
    const newest = page.reports.slice(-FEED_SIZE).reverse();
    yield {
      url: entityFeedUrl(page.entity.url),
      page: page.entity.url,
      title: `${page.entity.name} | ${site.title}`,
      description: `Reports naming ${page.entity.name}, newest first.`,
      articles: newest.map((r) => byId.get(r.article.id)!),
    };
  }
}
