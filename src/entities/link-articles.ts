// The link stage: every article's mentions of gazetteer entities, which of them the page links, and
// a check of the entity ids front matter declares. Pure: records in, records out.
import { closest, distance } from "fastest-levenshtein";
import { DateTime } from "luxon";
import { ISO_WITH_OFFSET } from "../parse/resolve-published.ts";
import { articleUrl } from "../routes.ts";
import { problems } from "../diagnostics/catalog.ts";
import type { ArticleRecord, Diagnostic, Entity, LinkedArticle, Mention } from "../types.ts";
import { bodySegments, isLinkable, type Segment } from "./body-segments.ts";
import { buildMatcher, type EntityMatcher } from "./build-matcher.ts";
import { findMentions } from "./find-mentions.ts";

/**
 * Which mentions become links. "first": the first mention of each entity in the body, as a
 * newspaper links a name once; "all": every mention. The headline is never linked, and neither is
 * a mention the page cannot link (inside an existing link or code); the next one is, instead.
 */
export type LinkPolicy = "first" | "all";
export const DEFAULT_LINK_POLICY: LinkPolicy = "first";

/** The entity a short field (a dateline's place, a source) names in full, or null. */
function wholeName(text: string | null | undefined, matcher: EntityMatcher): string | null {
  if (!text) return null;
  const found = findMentions(text, matcher);
  return found.length === 1 && found[0]!.start === 0 && found[0]!.end === text.trimEnd().length ? found[0]!.entity : null;
}

export function linkArticles(
  articles: readonly ArticleRecord[],
  entities: readonly Entity[],
  policy: LinkPolicy = DEFAULT_LINK_POLICY,
): { articles: LinkedArticle[]; diagnostics: Diagnostic[] } {
  const link = createLinker(entities, policy);
  const diagnostics: Diagnostic[] = [];
  const linked = articles.map((article) => link(article, diagnostics));
  return { articles: linked, diagnostics };
}

/** Links one article at a time (adding any problems to `diagnostics`); the matcher is built once. */
export type Linker = (article: ArticleRecord, diagnostics: Diagnostic[]) => LinkedArticle;

export function createLinker(entities: readonly Entity[], policy: LinkPolicy = DEFAULT_LINK_POLICY): Linker {
  const matcher = buildMatcher(entities);
  const known = new Set(entities.map((e) => e.id));
  const ids = [...known];
  // An id more than 3 characters longer than every known id is never within 3 edits of one; not
  // searching for it keeps a megabyte-long id from costing a megabyte per gazetteer entry.
  const longestId = ids.reduce((longest, id) => Math.max(longest, id.length), 0);
  const zones = new Map(entities.flatMap((e) => (e.timezone ? [[e.id, e.timezone] as const] : [])));
  return (article, diagnostics) => {
    const mentions: Mention[] = [];
    const segments: Segment[] = [{ text: article.headline, linkable: [] }, ...bodySegments(article)];
    const datelineEntity = wholeName(article.dateline?.place, matcher);
    const sourceEntity = wholeName(article.source, matcher);
    // The dateline opens the body and is linked to its place: that is the place's one link.
    const linkedOnce = new Set<string>(datelineEntity ? [datelineEntity] : []);
    segments.forEach((seg, index) => {
      for (const found of findMentions(seg.text, matcher, { runningText: index > 0 })) {
        const segment = index - 1;
        // The first mention the page can link: not one inside a link or code, or split by markup.
        // An adjective ("Russian") counts as a mention of the entity but is not its name: never a link.
        const link = !found.adjective && isLinkable(seg, found.start, found.end) && (policy === "all" || !linkedOnce.has(found.entity));
        if (link) linkedOnce.add(found.entity);
        mentions.push({ ...found, segment, linked: link });
      }
    });
    for (const id of article.declaredEntities) {
      if (known.has(id)) continue;
      const near = ids.length > 0 && id.length <= longestId + 3 ? closest(id, ids) : null;
      const suggestion = near !== null && distance(id, near) <= 3 ? near : null;
      diagnostics.push(problems.entityUnknownId({ file: article.sourcePath, line: article.declaredEntitiesLine }, id, suggestion));
    }
    const entityIds = [
      ...new Set([
        ...mentions.map((m) => m.entity),
        ...(datelineEntity ? [datelineEntity] : []),
        ...(sourceEntity ? [sourceEntity] : []),
        ...article.declaredEntities.filter((id) => known.has(id)),
      ]),
    ];
    return { ...inPlaceZone(article, datelineEntity ? zones.get(datelineEntity) : undefined), mentions, datelineEntity, sourceEntity, entityIds };
  };
}

/**
 * A report whose time's zone is known is shown and filed in its dateline place's zone, when the
 * gazetteer gives the place one: AP's report from Beirut, republished in Alberta at 4:45 AM MDT,
 * is a Beirut report at 1:45 PM. The instant is the same; the zone it was written in is kept for
 * the facts box. (A time given without any zone was read in the default zone, and converting it
 * would invent a time; a report known only to the day has no time to convert.)
 */
function inPlaceZone(article: ArticleRecord, placeZone: string | undefined): ArticleRecord {
  if (!article.zoneStated || !placeZone || placeZone === article.zone) return article;
  const dateTime = DateTime.fromISO(article.published, { setZone: true }).setZone(placeZone);
  return {
    ...article,
    published: dateTime.toFormat(ISO_WITH_OFFSET),
    zone: placeZone,
    // Filed under its day in that zone (a URL lock keeps a published report where it was).
    url: articleUrl(dateTime, article.slug),
    written: { published: article.published, zone: article.zone },
  };
}
