// What the search index holds for each report: its text, title, date and dateline, and the names
// it can be filtered by. Pagefind is given these records; it never re-reads the built HTML.
import { plainText } from "../parse/plain-text.ts";
import { escapeEntities } from "jsx-async-runtime";
import { SEARCH_URL, searchBundleUrl } from "../routes.ts";
import type { Entity, EntityKind, LinkedArticle } from "../types.ts";
import { humanDate } from "../site/format-date.ts";

export interface SearchRecord {
  /** Site path, without the path prefix: the search page adds it. */
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** Filter names are the entity kinds (and year), as the search page shows them. */
const FILTER_OF: Record<EntityKind, string> = { place: "place", person: "person", organization: "organization" };

/**
 * A name as a filter value. Pagefind UI (the Default UI of pagefind 1.6) inserts filter values
 * with innerHTML (Svelte's {@html}), so a name such as `<img src=x onerror=...>` would run on
 * /search/. Escaped once, innerHTML shows it as the text it is. (Custom records are stored as
 * given; HTML pages were decoded once more by Pagefind's indexer and needed escaping twice.)
 * The gazetteer already refuses markup in names (entity-not-plain-text): this is the second wall.
 */
export function searchFilterValue(name: string): string {
  return escapeEntities(name);
}

/**
 * Opens the list of the report's entities' names at the end of its search text: a sign with no
 * letter or digit, so it is never a word anyone searches for. The search page (search.js) finds it
 * to keep result excerpts to the report's own text.
 */
export const NAMES_MARK = "⁂";
/** Between one entity's spellings, and between entities, in that list. */
export const SPELLING_SEPARATOR = " / ";
export const ENTITY_SEPARATOR = " ; ";

export function searchRecord(article: LinkedArticle, entities: ReadonlyMap<string, Entity>, language: string): SearchRecord {
  const filters: Record<string, string[]> = { year: [article.published.slice(0, 4)] };
  const names: string[] = [];
  for (const id of article.entityIds) {
    const entity = entities.get(id)!;
    (filters[FILTER_OF[entity.kind]] ??= []).push(searchFilterValue(entity.name));
    names.push([...new Set([entity.name, ...entity.aliases])].join(SPELLING_SEPARATOR));
  }
  const meta: Record<string, string> = { title: article.headline, date: humanDate(article) };
  if (article.dateline) meta.dateline = article.dateline.text;
  return {
    url: article.url,
    // The entities' names and other spellings close the text, so a search for any spelling
    // (Qaryatein, Daesh) finds every report about the entity, whichever spelling it uses; the
    // search page shows an excerpt of the text around the spelling the report itself uses.
    content: [article.headline, ...article.paragraphs.map((p) => plainText(p, article.format)), ...(names.length > 0 ? [`${NAMES_MARK} ${names.join(ENTITY_SEPARATOR)}`] : [])].join("\n\n"),
    language,
    meta,
    filters,
    sort: { date: new Date(article.published).toISOString() },
  };
}


/**
 * Reports per search index. Pagefind holds a whole index in memory while it builds it, about
 * 450 KiB a report of wire copy (measured: 930 MiB for 2,000), so shards of this size keep its
 * process under 1.5 GiB whatever the size of the archive.
 */
export const SEARCH_SHARD_SIZE = 2000;

/**
 * The search index bundles, as site folders, one per shard of reports cut oldest first:
 * /pagefind/shard-2/, /pagefind/shard-3/ ..., and the newest shard in /pagefind/, the bundle the
 * search page loads. A shard keeps its folder as newer reports arrive; when a new shard begins,
 * the one that was newest moves to its own folder.
 */
export function searchBundles(reports: number, shardSize: number): string[] {
  const count = Math.max(1, Math.ceil(reports / shardSize));
  return Array.from({ length: count }, (_, i) => searchBundleUrl(i === count - 1 ? 1 : i + 2));
}

export interface SearchView {
  url: string;
  /** The main bundle, where Pagefind UI is loaded from. */
  bundle: string;
  /** The other shards' bundles, merged into every search. */
  merged: string[];
}

export function searchView(reports: number, shardSize: number): SearchView {
  const bundles = searchBundles(reports, shardSize);
  // Newest first: Pagefind lists a merged search's results bundle by bundle, so with shards in
  // time order, results sorted by date stay in date order across them.
  return { url: SEARCH_URL, bundle: bundles.at(-1)!, merged: bundles.slice(0, -1).reverse() };
}
