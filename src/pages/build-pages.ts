// The pages stage: the archive as the list of every page the render stage streams out, each a
// template name, a URL and the view-model holding exactly what that template shows. Pure, and a
// generator: a page's model is built when the render stage asks for it, then dropped.
import { summarizeEntity } from "../indexes/build-entity-index.ts";
import { buildDatePages, type DatePage } from "../indexes/date-pages.ts";
import type { FeedSpec } from "../site/atom-feed.ts";
import type { SiteOptions } from "../site/site-options.ts";
import type { Archive } from "../types.ts";
import { articleView, type ArticleView } from "./article-view.ts";
import { entityViews, type EntityView } from "./entity-view.ts";
import { feedViews } from "./feed-views.ts";
import { searchRecord, type SearchRecord } from "./search-records.ts";

export type Page =
  | { template: "article"; url: string; model: ArticleView }
  | { template: "entity"; url: string; model: EntityView }
  | { template: "date"; url: string; model: DatePage }
  | { template: "feed"; url: string; model: FeedSpec };

export type StreamedTemplate = Page["template"];
export const STREAMED_TEMPLATES: readonly StreamedTemplate[] = ["article", "entity", "date", "feed"];

/** The site's bulk pages: one per report, per entity timeline page, per date page and per feed. */
export function* streamedPages(archive: Archive, site: SiteOptions): Generator<Page> {
  const context = {
    entities: new Map(archive.entities.map((e) => [e.id, summarizeEntity(e)])),
    related: archive.related,
    neighbours: archive.dates.neighbours,
  };
  for (const article of archive.articles) yield { template: "article", url: article.url, model: articleView(site, article, context) };
  for (const entityPage of archive.entityPages) {
    for (const model of entityViews(entityPage)) yield { template: "entity", url: model.url, model };
  }
  for (const model of buildDatePages(archive.dates)) yield { template: "date", url: model.url, model };
  for (const model of feedViews(archive, site)) yield { template: "feed", url: model.url, model };
}

/** One search record per report, for the search stage. */
export function* searchRecords(archive: Archive): Generator<SearchRecord> {
  const entities = new Map(archive.entities.map((e) => [e.id, e]));
  for (const article of archive.articles) yield searchRecord(article, entities);
}

/** The same pages grouped by template, for Eleventy's pagination when pages are fed through it. */
export function pagesByTemplate(pages: Iterable<Page>): Record<StreamedTemplate, unknown[]> {
  const grouped: Record<StreamedTemplate, unknown[]> = { article: [], entity: [], date: [], feed: [] };
  for (const page of pages) grouped[page.template].push(page.model);
  return grouped;
}
