// The whole build, stage by stage, in order:
//   read -> parse -> link -> index      loadArchive (src/load-archive.ts): the record store keeps each
//                                       report's full record; the archive holds compact entries
//   pages -> render                     renderSite: Eleventy, its templates fed page view-models (src/pages/, src/render/)
//   search                              indexSearchShards: one Pagefind record per report
//   write                               the sitemap, then publish the staged folder in one step
// A rebuild reuses what did not change: reports whose key is in the record store are not parsed
// again, and pages and search shards whose key is unchanged are not made again. The build before
// the published one is kept as a spare: the next build updates it in place (only changed files are
// written, vanished ones removed) and takes the rest from the published build.
// The CLI and the tests run buildSite; the dev server runs the same stages (src/dev/dev-server.ts).
import { rmSync } from "node:fs";
import path from "node:path";
import { hasErrors } from "./diagnostics/format-diagnostics.ts";
import type { PublishOptions } from "./indexes/held-back.ts";
import { loadArchiveInParallel, type PipelineOptions, type PipelineResult } from "./load-archive.ts";
import { updatedLock, URL_LOCK_FILE, type UrlLock } from "./indexes/url-lock.ts";
import { findSystemError } from "./system-error.ts";
import { OutputWriteFailed } from "./write/output-errors.ts";
import { writeUrlLock } from "./write/write-url-lock.ts";
import { searchShards } from "./pages/build-pages.ts";
import { SEARCH_SHARD_SIZE } from "./pages/search-records.ts";
import { pageSalt } from "./pages/page-keys.ts";
import { removeVanished, type FileReuse } from "./render/file-reuse.ts";
import { renderSite } from "./render/render-site.ts";
import type { DatelinePluginOptions } from "./site/eleventy-plugin.ts";
import type { SiteOptions } from "./site/site-options.ts";
import type { ReadOptions } from "./read/read-content.ts";
import { diskStore, removeTemporaryFiles } from "./store/record-store.ts";
import type { Diagnostic } from "./types.ts";
import { checkOutDir, type OutputTarget } from "./write/check-out-dir.ts";
import { indexSearchShards } from "./write/index-search.ts";
import { manifestTemporary, readManifest, writeManifest, type Manifest } from "./write/page-manifest.ts";
import { asWriteFailure, stageOutput, type PublishHooks, type Staging } from "./write/publish-output.ts";
import { writeSitemap } from "./write/write-sitemap.ts";
import { deployManifest, readDeployManifest, writeDeployManifest } from "./write/deploy-manifest.ts";
import { createWorkerPool, defaultWorkerCount, type WorkerPool } from "./workers/worker-pool.ts";

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  site: SiteOptions;
  /** Build an empty archive when there are no reports, instead of stopping with an error. */
  allowEmpty?: boolean;
  /** Drafts, embargoes and the build's clock (`--drafts`, `--future`, `--now`). */
  publish?: PublishOptions;
  /** The zone for reports that name none, and the link policy (the settings file; default UTC, "first"). */
  pipeline?: PipelineOptions;
  /** How the read stage treats the content folder (the settings file's followSymlinksOutOfContent). */
  read?: Pick<ReadOptions, "followSymlinksOutOfContent">;
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
  /** Reuse the previous build's unchanged records, pages and search shards (default true); false (`--fresh`) ignores every cache and makes everything again. */
  incremental?: boolean;
  /** For tests: called after each publishing step. */
  hooks?: PublishHooks;
}

/**
 * Seconds each stage took, and the process's peak resident memory (MiB) by its end, for --verbose:
 * "archive" is read, parse, link and index together.
 */
export type StageTimes = Partial<Record<"archive" | "render" | "search" | "write", { seconds: number; peakMiB: number }>>;

const stageTime = (started: number) => ({ seconds: (performance.now() - started) / 1000, peakMiB: Math.round(process.resourceUsage().maxRSS / 1024) });

/** What a rebuild did not have to do again. */
export interface Reuse {
  /** Reports parsed and linked (the others came from the record store). */
  parsed: number;
  /** Pages rendered, and pages taken unchanged from the previous build. */
  rendered: number;
  reused: number;
  /** Reports given to Pagefind again (those in unchanged search shards were not). */
  indexed: number;
}

