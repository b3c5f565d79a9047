// What each page of an entity's timeline shows: the entity's facts, counts, spellings and
// companions, and one page of its reports, oldest first, with a window of page links.
import type { EntityPage } from "../indexes/build-entity-index.ts";
import { paginate, type Paged } from "../indexes/paginate.ts";
import { entityFeedUrl } from "../routes.ts";
import type { SiteOptions } from "../site/site-options.ts";
import type { Entity } from "../types.ts";

export interface EntityView {
  url: string;
  entity: Entity;
  reportCount: number;
  mentionCount: number;
  /** The Atom feed beside the page, when the entity has reports (and entity feeds are built). */
  feedUrl: string | null;
  spellings: EntityPage["spellings"];
  companions: EntityPage["companions"];
  timeline: Paged<EntityPage["reports"][number]>;
}

/** Every timeline page of one entity, the site's page size each (one page when it has no reports yet). */
export function entityViews(page: EntityPage, site: Pick<SiteOptions, "pageSize" | "parts">): EntityView[] {
  const { entity, reports, spellings, companions, mentionCount } = page;
  const feedUrl = reports.length > 0 && site.parts.entityFeeds ? entityFeedUrl(entity.url) : null;
  return paginate(reports, entity.url, site.pageSize).map((timeline) => ({
    url: timeline.url,
    entity,
    reportCount: reports.length,
    mentionCount,
    feedUrl,
    spellings,
    companions,
    timeline,
  }));
}
