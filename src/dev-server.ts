// The dev server's build (`npm start`, .eleventy.ts): the stages of src/pipeline.ts, run by
// Eleventy's watch loop over one output folder that it keeps between builds. A rebuild reads the
// content again but parses only the reports that changed (the record store stays in memory),
// renders only the pages whose key changed, removes the pages of deleted reports, and then
// brings search and the sitemap up to date in the background, so an edit shows at once.
import path from "node:path";
import { formatDiagnostics, hasErrors } from "./diagnostics/format-diagnostics.ts";
import { buildArchive, DEFAULT_OPTIONS, loadArchive } from "./load-archive.ts";
import { searchShards } from "./pages/build-pages.ts";
import { SEARCH_SHARD_SIZE } from "./pages/search-records.ts";
import { removeVanished } from "./render/file-reuse.ts";
import { watchDeletions } from "./read/watch-deletions.ts";
import { datelinePlugin, type EleventyConfig } from "./site/eleventy-plugin.ts";
import type { SiteOptions } from "./site/site-options.ts";
import type { Archive } from "./types.ts";
import { memoryStore } from "./store/record-store.ts";
import { indexSearchShards } from "./write/index-search.ts";
import { writeSitemap } from "./write/write-sitemap.ts";

export function datelineDevServer(eleventyConfig: EleventyConfig, options: { contentDir: string; site: SiteOptions }): void {
  const { contentDir, site } = options;
  const store = memoryStore();
  let archive = buildArchive([]).archive;
  let pageKeys = new Map<string, string>();
  let searchKeys = new Map<string, string>();
  eleventyConfig.addWatchTarget(contentDir);
  // Eleventy 3 does not rebuild when a watched file is deleted (11ty/eleventy#2798).
  eleventyConfig.addWatchTarget(watchDeletions(contentDir));

  eleventyConfig.on("eleventy.before", () => {
    const loaded = loadArchive(contentDir, DEFAULT_OPTIONS, {}, store);
    if (hasErrors(loaded.diagnostics)) throw new Error(`Content problems:\n${formatDiagnostics(loaded.diagnostics)}`);
    // The search job in the background reads records of the archive it was given: the previous
    // build's (it may still be waiting) or an older one it is indexing now. Those stay until then.
    store.keepOnly(new Set([...keysOf(loaded.archive), ...keysOf(archive), ...indexing]));
    archive = loaded.archive;
  });
  let indexing: string[] = [];

  const background = backgroundTask();
  datelinePlugin(eleventyConfig, {
    site,
    archive: () => archive,
    reuse: () => ({ inPlace: pageKeys, previous: null }),
    afterRender(out, result) {
      // The pages of reports deleted since the last build: only files this server wrote.
      removeVanished(out, pageKeys, result.keys);
      pageKeys = result.keys;
      const built = archive;
      background.run(async () => {
        indexing = keysOf(built);
        try {
          const shards = searchShards(built, site, SEARCH_SHARD_SIZE);
          const search = await indexSearchShards(out, shards, { inPlace: searchKeys, previous: null });
          removeVanished(out, searchKeys, search.keys);
          searchKeys = search.keys;
          writeSitemap(out, site, built);
          console.log(`[dateline] search: ${search.pages} reports indexed in ${path.join(out, "pagefind")}`);
        } finally {
          indexing = [];
        }
      });
    },
  });
}

const keysOf = (archive: Archive) => archive.articles.map((a) => a.key);

/** Runs one job at a time; a job asked for while one runs replaces any other waiting. */
function backgroundTask() {
  let running: Promise<void> | null = null;
  let waiting: (() => Promise<void>) | null = null;
  const start = (job: () => Promise<void>) => {
    running = job()
      .catch((error: unknown) => console.error(`[dateline] search index not updated: ${(error as Error).message}`))
      .finally(() => {
        running = null;
        const next = waiting;
        waiting = null;
        if (next) start(next);
      });
  };
  return {
    run(job: () => Promise<void>) {
      if (running) waiting = job;
      else start(job);
    },
  };
}
