// Which feeds the site has: the whole archive's, and one for every entity some report names.
import type { Archive } from "../types.ts";
import type { FeedSpec } from "./atom-feed.ts";
import type { SiteOptions } from "./site-options.ts";

export const ARCHIVE_FEED = "/feed.xml";

/** An entity's feed lives beside its page: /places/qaryatayn/feed.xml. */
export const entityFeedUrl = (entityUrl: string) => `${entityUrl}feed.xml`;

export function buildFeedSpecs(archive: Archive, site: SiteOptions): FeedSpec[] {
  const byId = new Map(archive.articles.map((a) => [a.id, a]));
  const entityFeeds = archive.entityPages
    .filter((page) => page.reports.length > 0)
    .map((page) => ({
      url: entityFeedUrl(page.entity.url),
      page: page.entity.url,
      title: `${page.entity.name} | ${site.title}`,
      description: `Reports naming ${page.entity.name}, newest first.`,
      // Timelines are oldest first; feeds are newest first.
      articles: page.reports.map((r) => byId.get(r.article.id)!).reverse(),
    }));
  return [{ url: ARCHIVE_FEED, page: "/", title: site.title, description: site.description, articles: archive.articles }, ...entityFeeds];
}
