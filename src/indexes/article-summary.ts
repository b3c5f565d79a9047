// The small view of an article that lists, timelines and related-report panels carry.
import type { ArticleRecord } from "../types.ts";

export type ArticleSummary = Pick<ArticleRecord, "id" | "url" | "headline" | "published" | "zone" | "precision" | "summary" | "dateline">;

export function summarize(article: ArticleSummary): ArticleSummary {
  const { id, url, headline, published, zone, precision, summary, dateline } = article;
  return { id, url, headline, published, zone, precision, summary, dateline };
}

/** Oldest first by instant; ties broken by id, so the order never varies between builds. */
export function byTime(a: Pick<ArticleRecord, "published" | "id">, b: Pick<ArticleRecord, "published" | "id">): number {
  return Date.parse(a.published) - Date.parse(b.published) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
