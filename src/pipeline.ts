// The whole build, stage by stage, in order:
//   read -> parse -> link -> index      loadArchive (src/load-archive.ts): the record store keeps each
//                                       report's full record; the archive holds compact entries
//   pages -> render                     renderSite: Eleventy, its templates fed page view-models (src/pages/, src/render/)
//   search                              indexSearchShards: one Pagefind record per report
//   write                               the sitemap, then publish the staged folder in one step
// A rebuild reuses what did not change: reports whose key is in the record store are not parsed
// again, and pages and search shards whose key is the previous build's are taken from it.
// The CLI and the tests run buildSite; the dev server runs the same stages (src/dev-server.ts).
import path from "node:path";
import { hasErrors } from "./diagnostics/format-diagnostics.ts";
import { loadArchiveInParallel, type PipelineResult } from "./load-archive.ts";
import { searchShards } from "./pages/build-pages.ts";
import { SEARCH_SHARD_SIZE } from "./pages/search-records.ts";
import { pageExists } from "./render/render-pages.ts";
import { renderSite } from "./render/render-site.ts";
import type { DatelinePluginOptions } from "./site/eleventy-plugin.ts";
import type { SiteOptions } from "./site/site-options.ts";
import { diskStore } from "./store/record-store.ts";
import type { Diagnostic } from "./types.ts";
import { checkOutDir, type OutputTarget } from "./write/check-out-dir.ts";
import { bundleExists, indexSearchShards } from "./write/index-search.ts";
import { readManifest, writeManifest } from "./write/page-manifest.ts";
import { asWriteFailure, stageOutput, type PublishHooks, type Staging } from "./write/publish-output.ts";
import { writeSitemap } from "./write/write-sitemap.ts";
import { createWorkerPool, defaultWorkerCount, type WorkerPool } from "./workers/worker-pool.ts";

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  site: SiteOptions;
  /** Build an empty archive when there are no reports, instead of stopping with an error. */
  allowEmpty?: boolean;
  /** Build the search index (default true); off for quick previews and the benchmark's pages-only figure. */
  search?: boolean;
  /** How the bulk pages reach their templates (default "stream"); "eleventy" to measure Eleventy's pagination. */
  feed?: DatelinePluginOptions["feed"];
  /** Reports per search index shard (default SEARCH_SHARD_SIZE: Pagefind's memory stays bounded). */
  searchShardSize?: number;
  /** Worker threads beside the main thread (default: one fewer than the cores; 0 for none). */
  workers?: number;
  /** Use the workers from this many reports on (default 1,000): below it, starting them costs more than they save. */
  parallelFrom?: number;
  /** Reuse the previous build's unchanged records, pages and search shards (default true). */
  incremental?: boolean;
  /** For tests: called after each publishing step. */
  hooks?: PublishHooks;
}

/** Seconds each stage took, for --verbose: "archive" is read, parse, link and index together. */
export type StageTimes = Partial<Record<"archive" | "render" | "search" | "write", number>>;

/** What a rebuild did not have to do again. */
export interface Reuse {
  /** Reports parsed and linked (the others came from the record store). */
  parsed: number;
  /** Pages rendered, and pages taken unchanged from the previous build. */
  rendered: number;
  reused: number;
}

export type BuildResult =
  | { ok: true; reportCount: number; pageCount: number; diagnostics: Diagnostic[]; pipeline: PipelineResult; times: StageTimes; reuse: Reuse }
  | { ok: false; reportCount: number; diagnostics: Diagnostic[] };

/**
 * Throws OutputRefused when --out must not be replaced (before anything is read or written),
 * OutputBusy when another build holds it, and OutputWriteFailed when the file system refuses a write.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const target = checkOutDir(options.outDir, options.contentDir);
  let pool: WorkerPool | null = null;
  const poolFor = (reports: number) => {
    const workers = options.workers ?? defaultWorkerCount();
    if (workers > 0 && reports >= (options.parallelFrom ?? PARALLEL_FROM)) pool = createWorkerPool(workers);
    return pool;
  };
  // Staged (and so locked) first: the record store in the output's store is written from here on.
  const staging = stageOutput(target, options.hooks);
  try {
    const started = performance.now();
    const store = diskStore(path.join(target.store, "records"));
    const pipeline = await loadArchiveInParallel(poolFor, options.contentDir, undefined, { allowEmpty: options.allowEmpty ?? false }, options.incremental === false ? undefined : store);
    if (hasErrors(pipeline.diagnostics)) {
      return { ok: false, reportCount: pipeline.reportCount, diagnostics: pipeline.diagnostics };
    }
    const archive = (performance.now() - started) / 1000;
    const written = await writeSite(pipeline, options, target, pool, staging);
    // The records of reports deleted or changed since are not needed again.
    store.keepOnly(new Set(pipeline.archive.articles.map((a) => a.key)));
    return { ...written, times: { archive, ...written.times } };
  } catch (error) {
    throw asWriteFailure(error, target);
  } finally {
    await (pool as WorkerPool | null)?.close();
    staging.close();
  }
}

/** Below this many reports, starting worker threads costs more than they save. */
const PARALLEL_FROM = 1000;

/**
 * Render, index and publish an archive already read and checked. Separate from buildSite so a
 * test can write an archive the checks would have refused, to prove the next wall holds.
 */
export async function writeSite(
  pipeline: PipelineResult,
  options: BuildOptions,
  target: OutputTarget = checkOutDir(options.outDir, options.contentDir),
  pool: WorkerPool | null = null,
  given?: Staging,
): Promise<BuildResult & { ok: true }> {
  const times: StageTimes = {};
  const timed = async <T>(stage: keyof StageTimes, run: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await run();
    times[stage] = (performance.now() - started) / 1000;
    return result;
  };
  const searchShardSize = options.searchShardSize ?? SEARCH_SHARD_SIZE;
  const staging = given ?? stageOutput(target, options.hooks);
  try {
    const { archive } = pipeline;
    const previous = options.incremental === false ? null : staging.previous;
    const keys = previous ? readManifest(target.store, path.basename(previous)) : null;
    const unchanged = (url: string, key: string) => keys?.get(url) === key && pageExists(previous!, url);
    const reuse = keys ? () => ({ unchanged, previousDir: previous! }) : undefined;
    const rendered = await timed("render", () => renderSite(staging.dir, { site: options.site, archive, feed: options.feed, searchShardSize, pool, reuse }));
    await pool?.close();
    const written = new Map(rendered.streamed?.keys);
    if (options.search !== false) {
      const search = await timed("search", () => indexSearchShards(staging.dir, searchShards(archive, options.site, searchShardSize), keys ? { unchanged: (bundle, key) => keys.get(bundle) === key && bundleExists(previous!, bundle), previousDir: previous! } : undefined));
      for (const [bundle, key] of search.keys) written.set(bundle, key);
    }
    await timed("write", () => {
      writeSitemap(staging.dir, options.site, archive);
      writeManifest(target.store, path.basename(staging.dir), written);
      staging.publish();
    });
    const reused = { parsed: pipeline.parsedCount, rendered: rendered.streamed?.rendered ?? 0, reused: rendered.streamed?.reused ?? 0 };
    return { ok: true, reportCount: pipeline.reportCount, pageCount: rendered.pageCount, diagnostics: pipeline.diagnostics, pipeline, times, reuse: reused };
  } catch (error) {
    throw asWriteFailure(error, target);
  } finally {
    if (!given) staging.close();
  }
}
