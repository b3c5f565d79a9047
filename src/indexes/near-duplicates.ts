// The same wire story published more than once (two sites' copies of one AP report): found from
// the reports' text fingerprints by locality-sensitive hashing, in time linear in the reports.
// Each group has one canonical report: the one an editor marked `canonical: true`, else the first
// published. Pages name the other copies ("Also published as"); related reports skip them.
import type { ArchiveEntry, ArticleFacts } from "../types.ts";
import { byTime } from "./article-summary.ts";
import { SIGNATURE_SIZE, similarity } from "./text-fingerprint.ts";

/** Per report id in a group of copies: the group, canonical first, then by time. */
export type DuplicateIndex = ReadonlyMap<string, readonly ArticleFacts[]>;

/** Signature slots per band: two copies land in one bucket of a band when all its slots agree. */
const BAND_ROWS = 2;
/** Copies share at least this share of their four-word shingles (estimated from the signatures; unrelated reports on one topic share under a tenth). */
export const SAME_STORY = 0.3;
/** A bucket holding more reports than this is a shared boilerplate text, not one story's copies. */
const MAX_BUCKET = 50;

export function buildNearDuplicates(reports: readonly { entry: ArchiveEntry; fingerprint: readonly number[] }[]): Map<string, ArticleFacts[]> {
  const parent = reports.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let band = 0; band + BAND_ROWS <= SIGNATURE_SIZE; band += BAND_ROWS) {
    const buckets = new Map<string, number[]>();
    reports.forEach(({ fingerprint }, i) => {
      if (fingerprint.length !== SIGNATURE_SIZE) return;
      const key = fingerprint.slice(band, band + BAND_ROWS).join(",");
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    });
    for (const bucket of buckets.values()) {
      if (bucket.length < 2 || bucket.length > MAX_BUCKET) continue;
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) {
          const [i, j] = [bucket[x]!, bucket[y]!];
          if (find(i) !== find(j) && similarity(reports[i]!.fingerprint, reports[j]!.fingerprint) >= SAME_STORY) parent[find(j)] = find(i);
        }
      }
    }
  }
  const sizes = new Array<number>(reports.length).fill(0);
  reports.forEach((_, i) => sizes[find(i)]!++);
  const groups = new Map<number, ArchiveEntry[]>();
  reports.forEach(({ entry }, i) => {
    const root = find(i);
    if (sizes[root]! < 2) return;
    const group = groups.get(root);
    if (group) group.push(entry);
    else groups.set(root, [entry]);
  });
  const index = new Map<string, ArticleFacts[]>();
  for (const group of groups.values()) {
    group.sort(byTime);
    const canonical = group.find((entry) => entry.canonical) ?? group[0]!;
    const ordered = [canonical, ...group.filter((entry) => entry !== canonical)];
    for (const entry of group) index.set(entry.id, ordered);
  }
  return index;
}

/** The other copies of a report's story, canonical first; [] when it has none. */
export function otherCopies(duplicates: DuplicateIndex, article: Pick<ArticleFacts, "id">): readonly ArticleFacts[] {
  return (duplicates.get(article.id) ?? []).filter((other) => other.id !== article.id);
}