export type BuildResult =
  | { ok: true; reportCount: number; pageCount: number; diagnostics: Diagnostic[]; pipeline: PipelineResult; times: StageTimes; reuse: Reuse; cacheNotes: string[] }
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
  const staging = stage(target, options);
  try {
    const started = performance.now();
    const records = path.join(target.store, "records");
    // Under the lock, before anything is written: what builds that died left half-written.
    removeTemporaryFiles(records);
    rmSync(manifestTemporary(target.store), { force: true });
    // A fresh build trusts no record, but stores what it makes for the next build.
    const store = diskStore(records, { fresh: options.incremental === false });
    const pipeline = await loadArchiveInParallel(poolFor, options.contentDir, options.pipeline, { allowEmpty: options.allowEmpty ?? false, publish: options.publish, ...options.read }, store);
    if (hasErrors(pipeline.diagnostics)) {
      return { ok: false, reportCount: pipeline.reportCount, diagnostics: pipeline.diagnostics };
    }
    const archive = stageTime(started);
    // The URL lock (when the content keeps one) records where each report is published, before
    // the site is: a lock the build cannot write (a read-only content folder) stops it with the
    // published site as it was. Written early, it names only the URLs this build publishes.
    if (pipeline.urlLock) writeLockOrStop(options.contentDir, updatedLock(pipeline.urlLock, pipeline.archive.articles), target);
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

function writeLockOrStop(contentDir: string, lock: UrlLock, target: OutputTarget): void {
  try {
    writeUrlLock(contentDir, lock);
  } catch (error) {
    const found = findSystemError(error);
    if (!found) throw error;
    throw new OutputWriteFailed(path.join(contentDir, URL_LOCK_FILE), target.shown, found);
  }
}

/** Below this many reports, starting worker threads costs more than they save. */
const PARALLEL_FROM = 1000;

/** Whether a build reuses what earlier builds made: pages streamed by the render stage, not paginated by Eleventy. */
const isIncremental = (options: BuildOptions) => options.incremental !== false && options.feed !== "eleventy";

/** Lock the output's store; an incremental build keeps the build it replaces as the next one's spare. */
function stage(target: OutputTarget, options: BuildOptions): Staging {
  if (!isIncremental(options)) return stageOutput(target, options.hooks);
  const salt = pageSalt(options.site);
  // Only a build made with the same code and options can be updated in place: another would leave
  // files this build does not know it must remove (assets under other names, pages of other kinds).
  return stageOutput(target, options.hooks, { keepPrevious: true, isSpare: (build) => readManifest(target.store).get(build)?.salt === salt });
}

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
    times[stage] = stageTime(started);
    return result;
  };
  const searchShardSize = options.searchShardSize ?? SEARCH_SHARD_SIZE;
  const staging = given ?? stage(target, options);
  try {
    const { archive } = pipeline;
    const notes: string[] = [];
    const manifest = isIncremental(options) ? readManifest(target.store, notes) : new Map() as Manifest;
    const reuse = claimFolders(staging, manifest, target.store);
    const dir = staging.open(reuse?.inPlace != null);
    const rendered = await timed("render", () => renderSite(dir, { site: options.site, archive, feed: options.feed, searchShardSize, pool, reuse: () => reuse }));
    await pool?.close();
    const written = new Map(rendered.streamed?.keys);
    let indexed = 0;
    if (options.search !== false) {
      const search = await timed("search", () => indexSearchShards(dir, searchShards(archive, options.site, searchShardSize), reuse));
      for (const [bundle, key] of search.keys) written.set(bundle, key);
      indexed = search.pages;
    }
    await timed("write", () => {
      // Pages first (the sitemaps list what is there), the earlier sitemaps with them: written again next.
      if (reuse?.inPlace) removeVanished(dir, reuse.inPlace, written);
      for (const [url, key] of writeSitemap(dir, options.site, archive)) written.set(url, key);
      // The new build, and the one it replaces: the next build's spare.
      const next: Manifest = new Map([[path.basename(dir), { salt: pageSalt(options.site), keys: written }]]);
      const previous = staging.previous && manifest.get(path.basename(staging.previous));
      if (previous && isIncremental(options)) next.set(path.basename(staging.previous!), previous);
      writeManifest(target.store, next);
      // What a deployer uploads: written before the publish, naming the build it describes.
      writeDeployManifest(target.store, deployManifest(dir, staging.previous ? { dir: staging.previous, manifest: readDeployManifest(target.store) } : null));
      staging.publish();
    });
    const reused = { parsed: pipeline.parsedCount, rendered: rendered.streamed?.rendered ?? 0, reused: rendered.streamed?.reused ?? 0, indexed };
    return { ok: true, reportCount: pipeline.reportCount, pageCount: rendered.pageCount, diagnostics: pipeline.diagnostics, pipeline, times, reuse: reused, cacheNotes: [...pipeline.cacheNotes, ...notes] };
  } catch (error) {
    throw asWriteFailure(error, target);
  } finally {
    if (!given) staging.close();
  }
}

/**
 * What this build can reuse: the spare's files in place (once the manifest no longer vouches for
 * them, so a build killed while changing them leaves a folder the next build removes) and the
 * published build's. Null when nothing is kept.
 */
function claimFolders(staging: Staging, manifest: Manifest, store: string): FileReuse | null {
  const previous = staging.previous ? manifest.get(path.basename(staging.previous)) : undefined;
  const spare = staging.spare ? manifest.get(path.basename(staging.spare)) : undefined;
  if (spare) {
    manifest.delete(path.basename(staging.spare!));
    writeManifest(store, manifest);
  }
  if (!previous && !spare) return null;
  return { inPlace: spare?.keys ?? null, previous: previous ? { dir: staging.previous!, keys: previous.keys } : null };
}
