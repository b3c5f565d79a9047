// The archive's one reading order: newest first, by instant, ties broken by id so it never varies.
import type { ArticleFacts } from "../types.ts";

export function sortNewestFirst<T extends Pick<ArticleFacts, "published" | "id">>(articles: readonly T[]): T[] {
  const instant = new Map(articles.map((a) => [a, Date.parse(a.published)]));
  return [...articles].sort((a, b) => instant.get(b)! - instant.get(a)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
