// The dev server's build (`npm start`, .eleventy.ts): the stages of src/pipeline.ts, run by
// Eleventy's watch loop over one output folder that it keeps between builds. The parsed records
// stay in memory, so a rebuild parses only the reports that changed; it renders only the pages
// whose key changed and removes the pages of deleted reports.
//
// A report edited in place is shown first: its page is made from its new record and the archive as
// it was, and the browser reloads. The rest of the site follows in the background (the archive
// loaded again, every page whose key changed, then search and the sitemap), and the browser
// reloads again if a page changed. Anything else (a report added or deleted, the gazetteer, a
// problem in a report) loads the whole archive before Eleventy's build ends.
//
// The server listens on 127.0.0.1 (DATELINE_HOST=0.0.0.0 opens it) and answers 400 to a malformed
// path: src/dev/server-options.ts.
import type { ReadOptions } from "../read/read-content.ts";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { formatDiagnostics, hasErrors } from "../diagnostics/format-diagnostics.ts";
import { buildArchive, DEFAULT_OPTIONS, loadArchive, type PipelineOptions } from "../load-archive.ts";
import { articlePages, searchShards, streamedPages } from "../pages/build-pages.ts";
import type { PageKeys } from "../pages/page-keys.ts";
import { SEARCH_SHARD_SIZE } from "../pages/search-records.ts";
import { removeVanished, type FileReuse } from "../render/file-reuse.ts";
import { pageUnchanged } from "../render/render-pages.ts";
import { watchDeletions } from "../read/watch-deletions.ts";
import { datelinePlugin, type EleventyConfig } from "../site/eleventy-plugin.ts";
import type { SiteOptions } from "../site/site-options.ts";
import { memoryStore } from "../store/record-store.ts";
import type { Archive, ArchiveEntry } from "../types.ts";
import { indexSearchShards } from "../write/index-search.ts";
import { writeSitemap } from "../write/write-sitemap.ts";
import { editedReports } from "./edited-reports.ts";
import { serialJobs } from "./serial-jobs.ts";
import { devServerOptions } from "./server-options.ts";

/** Written when the background work changed a page: the dev server watches it and reloads the browser. */
export const RELOAD_FILE = ".dateline-reload";

export interface DevServerOptions {
  contentDir: string;
  /** The folder Eleventy writes (its `dir.output`). */
  outDir: string;
  site: SiteOptions;
  /** The zone for reports that name none, and the link policy (the settings file). */
  pipeline?: PipelineOptions;
  /** Where the server listens: DATELINE_HOST, else 127.0.0.1 (src/dev/server-options.ts). */
  host?: string;
  /** How the read stage treats the content folder (the settings file's followSymlinksOutOfContent). */
  read?: Pick<ReadOptions, "followSymlinksOutOfContent">;
}

