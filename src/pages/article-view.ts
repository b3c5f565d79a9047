// What one report's page shows, worked out once from the archive: the record, its entities, the
// related reports with the names they share, its neighbours in time, breadcrumbs and JSON-LD.
import { summarize, type ArticleSummary } from "../indexes/article-summary.ts";
import { otherCopies, type DuplicateIndex } from "../indexes/near-duplicates.ts";
import { localDay, type DateIndex } from "../indexes/build-date-index.ts";
import type { EntitySummary } from "../indexes/build-entity-index.ts";
import { dateCrumbs, type Crumb } from "../indexes/date-pages.ts";
import { relatedReports, type RelatedIndex } from "../indexes/related-reports.ts";
import { newsArticle } from "../site/structured-data.ts";
import type { SiteOptions } from "../site/site-options.ts";
import type { Archive, ArticleFacts, LinkedArticle } from "../types.ts";

export interface ArticleView {
  url: string;
  article: LinkedArticle;
  /** Every entity the report is about, in first-mention order. */
  entities: EntitySummary[];
  related: { article: ArticleSummary; sharedNames: string[] }[];
  /** The other copies of this report's story in the archive ("Also published as"), canonical first. */
  copies: ReportCopy[];
  older: ArticleSummary | null;
  newer: ArticleSummary | null;
  /** The report's day in the date archive; none when the site builds no date pages. */
  crumbs: Crumb[];
  jsonLd: object;
  /** Each image's width and height by its published name, so the page keeps its place while it loads. */
  imageSizes: Record<string, { width: number; height: number }>;
}

export interface ReportCopy {
  article: ArticleSummary;
  source: string | null;
  /** The copy the archive takes as the story's original. */
  canonical: boolean;
}

/** The lookups every article page draws on, built once per build. */
export interface ArticleContext {
  entities: ReadonlyMap<string, EntitySummary>;
  related: RelatedIndex;
  neighbours: DateIndex["neighbours"];
  duplicates: DuplicateIndex;
  images: Archive["images"];
}

/** What a report's page shows of the other copies of its story. */
export function reportCopies(duplicates: DuplicateIndex, article: Pick<ArticleFacts, "id">): ReportCopy[] {
  const group = duplicates.get(article.id) ?? [];
  return otherCopies(duplicates, article).map((other) => ({ article: summarize(other), source: other.source, canonical: other === group[0] }));
}

export function articleView(site: SiteOptions, article: LinkedArticle, context: ArticleContext): ArticleView {
  const entity = (id: string) => context.entities.get(id)!;
  const { older, newer } = context.neighbours[article.id] ?? { older: null, newer: null };
  return {
    url: article.url,
    article,
    entities: article.entityIds.map(entity),
    related: relatedReports(context.related, article).map(({ article: other, shared }) => ({ article: other, sharedNames: shared.map((id) => entity(id).name) })),
    copies: reportCopies(context.duplicates, article),
    older,
    newer,
    // The way up is the date archive, when the site has one.
    crumbs: site.parts.dates ? dateCrumbs(localDay(article.published), true) : [],
    jsonLd: newsArticle(site, article, context.entities),
    imageSizes: Object.fromEntries((article.images ?? []).flatMap((image) => {
      const pixels = context.images.get(image.file)?.pixels;
      return pixels ? [[image.name, pixels]] : [];
    })),
  };
}
