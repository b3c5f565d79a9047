// What one report's page shows, worked out once from the archive: the record, its entities, the
// related reports with the names they share, its neighbours in time, breadcrumbs and JSON-LD.
import type { ArticleSummary } from "../indexes/article-summary.ts";
import { localDay, type DateIndex } from "../indexes/build-date-index.ts";
import type { EntitySummary } from "../indexes/build-entity-index.ts";
import { dateCrumbs, type Crumb } from "../indexes/date-pages.ts";
import { relatedReports, type RelatedIndex } from "../indexes/related-reports.ts";
import { newsArticle } from "../site/structured-data.ts";
import type { SiteOptions } from "../site/site-options.ts";
import type { LinkedArticle } from "../types.ts";

export interface ArticleView {
  url: string;
  article: LinkedArticle;
  /** Every entity the report is about, in first-mention order. */
  entities: EntitySummary[];
  related: { article: ArticleSummary; sharedNames: string[] }[];
  older: ArticleSummary | null;
  newer: ArticleSummary | null;
  crumbs: Crumb[];
  jsonLd: object;
}

/** The lookups every article page draws on, built once per build. */
export interface ArticleContext {
  entities: ReadonlyMap<string, EntitySummary>;
  related: RelatedIndex;
  neighbours: DateIndex["neighbours"];
}

export function articleView(site: SiteOptions, article: LinkedArticle, context: ArticleContext): ArticleView {
  const entity = (id: string) => context.entities.get(id)!;
  const { older, newer } = context.neighbours[article.id] ?? { older: null, newer: null };
  return {
    url: article.url,
    article,
    entities: article.entityIds.map(entity),
    related: relatedReports(context.related, article).map(({ article: other, shared }) => ({ article: other, sharedNames: shared.map((id) => entity(id).name) })),
    older,
    newer,
    crumbs: dateCrumbs(localDay(article.published), true),
    jsonLd: newsArticle(site, article, context.entities),
  };
}
