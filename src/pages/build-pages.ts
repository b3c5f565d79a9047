// The pages stage: the archive as the list of every page the render stage streams out, each a
// template name, a URL and the view-model holding exactly what that template shows. Pure, and a
// generator: a page's model is built when the render stage asks for it, then dropped.
import { relatedReports } from "../indexes/related-reports.ts";
import { REDIRECTS_URL, reportFileUrl } from "../routes.ts";
import type { ReuseSource } from "../render/file-reuse.ts";
import { summarizeEntity } from "../indexes/build-entity-index.ts";
import { buildDatePages, type DatePage } from "../indexes/date-pages.ts";
import { buildEntityLists, type EntityListPage } from "../indexes/entity-lists.ts";
import type { FeedSpec } from "../site/atom-feed.ts";
import type { SiteOptions } from "../site/site-options.ts";
import type { Archive, ArchiveEntry, WithdrawnReport } from "../types.ts";
import { articleView, reportCopies, type ArticleView } from "./article-view.ts";
import { entityViews, type EntityView } from "./entity-view.ts";
import { feedViews } from "./feed-views.ts";
import { searchBundles, searchRecord, searchView, type SearchRecord, type SearchView } from "./search-records.ts";
import { apiFiles, type ApiFile } from "../site/json-api.ts";
import { pageKey, pageSalt } from "./page-keys.ts";
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
  | { template: "feed"; url: string; model: FeedSpec }
  | { template: "redirect"; url: string; model: RedirectPage }
  | { template: "redirects"; url: string; model: RedirectRules }
  | { template: "withdrawn"; url: string; model: WithdrawnPage }
  | { template: "file"; url: string; model: CopiedFile };

/** A content file published as it is (an image beside its report's page): copied, not rendered. */
export interface CopiedFile {
  url: string;
  /** The content file's absolute path. */
  from: string;
}

/** A withdrawn report's page: what it was, when it was taken back, and why. */
export interface WithdrawnPage {
  url: string;
  headline: string;
  /** Its first publication, as the page shows dates. */
  report: Pick<WithdrawnReport, "published" | "zone" | "precision">;
  date: string;
  note: string;
}

/** A report's old address: a page that sends the reader on (for hosts without redirect rules). */
export interface RedirectPage {
  url: string;
  /** The report's page (a site path), and its headline. */
  target: string;
  headline: string;
}

/** Every old address and where it goes, for the host's redirect rules (`_redirects`). */
export interface RedirectRules {
  url: string;
  redirects: { from: string; to: string }[];
}

export type StreamedTemplate = Page["template"];

/** A page as the render stage gets it: rendered, or (`reuse`) unchanged, kept in place or taken from the published build. */
export type KeyedPage = (Page & { key: string }) | { template: "reuse"; url: string; key: string; from: "kept" | "taken" };

export interface PageOptions {
  /** Reports per search index shard (see searchShards). */
  searchShardSize: number;
  /** Whether the previous build wrote this page with this key: if so it is yielded as "reuse". */
  unchanged?: (url: string, key: string) => ReuseSource;
}

/** A page before its view-model is built: `inputs` (when given) is what the model is made of, cheaper to hash than the model. */
type Draft = { [T in StreamedTemplate]: { template: T; url: string; inputs?: unknown; model: () => Extract<Page, { template: T }>["model"] } }[StreamedTemplate];

/**
 * Every page made from the archive: the home page, the date archive, the entity lists, the search
 * page, the API files, then one per entity timeline page, per date page, per feed and per report
 * (leaving out the parts the settings leave out: site.parts).
 * (The pages that show no content, such as 404.html, are Eleventy's alone.) Each page's view-model
 * is built when the render stage asks for it, then dropped; with `unchanged`, not at all for a page
 * whose key is unchanged.
 */
export function streamedPages(archive: Archive, site: SiteOptions, options: PageOptions): Generator<KeyedPage> {
  return keyed(drafts(archive, site, options), site, options.unchanged);
}

/**
 * The pages of some of the archive's reports, keyed as streamedPages keys them. The dev server
 * shows an edited report at once this way (`entries` its new entries, the rest of the archive
 * as it was), before it works out the rest of the site again.
 */
export function articlePages(archive: Archive, site: SiteOptions, entries: readonly ArchiveEntry[]): Generator<KeyedPage> {
  return keyed(articleDrafts(archive, site, entries), site);
}

function* keyed(drafts: Iterable<Draft>, site: SiteOptions, unchanged?: PageOptions["unchanged"]): Generator<KeyedPage> {
  const salt = pageSalt(site);
  for (const draft of drafts) {
    // The model itself is the key's input unless the draft names a cheaper one.
    const model = draft.inputs === undefined ? draft.model() : null;
    const key = pageKey(salt, draft.template, draft.url, draft.inputs ?? model);
    const from = unchanged?.(draft.url, key);
    if (from) yield { template: "reuse", url: draft.url, key, from };
    else yield { template: draft.template, url: draft.url, key, model: model ?? draft.model() } as KeyedPage;
  }
}

