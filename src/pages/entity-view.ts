// What each page of an entity's timeline shows: the entity's facts, counts, spellings and
// companions, and one page of its reports, oldest first, with a window of page links.
import type { EntityPage } from "../indexes/build-entity-index.ts";
import { paginate, type Paged } from "../indexes/paginate.ts";
import { entityFeedUrl } from "../routes.ts";
import type { Entity } from "../types.ts";

export interface EntityView {
  url: string;
  entity: Entity;
  reportCount: number;
  mentionCount: number;
  /** The Atom feed beside the page, when the entity has reports. */
  feedUrl: string | null;
  spellings: EntityPage["spellings"];
  companions: EntityPage["companions"];
  timeline: Paged<EntityPage["reports"][number]>;
}

/** Every timeline page of one entity (one page when it has no reports yet). */
export function entityViews(page: EntityPage): EntityView[] {
  const { entity, reports, spellings, companions, mentionCount } = page;
  const feedUrl = reports.length > 0 ? entityFeedUrl(entity.url) : null;
  return paginate(reports, entity.url).map((timeline) => ({
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
