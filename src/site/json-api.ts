// The JSON API (/api/articles.json, /api/entities.json): a stable, documented shape for other
// programs, built from the archive's records. Keys are written in a fixed order.
import { bodySegments } from "../entities/body-segments.ts";
import type { Archive } from "../types.ts";
import { absoluteUrl, type SiteOptions } from "./site-options.ts";

export const API_VERSION = 1;

export function articlesJson(site: SiteOptions, archive: Archive): string {
  const articles = archive.articles.map((a) => ({
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
  }));
  return `${JSON.stringify({ version: API_VERSION, articles }, null, 1)}\n`;
}

export function entitiesJson(site: SiteOptions, archive: Archive): string {
  const entities = archive.entityPages.map(({ entity, reports, mentionCount }) => ({
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    url: absoluteUrl(site, entity.url),
    aliases: entity.aliases,
    description: entity.description,
    wikidata: entity.wikidata,
    coordinates: entity.coordinates ? { latitude: entity.coordinates[0], longitude: entity.coordinates[1] } : null,
    mentionCount,
    reports: reports.map((r) => absoluteUrl(site, r.article.url)),
  }));
  return `${JSON.stringify({ version: API_VERSION, entities }, null, 1)}\n`;
}