function* drafts(archive: Archive, site: SiteOptions, options: PageOptions): Generator<Draft> {
  const eager = <T extends StreamedTemplate>(template: T, model: Extract<Page, { template: T }>["model"] & { url: string }) => ({ template, url: model.url, model: () => model }) as Draft;
  const { parts } = site;
  yield eager("home", homeView(archive));
  if (parts.dates) yield eager("archive", archiveView(archive));
  // An entity no published report names has no page, and is in no list.
  const named = archive.entityPages.filter((page) => page.reports.length > 0);
  if (parts.entities) for (const model of buildEntityLists(named, site.language)) yield eager("list", model);
  if (parts.search) yield eager("search", searchView(archive.articles.length, options.searchShardSize));
  if (parts.api) for (const file of apiFiles(site, archive)) yield { template: "api", url: file.url, inputs: file.inputs, model: file.file };
  if (parts.entities) {
    for (const entityPage of named) {
      for (const model of entityViews(entityPage, site)) yield eager("entity", model);
    }
  }
  if (parts.dates) for (const model of buildDatePages(archive.dates, site.pageSize)) yield eager("date", model);
  for (const model of feedViews(archive, site)) yield eager("feed", model);
  yield* articleDrafts(archive, site, archive.articles);
  const redirects = archive.articles.flatMap((a) => (a.redirectFrom ?? []).map((from) => ({ from, to: a.url, headline: a.headline })));
  for (const r of redirects) yield eager("redirect", { url: r.from, target: r.to, headline: r.headline });
  for (const entry of archive.withdrawn) {
    const { url, headline, published, zone, precision, withdrawn } = entry;
    yield eager("withdrawn", { url, headline, report: { published, zone, precision }, date: withdrawn.date, note: withdrawn.note });
  }
  if (redirects.length > 0) yield eager("redirects", { url: REDIRECTS_URL, redirects: redirects.map(({ from, to }) => ({ from, to })) });
}

function* articleDrafts(archive: Archive, site: SiteOptions, entries: readonly ArchiveEntry[]): Generator<Draft> {
  const context = {
    entities: new Map(archive.entities.map((e) => [e.id, summarizeEntity(e)])),
    related: archive.related,
    neighbours: archive.dates.neighbours,
    duplicates: archive.duplicates,
    images: archive.images,
  };
  for (const entry of entries) {
    // What articleView reads, without the body: the record's key stands for the record.
    const images = (entry.images ?? []).map((image) => archive.images.get(image.file)!);
    const inputs = [entry.key, relatedReports(context.related, entry), context.neighbours[entry.id], entry.entityIds.map((id) => context.entities.get(id)), reportCopies(context.duplicates, entry), images.map((i) => i.pixels)];
    yield { template: "article", url: entry.url, inputs, model: () => articleView(site, archive.records.read(entry), context) };
    // Its images, beside the page; a copy is made again when the file's size or time changed.
    for (const [i, image] of (entry.images ?? []).entries()) {
      const file = images[i]!;
      const url = reportFileUrl(entry.url, image.name);
      yield { template: "file", url, inputs: [file.file, file.size, file.modified], model: () => ({ url, from: file.file }) };
    }
  }
}

/**
 * One search record per report, in shards of `shardSize` reports, each with its bundle folder and
 * a key (from its reports' record keys) that tells a rebuild whether the shard changed. None when
 * the site builds no search.
 */
export function* searchShards(archive: Archive, site: SiteOptions, shardSize: number): Generator<{ bundle: string; key: string; records: Generator<SearchRecord> }> {
  if (!site.parts.search) return;
  const salt = pageSalt(site);
  const entities = new Map(archive.entities.map((e) => [e.id, e]));
  const bundles = searchBundles(archive.articles.length, shardSize);
  // Cut oldest first (bundles are in that order), so a shard's reports stay in it as newer reports
  // arrive: adding the day's reports changes the newest shard only; an edit, the report's own.
  const count = archive.articles.length;
  for (const [i, bundle] of bundles.entries()) {
    const articles = archive.articles.slice(Math.max(0, count - (i + 1) * shardSize), count - i * shardSize).reverse();
    const key = pageKey(salt, "search", bundle, articles.map((a) => a.key));
    yield { bundle, key, records: (function* () { for (const article of articles) yield searchRecord(archive.records.read(article), entities, site.language); })() };
  }
}

/**
 * The same pages grouped by template, for Eleventy's pagination when pages are fed through it (a
 * mode kept to measure against streaming: it has no template for a report's images, which it
 * leaves out).
 */
export function pagesByTemplate(pages: Iterable<KeyedPage>): Record<StreamedTemplate, unknown[]> {
  const grouped: Record<StreamedTemplate, unknown[]> = { home: [], archive: [], list: [], api: [], search: [], article: [], entity: [], date: [], feed: [], redirect: [], redirects: [], withdrawn: [], file: [] };
  for (const page of pages) if (page.template !== "reuse") grouped[page.template].push(page.model);
  return grouped;
}
