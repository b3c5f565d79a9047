// For each article, the reports most related to it: most entities shared, then closest in time.
// Built once from per-entity postings in time order, never by comparing every pair of reports.
import type { ArticleFacts } from "../types.ts";
import { summarize, type ArticleSummary } from "./article-summary.ts";
import type { DuplicateIndex } from "./near-duplicates.ts";

export interface RelatedReport {
  article: ArticleSummary;
  /** Ids of the entities the two reports share. */
  shared: string[];
}

/**
 * Per article id, its most related reports, best first. Only the reports themselves are held
 * (five references a report); what a page shows of them is worked out by relatedReports when the
 * page is made: at 100,000 reports, holding it all took 120 MB.
 */
export type RelatedIndex = ReadonlyMap<string, readonly ArticleFacts[]>;

/** What the article's page shows of its related reports: each one's summary and the entities they share. */
export function relatedReports(related: RelatedIndex, article: Pick<ArticleFacts, "id" | "entityIds">): RelatedReport[] {
  const mine = new Set(article.entityIds);
  return (related.get(article.id) ?? []).map((other) => ({ article: summarize(other), shared: other.entityIds.filter((id) => mine.has(id)) }));
}

const SHOWN = 5;
/** An entity named in more reports than this is scanned only near the article in time. */
const FULL_SCAN = 60;
const NEIGHBOURS = 30;
/** The rarest entities of an article say most about it; common ones ("Syria") add little. */
const ENTITIES_USED = 12;

/** `duplicates`: copies of one story are never each other's related reports. */
export function buildRelatedReports(articles: readonly ArticleFacts[], duplicates: DuplicateIndex = new Map()): Map<string, ArticleFacts[]> {
  const time = new Map(articles.map((a) => [a, Date.parse(a.published)]));
  const ordered = [...articles].sort((a, b) => time.get(a)! - time.get(b)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const times = ordered.map((a) => time.get(a)!);
  // Entities as small numbers, so the counting below runs over typed arrays, not strings.
  const number = new Map<string, number>();
  const entities = ordered.map((article) => Int32Array.from(article.entityIds, (id) => number.get(id) ?? number.set(id, number.size).get(id)!));
  const postings: number[][] = Array.from({ length: number.size }, () => []); // entity -> indexes into `ordered`, in time order
  const positions = entities.map((list, index) => Int32Array.from(list, (entity) => postings[entity]!.push(index) - 1));

  // Stamps instead of sets: mark[entity] === stamp when the article names it; seen[other] === stamp when `other` is a candidate.
  const mark = new Int32Array(number.size).fill(-1);
  const seen = new Int32Array(ordered.length).fill(-1);
  const related = new Map<string, ArticleFacts[]>();
  ordered.forEach((article, index) => {
    const mine = entities[index]!;
    for (const entity of mine) mark[entity] = index;
    // Entities no other report names cannot relate it to anything; of the rest, the rarest first.
    const used = [...mine.keys()]
      .filter((i) => postings[mine[i]!]!.length > 1)
      .sort((a, b) => postings[mine[a]!]!.length - postings[mine[b]!]!.length || (article.entityIds[a]! < article.entityIds[b]! ? -1 : 1))
      .slice(0, ENTITIES_USED);
    const candidates: number[] = [];
    for (const i of used) {
      const list = postings[mine[i]!]!;
      const at = positions[index]![i]!;
      const [from, to] = list.length <= FULL_SCAN ? [0, list.length] : [Math.max(0, at - NEIGHBOURS), Math.min(list.length, at + NEIGHBOURS + 1)];
      for (let k = from; k < to; k++) {
        const other = list[k]!;
        if (other === index || seen[other] === index) continue;
        seen[other] = index;
        candidates.push(other);
      }
    }
    // Keep only the best SHOWN in a small sorted buffer: the ranking below is the same as sorting
    // every candidate (most entities shared, then closest in time, then oldest).
    const copies = duplicates.get(article.id);
    const best: { other: number; count: number; distance: number }[] = [];
    const before = (a: (typeof best)[number], b: (typeof best)[number]) => b.count - a.count || a.distance - b.distance || a.other - b.other;
    for (const other of candidates) {
      if (copies?.includes(ordered[other]!)) continue;
      let count = 0;
      for (const entity of entities[other]!) if (mark[entity] === index) count++;
      const entry = { other, count, distance: Math.abs(times[other]! - times[index]!) };
      if (best.length === SHOWN && before(entry, best[SHOWN - 1]!) >= 0) continue;
      let at = best.length;
      while (at > 0 && before(entry, best[at - 1]!) < 0) at--;
      best.splice(at, 0, entry);
      if (best.length > SHOWN) best.pop();
    }
    related.set(article.id, best.map((s) => ordered[s.other]!));
  });
  return related;
}
