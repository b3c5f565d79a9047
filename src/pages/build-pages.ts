// The pages stage: the archive as the list of every page the render stage streams out, each a
// template name, a URL and the view-model holding exactly what that template shows. Pure, and a
// generator: a page's model is built when the render stage asks for it, then dropped.
import { summarizeEntity } from "../indexes/build-entity-index.ts";
import { buildDatePages, type DatePage } from "../indexes/date-pages.ts";
import { buildEntityLists, type EntityListPage } from "../indexes/entity-lists.ts";
import type { FeedSpec } from "../site/atom-feed.ts";
import type { SiteOptions } from "../site/site-options.ts";
import type { Archive } from "../types.ts";
import { articleView, type ArticleView } from "./article-view.ts";
import { entityViews, type EntityView } from "./entity-view.ts";
import { feedViews } from "./feed-views.ts";
import { searchBundles, searchRecord, searchView, type SearchRecord, type SearchView } from "./search-records.ts";
import { apiFiles, type ApiFile } from "../site/json-api.ts";
import { archiveView, homeView, type ArchiveView, type HomeView } from "./site-views.ts";

export type Page =
  | { template: "home"; url: string; model: HomeView }
  | { template: "archive"; url: string; model: ArchiveView }
  | { template: "list"; url: string; model: EntityListPage }
  | { template: "api"; url: string; model: ApiFile }
  | { template: "search"; url: string; model: SearchView }
  | { template: "article"; url: string; model: ArticleView }
  | { template: "entity"; url: string; model: EntityView }
  | { template: "date"; url: string; model: DatePage }
  | { template: "feed"; url: string; model: FeedSpec };

export type StreamedTemplate = Page["template"];

/**
 * Every page made from the archive: the home page, the date archive, the entity lists, the API
 * files, then one per report, per entity timeline page, per date page and per feed. (The pages
 * that show no content, such as /search/ and 404.html, are Eleventy's alone.)
 */
export interface PageOptions {
  /** Reports per search index shard (see searchShards). */
  searchShardSize: number;
}

export function* streamedPages(archive: Archive, site: SiteOptions, options: PageOptions): Generator<Page> {
  yield* otherPages(archive, site, options);
  yield* articlePages(archive, site);
}

function* articlePages(archive: Archive, site: SiteOptions): Generator<Page> {
  const context = {
    entities: new Map(archive.entities.map((e) => [e.id, summarizeEntity(e)])),
    related: archive.related,
    neighbours: archive.dates.neighbours,
  };
  for (const article of archive.articles) yield { template: "article", url: article.url, model: articleView(site, article, context) };
}

function* otherPages(archive: Archive, site: SiteOptions, options: PageOptions): Generator<Page> {
  const home = homeView(archive);
  yield { template: "home", url: home.url, model: home };
  const dates = archiveView(archive);
  yield { template: "archive", url: dates.url, model: dates };
  for (const model of buildEntityLists(archive.entityPages)) yield { template: "list", url: model.url, model };
  const search = searchView(archive.articles.length, options.searchShardSize);
  yield { template: "search", url: search.url, model: search };
  for (const model of apiFiles(site, archive)) yield { template: "api", url: model.url, model };
  for (const entityPage of archive.entityPages) {
    for (const model of entityViews(entityPage)) yield { template: "entity", url: model.url, model };
  }
  for (const model of buildDatePages(archive.dates)) yield { template: "date", url: model.url, model };
  for (const model of feedViews(archive, site)) yield { template: "feed", url: model.url, model };
}

/** One search record per report, in shards of `shardSize` reports, each with its bundle folder. */
export function* searchShards(archive: Archive, shardSize: number): Generator<{ bundle: string; records: Generator<SearchRecord> }> {
  const entities = new Map(archive.entities.map((e) => [e.id, e]));
  const bundles = searchBundles(archive.articles.length, shardSize);
  for (const [i, bundle] of bundles.entries()) {
    const articles = archive.articles.slice(i * shardSize, (i + 1) * shardSize);
    yield { bundle, records: (function* () { for (const article of articles) yield searchRecord(article, entities); })() };
  }
}

/** The same pages grouped by template, for Eleventy's pagination when pages are fed through it. */
export function pagesByTemplate(pages: Iterable<Page>): Record<StreamedTemplate, unknown[]> {
  const grouped: Record<StreamedTemplate, unknown[]> = { home: [], archive: [], list: [], api: [], search: [], article: [], entity: [], date: [], feed: [] };
  for (const page of pages) grouped[page.template].push(page.model);
  return grouped;
}
