// The whole build, stage by stage, in order:
//   read -> parse -> link -> index      loadArchive (src/load-archive.ts; pure but for the read stage)
//   pages -> render                     renderSite: Eleventy, its templates fed page view-models (src/pages/, src/render/)
//   search                              indexSearch: one Pagefind record per report
//   write                               the sitemap, then publish the staged folder in one step
// The CLI, the dev server (through the same Eleventy plugin) and the tests all run these stages.
import { hasErrors } from "./diagnostics/format-diagnostics.ts";
import { loadArchiveInParallel, type PipelineResult } from "./load-archive.ts";
import { searchShards } from "./pages/build-pages.ts";
import { SEARCH_SHARD_SIZE } from "./pages/search-records.ts";
import { renderSite } from "./render/render-site.ts";
import type { DatelinePluginOptions } from "./site/eleventy-plugin.ts";
import type { SiteOptions } from "./site/site-options.ts";
import type { Diagnostic } from "./types.ts";
import { checkOutDir } from "./write/check-out-dir.ts";
import { indexSearchShards } from "./write/index-search.ts";
import { asWriteFailure, stageOutput, type PublishHooks } from "./write/publish-output.ts";
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
  /** For tests: called after each publishing step. */
  hooks?: PublishHooks;
}

/** Seconds each stage took, for --verbose: "archive" is read, parse, link and index together. */
export type StageTimes = Partial<Record<"archive" | "render" | "search" | "write", number>>;

export type BuildResult =
  | { ok: true; reportCount: number; pageCount: number; diagnostics: Diagnostic[]; pipeline: PipelineResult; times: StageTimes }
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
  try {
    const started = performance.now();
    const pipeline = await loadArchiveInParallel(poolFor, options.contentDir, undefined, { allowEmpty: options.allowEmpty ?? false });
    if (hasErrors(pipeline.diagnostics)) {
      return { ok: false, reportCount: pipeline.reportCount, diagnostics: pipeline.diagnostics };
    }
    const archive = (performance.now() - started) / 1000;
    const written = await writeSite(pipeline, options, target, pool);
    return { ...written, times: { archive, ...written.times } };
  } finally {
    await (pool as WorkerPool | null)?.close();
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
  target = checkOutDir(options.outDir, options.contentDir),
  pool: WorkerPool | null = null,
): Promise<BuildResult & { ok: true }> {
  const times: StageTimes = {};
  const timed = async <T>(stage: keyof StageTimes, run: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await run();
    times[stage] = (performance.now() - started) / 1000;
    return result;
  };
  const searchShardSize = options.searchShardSize ?? SEARCH_SHARD_SIZE;
  const staging = stageOutput(target, options.hooks);
  try {
    const pageCount = await timed("render", () => renderSite(staging.dir, options.site, pipeline.archive, { feed: options.feed, searchShardSize }, pool));
    await pool?.close();
    if (options.search !== false) await timed("search", () => indexSearchShards(staging.dir, searchShards(pipeline.archive, searchShardSize)));
    await timed("write", () => {
      writeSitemap(staging.dir, options.site, pipeline.archive);
      staging.publish();
    });
    return { ok: true, reportCount: pipeline.reportCount, pageCount, diagnostics: pipeline.diagnostics, pipeline, times };
  } catch (error) {
    throw asWriteFailure(error, target);
  } finally {
    staging.close();
  }
}