export function datelineDevServer(eleventyConfig: EleventyConfig, options: DevServerOptions): void {
  const { contentDir, site } = options;
  const pipelineOptions = options.pipeline ?? DEFAULT_OPTIONS;
  const store = memoryStore();
  let archive = buildArchive([]).archive;
  /** What the output folder holds: url -> key of each page, and of each search shard. */
  let pageKeys: PageKeys = new Map();
  let searchKeys: PageKeys = new Map();
  let sitemapKeys: PageKeys = new Map();
  /** The records the search job reads, kept in the store until it has them. */
  let indexing: string[] = [];
  /** The files Eleventy saw change since the last build (null before the first). */
  let changed: string[] | null = null;
  /** This build's reports edited in place, or null: the whole archive is loaded. */
  let edited: ArchiveEntry[] | null = null;
  /** What the dev server does once the browser has been told to reload. */
  let afterReload: (() => void) | null = null;

  eleventyConfig.addWatchTarget(contentDir);
  // Eleventy 3 does not rebuild when a watched file is deleted (11ty/eleventy#2798).
  eleventyConfig.addWatchTarget(watchDeletions(contentDir));
  const reloadFile = path.join(options.outDir, RELOAD_FILE);
  mkdirSync(options.outDir, { recursive: true });
  writeFileSync(reloadFile, "");
  eleventyConfig.setServerOptions({ ...devServerOptions(options.host), watch: [reloadFile] });
  // `npm start` runs under `tsx watch`, which restarts when a module changes: Eleventy need not
  // trace the templates' imports again after every build.
  eleventyConfig.setWatchJavaScriptDependencies(false);

  const plugin = datelinePlugin(eleventyConfig, { site, archive: () => archive, renderInBuild: false });
  const report = (what: string) => (error: Error) => console.error(`[dateline] ${what}: ${error.message}`);
  const pageJobs = serialJobs(report("pages not updated"));
  const searchJobs = serialJobs(report("search index not updated"));
  const inPlace = (): FileReuse => ({ inPlace: pageKeys, previous: null });

  /** Load the archive again: reports parsed again only where their text (or the gazetteer) changed. */
  function load(): void {
    const loaded = loadArchive(contentDir, pipelineOptions, { ...options.read }, store);
    if (hasErrors(loaded.diagnostics)) throw new Error(`Content problems:\n${formatDiagnostics(loaded.diagnostics)}`);
    // The search job reads records of the archive it was given: the previous build's (it may
    // still be waiting) or an older one it is indexing now. Those stay until then.
    store.keepOnly(new Set([...keysOf(loaded.archive), ...keysOf(archive), ...indexing]));
    archive = loaded.archive;
  }

  /** Write every page whose key changed and remove those that vanished; returns their URLs. */
  async function updatePages(out: string): Promise<string[]> {
    const before = pageKeys;
    const pages = streamedPages(archive, plugin.site, { searchShardSize: SEARCH_SHARD_SIZE, unchanged: pageUnchanged(inPlace(), out) });
    const result = await plugin.render(out, pages, inPlace());
    // The pages of reports deleted since the last build: only files this server wrote.
    removeVanished(out, before, result.keys);
    pageKeys = result.keys;
    return [...new Set([...before.keys(), ...result.keys.keys()])].filter((url) => before.get(url) !== result.keys.get(url));
  }

  /** Bring search and the sitemap up to date with `built`, in the background: only shards that changed are indexed. */
  function updateSearch(out: string, built: Archive): void {
    searchJobs.run(async () => {
      indexing = keysOf(built);
      try {
        const search = await indexSearchShards(out, searchShards(built, plugin.site, SEARCH_SHARD_SIZE), { inPlace: searchKeys, previous: null });
        removeVanished(out, searchKeys, search.keys);
        searchKeys = search.keys;
        const sitemaps = writeSitemap(out, plugin.site, built);
        // A year's sitemap the archive no longer has: only files this server wrote.
        removeVanished(out, sitemapKeys, sitemaps);
        sitemapKeys = sitemaps;
        console.log(`[dateline] search: ${search.pages} reports indexed in ${path.join(out, "pagefind")}`);
      } finally {
        indexing = [];
      }
    });
  }

  eleventyConfig.on("eleventy.beforeWatch", (queue: string[]) => {
    changed = queue;
  });
  eleventyConfig.on("eleventy.before", async () => {
    edited = changed ? editedReports(changed, archive, pipelineOptions, store) : null;
    changed = null;
    if (edited) return;
    // A background job loads and writes too: this build waits for it. A problem stops the build here.
    await pageJobs.idle();
    load();
  });
  eleventyConfig.on("eleventy.after", async (event: { directories: { output: string }; outputMode: string }) => {
    if (event.outputMode !== "fs") return;
    const out = event.directories.output;
    if (!edited) {
      await updatePages(out);
      return updateSearch(out, archive);
    }
    // The edited reports' pages now (Eleventy's build then ends and the browser reloads).
    const shown = await plugin.render(out, articlePages(archive, plugin.site, edited), inPlace());
    for (const [url, key] of shown.keys) pageKeys.set(url, key);
    // The rest in the background, once Eleventy has told the browser to reload: these pages again
    // if what they show of other reports changed (related reports, entity names), the lists that
    // show them, the feeds, search.
    afterReload = () =>
      pageJobs.run(async () => {
        load();
        const updated = await updatePages(out);
        if (updated.some(isHtmlPage)) writeFileSync(reloadFile, updated.join("\n"));
        updateSearch(out, archive);
      });
  });
  // Emitted by Eleventy 3.1 once a watch build is over and the browser told (not documented).
  eleventyConfig.on("eleventy.afterwatch", () => {
    const next = afterReload;
    afterReload = null;
    next?.();
  });
}

const keysOf = (archive: Archive) => archive.articles.map((a) => a.key);

/** A page a reader may have open (its URL is a folder), not a feed or an API file. */
const isHtmlPage = (url: string) => url.endsWith("/");
