// The Eleventy plugin: TSX templates, the site's pages fed to them, assets. The CLI, the dev server
// (.eleventy.ts) and the tests all build through this one plugin.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { pagesByTemplate, streamedPages, type KeyedPage } from "../pages/build-pages.ts";
import { SEARCH_SHARD_SIZE } from "../pages/search-records.ts";
import type { FileReuse } from "../render/file-reuse.ts";
import { pageUnchanged, renderStream, renderTree, type StreamResult } from "../render/render-pages.ts";
import type { WorkerPool } from "../workers/worker-pool.ts";
import { fingerprintAssets } from "./fingerprint-assets.ts";
import type { Archive } from "../types.ts";
import type { SiteOptions } from "./site-options.ts";

/** The project's layouts/ folder: Eleventy's input; it holds the page templates, not content. */
export const LAYOUTS_DIR = path.resolve(fileURLToPath(import.meta.url), "../../../layouts");

export interface DatelinePluginOptions {
  site: SiteOptions;
  /** The archive to build, read and checked; a function when it changes between builds (the dev server). */
  archive: Archive | (() => Archive);
  /** How the bulk pages reach their templates: streamed by the render stage (default) or paginated by Eleventy. */
  feed?: "stream" | "eleventy";
  /** Reports per search index shard (default SEARCH_SHARD_SIZE); the search page lists the shards. */
  searchShardSize?: number;
  /** Worker threads to render report pages on, beside the main thread. */
  pool?: WorkerPool | null;
  /** What the output folder and the published build hold, given the output folder; none: every page is rendered. */
  reuse?: (outDir: string) => FileReuse | null;
  /**
   * Whether the render stage streams the archive's pages at the end of each Eleventy build
   * (default true). The dev server says no: it streams them itself, through `render`.
   */
  renderInBuild?: boolean;
}

export interface DatelinePlugin {
  /** What the render stage did in the last build (null when Eleventy paginated the pages). */
  streamed(): StreamResult | null;
  /** The site options the templates are given (the assets' fingerprinted URLs included). */
  site: SiteOptions;
  /** Render and write pages through the plugin's templates (the render stage, outside Eleventy's build). */
  render(outDir: string, pages: Iterable<KeyedPage>, reuse: FileReuse | null): Promise<StreamResult>;
}

// Eleventy's config API is untyped JavaScript; this is the part of it the plugin uses.
export interface EleventyConfig {
  addExtension(ext: string[], options: object): void;
  addTemplateFormats(formats: string): void;
  setTemplateFormats(formats: string[]): void;
  addGlobalData(name: string, value: unknown): void;
  addPassthroughCopy(map: Record<string, string>): void;
  addWatchTarget(target: string): void;
  on(event: string, callback: (event: never) => void | Promise<void>): void;
  setQuietMode(quiet: boolean): void;
  setServerOptions(options: object): void;
  setWatchJavaScriptDependencies(watch: boolean): void;
}

export function datelinePlugin(eleventyConfig: EleventyConfig, options: DatelinePluginOptions): DatelinePlugin {
  const archive = typeof options.archive === "function" ? options.archive : () => options.archive as Archive;

  // TSX templates (see https://www.11ty.dev/docs/languages/typescript/): render the JSX tree,
  // which jsx-async-runtime escapes, to a string.
  eleventyConfig.addExtension(["11ty.tsx"], {
    key: "11ty.js",
    compile() {
      return async function (this: { defaultRenderer(data: unknown): Promise<unknown> }, data: unknown) {
        return renderTree(await this.defaultRenderer(data));
      };
    },
  });
  // Only TSX page templates are input: a stray .md or .html in layouts/ must not become a page.
  eleventyConfig.setTemplateFormats(["11ty.tsx"]);
  const assets = fingerprintAssets(path.join(LAYOUTS_DIR, "assets"));
  const site: SiteOptions = { ...options.site, assets: assets.urls };
  eleventyConfig.addGlobalData("site", site);
  eleventyConfig.addPassthroughCopy(assets.copies);
  eleventyConfig.addGlobalData("writtenAssets", assets.written);

  // Every page made from the archive (src/pages/). Streamed by default: rendered and written one
  // by one after Eleventy's own pass, which then paginates over empty lists. Global data stays
  // lean: Eleventy merges and copies it for every template.
  // With feed: "eleventy" they go through Eleventy's pagination instead (kept to measure both).
  const feed = options.feed ?? "stream";
  const searchShardSize = options.searchShardSize ?? SEARCH_SHARD_SIZE;
  const empty = pagesByTemplate([]);
  eleventyConfig.addGlobalData("streamed", () => (feed === "eleventy" ? pagesByTemplate(streamedPages(archive(), site, { searchShardSize })) : empty));
  let streamed: StreamResult | null = null;
  const render = (out: string, pages: Iterable<KeyedPage>, reuse: FileReuse | null) => renderStream(out, site, pages, { pool: options.pool, reuse });
  if (feed === "stream" && options.renderInBuild !== false) {
    eleventyConfig.on("eleventy.after", async (event: { directories: { output: string }; outputMode: string }) => {
      if (event.outputMode !== "fs") return;
      const out = event.directories.output;
      const reuse = options.reuse?.(out) ?? null;
      streamed = await render(out, streamedPages(archive(), site, { searchShardSize, unchanged: reuse ? pageUnchanged(reuse, out) : undefined }), reuse);
    });
  }
  return { streamed: () => streamed, site, render };
}
