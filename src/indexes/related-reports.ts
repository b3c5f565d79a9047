// For each article, the reports most related to it: most entities shared, then closest in time.
// Built once from per-entity postings in time order, never by comparing every pair of reports.
import type { ArticleFacts } from "../types.ts";
import { byTime, summarize, type ArticleSummary } from "./article-summary.ts";

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

export function buildRelatedReports(articles: readonly ArticleFacts[]): Map<string, ArticleFacts[]> {
  const ordered = [...articles].sort(byTime);
  const time = ordered.map((a) => Date.parse(a.published));
  const postings = new Map<string, number[]>(); // entity -> indexes into `ordered`, in time order
  const positions = ordered.map(() => new Map<string, number>());
  ordered.forEach((article, index) => {
    for (const id of article.entityIds) {
      const list = postings.get(id) ?? [];
      positions[index]!.set(id, list.length);
      list.push(index);
      postings.set(id, list);
    }
  });

  const related = new Map<string, ArticleFacts[]>();
  ordered.forEach((article, index) => {
    // Entities no other report names cannot relate it to anything; of the rest, the rarest first.
    const entities = article.entityIds
      .filter((id) => postings.get(id)!.length > 1)
      .sort((a, b) => postings.get(a)!.length - postings.get(b)!.length || (a < b ? -1 : 1));
    const candidates = new Set<number>();
    for (const id of entities.slice(0, ENTITIES_USED)) {
      const list = postings.get(id)!;
      const at = positions[index]!.get(id)!;
      const [from, to] = list.length <= FULL_SCAN ? [0, list.length] : [Math.max(0, at - NEIGHBOURS), Math.min(list.length, at + NEIGHBOURS + 1)];
      for (let i = from; i < to; i++) if (list[i] !== index) candidates.add(list[i]!);
    }
    const mine = new Set(article.entityIds);
    // Count shared entities without building a list per candidate, and keep only the best SHOWN
    // in a small sorted buffer: the ranking below is the same as sorting every candidate.
    const best: { other: number; count: number; distance: number }[] = [];
    const before = (a: (typeof best)[number], b: (typeof best)[number]) => b.count - a.count || a.distance - b.distance || a.other - b.other;
    for (const other of candidates) {
      let count = 0;
      for (const id of ordered[other]!.entityIds) if (mine.has(id)) count++;
      const entry = { other, count, distance: Math.abs(time[other]! - time[index]!) };
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
