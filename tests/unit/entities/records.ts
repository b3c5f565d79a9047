// Small record builders for the entity and index tests: the real gazetteer, articles, entities and linked articles made in memory.
import { bodySegments } from "../../../src/entities/body-segments.ts";
import { buildMatcher, type EntityMatcher } from "../../../src/entities/build-matcher.ts";
import { parseGazetteer } from "../../../src/entities/parse-gazetteer.ts";
import { readContent } from "../../../src/read/read-content.ts";
import { entityUrl, KIND_FOLDERS } from "../../../src/routes.ts";
import type { ArticleRecord, Entity, EntityKind, LinkedArticle, Mention } from "../../../src/types.ts";

/** The gazetteer the site ships (content/entities/*.yaml), read and parsed once per test file. */
export function realGazetteer(): { entities: Entity[]; matcher: EntityMatcher } {
  const read = readContent("content");
  const parsed = parseGazetteer(read.gazetteer);
  if (read.diagnostics.length > 0 || parsed.diagnostics.length > 0) {
    throw new Error(`content/entities has problems: ${JSON.stringify([...read.diagnostics, ...parsed.diagnostics])}`);
  }
  return { entities: parsed.entities, matcher: buildMatcher(parsed.entities) };
}

/** An entity as parseGazetteer would make it; only id, kind and name usually matter. */
export function entity(id: string, name: string, kind: EntityKind = "place", more: Partial<Entity> = {}): Entity {
  return {
    id,
    kind,
    name,
    aliases: [],
    adjectives: [],
    description: `About ${name}.`,
    coordinates: null,
    timezone: null,
    wikidata: null,
    wikidataSource: null,
    url: entityUrl({ kind, id }),
    sourcePath: `content/entities/${KIND_FOLDERS[kind]}.yaml`,
    line: 1,
    ...more,
  };
}

/** An article record as parseReport would make it; `published` is an ISO instant with its offset. */
export function article(id: string, published: string, more: Partial<ArticleRecord> = {}): ArticleRecord {
  const paragraphs = more.paragraphs ?? [`Body of ${id}.`];
  return {
    id,
    slug: id,
    url: `/${published.slice(0, 10).replaceAll("-", "/")}/${id}/`,
    headline: `Headline of ${id}`,
    published,
    precision: "minute",
    zone: "UTC",
    dateline: null,
    byline: null,
    source: null,
    paragraphs,
    format: "text",
    summary: paragraphs[0] ?? "",
    wordCount: 0,
    sourcePath: `content/reports/${id}.txt`,
    bodyLine: 3,
    removed: [],
    declaredEntities: [],
    declaredEntitiesLine: 1,
    ...more,
  };
}

/** [entity id, text as written, segment (-1 = headline; default 0)]: offsets are found in order of appearance. */
export type MentionSpec = [entity: string, text: string, segment?: number];

/**
 * A linked article whose mentions are given by hand; start/end are the next occurrence of the text
 * in its segment (the headline, or a run of bodySegments). entityIds are built as the link stage
 * builds them: first-mention order, then declared ids.
 */
export function linked(record: ArticleRecord, specs: readonly MentionSpec[], declared: readonly string[] = []): LinkedArticle {
  const segments = bodySegments(record).map((s) => s.text);
  const searchFrom = new Map<number, number>();
  const mentions: Mention[] = specs.map(([entityId, text, segment = 0]) => {
    const haystack = segment < 0 ? record.headline : segments[segment];
    if (haystack === undefined) throw new Error(`${record.id} has no segment ${segment}`);
    const start = haystack.indexOf(text, searchFrom.get(segment) ?? 0);
    if (start < 0) throw new Error(`${JSON.stringify(text)} is not in segment ${segment} of ${record.id}`);
    searchFrom.set(segment, start + text.length);
    return { entity: entityId, text, segment, start, end: start + text.length, linked: segment >= 0 };
  });
  const entityIds = [...new Set([...mentions.map((m) => m.entity), ...declared])];
  return { ...record, declaredEntities: [...declared], mentions, datelineEntity: null, sourceEntity: null, entityIds };
}
