// The JSON API: a stable, documented shape for other programs, built from the archive's records,
// in files of at most API_PAGE_SIZE reports so none grows past a few megabytes at any archive
// size: /api/index.json, /api/articles/<n>.json, /api/entities.json. Keys are in a fixed order.
import { bodySegments } from "../entities/body-segments.ts";
import { API_ENTITIES, API_INDEX, apiArticlesPage } from "../routes.ts";
import type { Archive, LinkedArticle } from "../types.ts";
import { absoluteUrl, type SiteOptions } from "./site-options.ts";

export const API_VERSION = 2;
/** Reports per articles file: about 1-2 MB of JSON for wire reports of 400-900 words. */
export const API_PAGE_SIZE = 200;

export interface ApiFile {
  url: string;
  /** The file as written: JSON, serialised by the pages stage. */
  body: string;
}

const json = (value: object) => `${JSON.stringify({ version: API_VERSION, ...value }, null, 1)}\n`;

/**
 * The index, the entities and every page of articles (newest first), one file at a time. A page of
 * articles is written from the reports' full records: `inputs` names what it is made of (the
 * records' keys), so a rebuild can tell it is unchanged without reading them.
 */
export function* apiFiles(site: SiteOptions, archive: Archive): Generator<{ url: string; inputs?: unknown; file: () => ApiFile }> {
  const pages = Math.max(1, Math.ceil(archive.articles.length / API_PAGE_SIZE));
  const urls = Array.from({ length: pages }, (_, i) => absoluteUrl(site, apiArticlesPage(i + 1)));
  const index = { url: API_INDEX, body: json({ articleCount: archive.articles.length, pageSize: API_PAGE_SIZE, articlePages: urls, entities: absoluteUrl(site, API_ENTITIES) }) };
  yield { url: index.url, file: () => index };
  const entities = { url: API_ENTITIES, body: entitiesJson(site, archive) };
  yield { url: entities.url, file: () => entities };
  for (let i = 0; i < pages; i++) {
    const entries = archive.articles.slice(i * API_PAGE_SIZE, (i + 1) * API_PAGE_SIZE);
    const url = apiArticlesPage(i + 1);
    const next = i + 1 < pages ? urls[i + 1]! : null;
    yield {
      url,
      inputs: { keys: entries.map((a) => a.key), pages },
      file: () => ({ url, body: json({ page: i + 1, pages, next, articles: entries.map((a) => articleJson(site, archive.records.read(a))) }) }),
    };
  }
}

function articleJson(site: SiteOptions, a: LinkedArticle) {
  return {
    id: a.id,
    url: absoluteUrl(site, a.url),
    headline: a.headline,
    published: a.published,
    precision: a.precision,
    zone: a.zone,
    dateline: a.dateline?.text ?? null,
    byline: a.byline,
    source: a.source,
    summary: a.summary,
    wordCount: a.wordCount,
    entities: a.entityIds,
    // Plain text of each run of the body; a mention's offsets are into body[segment] (or the headline at -1).
    body: bodySegments(a).map((segment) => segment.text),
    mentions: a.mentions.map((m) => ({ entity: m.entity, text: m.text, segment: m.segment, start: m.start, end: m.end })),
    // Added in version 2 after the fields above (new fields go at the end).
    updated: a.updated?.at ?? null,
    corrections: a.corrections ?? [],
    // When `published` is in the dateline place's zone: the time as the report wrote it.
    written: a.written ?? null,
  };
}

/** Every entity with its counts; its reports are the articles whose `entities` hold its id. */
function entitiesJson(site: SiteOptions, archive: Archive): string {
  const entities = archive.entityPages.map(({ entity, reports, mentionCount }) => ({
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    // null when the entity has no page: no published report names it, or the site builds no entity pages.
    url: site.parts.entities && reports.length > 0 ? absoluteUrl(site, entity.url) : null,
    aliases: entity.aliases,
    description: entity.description,
    wikidata: entity.wikidata,
    coordinates: entity.coordinates ? { latitude: entity.coordinates[0], longitude: entity.coordinates[1] } : null,
    mentionCount,
    reportCount: reports.length,
  }));
  return json({ entities });
}
