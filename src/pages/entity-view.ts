// What each page about an entity shows. Its page (/places/qaryatayn/, paged) holds the facts, the
// reports by year, the other spellings, the entities named with it and its reports newest first;
// its timeline (/places/qaryatayn/timeline/, paged) the same reports oldest first, to read in order.
import type { EntityPage } from "../indexes/build-entity-index.ts";
import { paginate, type Paged } from "../indexes/paginate.ts";
import { entityFeedUrl, entityTimelineUrl, pageUrl } from "../routes.ts";
import type { SiteOptions } from "../site/site-options.ts";
import type { Entity } from "../types.ts";

type Report = EntityPage["reports"][number];

export interface EntityView {
  url: string;
  /** "newest": the entity's page; "oldest": its timeline. */
  order: "newest" | "oldest";
  entity: Entity;
  reportCount: number;
  mentionCount: number;
  /** The entity's page and its timeline (page 1 of each). */
  pageUrl: string;
  timelineUrl: string;
  /** The Atom feed beside the page (when entity feeds are built). */
  feedUrl: string | null;
  /** Reports per year, oldest year first, each with the timeline page its first report is on (the entity's pages only). */
  years: { year: number; count: number; url: string }[];
  /** The entity's pages only. */
  spellings: EntityPage["spellings"];
  /** The first of the entity's pages only. */
  companions: EntityPage["companions"];
  reports: Paged<Report>;
}

/**
 * Every page of one entity named in some report: its page and its timeline, each paged at the
 * site's page size. (An entity no published report names has no page.)
 */
export function entityViews(page: EntityPage, site: Pick<SiteOptions, "pageSize" | "parts">): EntityView[] {
  const { entity, reports, spellings, companions, mentionCount } = page;
  const timelineUrl = entityTimelineUrl(entity.url);
  const common = { entity, reportCount: reports.length, mentionCount, pageUrl: entity.url, timelineUrl, feedUrl: site.parts.entityFeeds ? entityFeedUrl(entity.url) : null };
  // Each page holds only what it shows, so a page is rendered again only when that changes: the
  // facts on the entity's pages, its companions on the first; the timeline, its reports alone.
  const years = reportYears(reports, timelineUrl, site.pageSize);
  const newest = paginate([...reports].reverse(), entity.url, site.pageSize).map((paged) => ({
    ...common,
    url: paged.url,
    order: "newest" as const,
    years,
    spellings,
    companions: paged.number === 1 ? companions : [],
    reports: paged,
  }));
  const oldest = paginate(reports, timelineUrl, site.pageSize).map((paged) => ({ ...common, url: paged.url, order: "oldest" as const, years: [], spellings: [], companions: [], reports: paged }));
  return [...newest, ...oldest];
}

/**
 * "2016: 3, 2017: 5", from reports oldest first: each year links to the timeline page its first
 * report is on. (Years are each report's own; near New Year, zones can put them out of order.)
 */
function reportYears(reports: readonly Report[], timelineUrl: string, pageSize: number): EntityView["years"] {
  const years = new Map<number, EntityView["years"][number]>();
  reports.forEach((report, i) => {
    const year = Number(report.article.published.slice(0, 4));
    const seen = years.get(year);
    if (seen) seen.count++;
    else years.set(year, { year, count: 1, url: pageUrl(timelineUrl, Math.floor(i / pageSize) + 1) });
  });
  return [...years.values()].sort((a, b) => a.year - b.year);
}
