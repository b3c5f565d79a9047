// The small view of an article that lists, timelines and related-report panels carry.
import type { ArticleRecord } from "../types.ts";

export type ArticleSummary = Pick<ArticleRecord, "id" | "url" | "headline" | "published" | "zone" | "precision" | "summary" | "dateline">;

/**
 * The summary of a report: one object per report object, however many lists, timelines and
 * related panels carry it (at 100,000 reports, a copy per list would cost hundreds of MB).
 */
export function summarize(article: ArticleSummary): ArticleSummary {
  let made = summaries.get(article);
  if (!made) {
    const { id, url, headline, published, zone, precision, summary, dateline } = article;
    made = { id, url, headline, published, zone, precision, summary, dateline };
    summaries.set(article, made);
  }
  return made;
}

const summaries = new WeakMap<ArticleSummary, ArticleSummary>();

/** Oldest first by instant; ties broken by id, so the order never varies between builds. */
export function byTime(a: Pick<ArticleRecord, "published" | "id">, b: Pick<ArticleRecord, "published" | "id">): number {
  return Date.parse(a.published) - Date.parse(b.published) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
