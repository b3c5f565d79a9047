// The Eleventy plugin: TSX templates, the archive as global data, assets. The CLI, the dev server
// (.eleventy.ts) and the tests all build through this one plugin.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { jsxToString } from "jsx-async-runtime";
import { formatDiagnostics, hasErrors } from "../diagnostics/format-diagnostics.ts";
import { loadArchive } from "../pipeline.ts";
import { summarizeEntity } from "../indexes/build-entity-index.ts";
import { buildEntityLists } from "../indexes/entity-lists.ts";
import { buildDatePages } from "../indexes/date-pages.ts";
import { paginate } from "../indexes/paginate.ts";
import { buildFeedSpecs } from "./feed-specs.ts";
import { fingerprintAssets } from "./fingerprint-assets.ts";
import type { Archive } from "../types.ts";
import type { SiteOptions } from "./site-options.ts";

/** The project's layouts/ folder: Eleventy's input; it holds the page templates, not content. */
export const LAYOUTS_DIR = path.resolve(fileURLToPath(import.meta.url), "../../../layouts");

export interface DatelinePluginOptions {
  site: SiteOptions;
  /** An archive already read and checked (the CLI and tests). */
  archive?: Archive;
  /** Or a content folder to read before every build (the dev server, which rebuilds on change). */
  contentDir?: string;
}

// Eleventy's config API is untyped JavaScript; this is the part of it the plugin uses.
export interface EleventyConfig {
  addExtension(ext: string[], options: object): void;
  addTemplateFormats(formats: string): void;
  setTemplateFormats(formats: string[]): void;
  addGlobalData(name: string, value: unknown): void;
  addPassthroughCopy(map: Record<string, string>): void;
  addWatchTarget(target: string): void;
  on(event: string, callback: () => void | Promise<void>): void;
  setQuietMode(quiet: boolean): void;
}

export function datelinePlugin(eleventyConfig: EleventyConfig, options: DatelinePluginOptions): void {
  let archive: Archive = options.archive ?? { articles: [], entities: [], entityPages: [], related: {}, dates: { years: [], neighbours: {} } };
  const { contentDir } = options;
  if (contentDir) {
    eleventyConfig.addWatchTarget(contentDir);
    eleventyConfig.on("eleventy.before", () => {
      const loaded = loadArchive(contentDir);
      if (hasErrors(loaded.diagnostics)) throw new Error(`Content problems:\n${formatDiagnostics(loaded.diagnostics)}`);
      archive = loaded.archive;
    });
  }

  // TSX templates (see https://www.11ty.dev/docs/languages/typescript/): render the JSX tree,
  // which jsx-async-runtime escapes, to a string.
  eleventyConfig.addExtension(["11ty.tsx"], {
    key: "11ty.js",
    compile() {
      return async function (this: { defaultRenderer(data: unknown): Promise<unknown> }, data: unknown) {
        const tree = await this.defaultRenderer(data);
        return jsxToString.call({}, tree as JSX.Element);
      };
    },
  });
  // Only TSX page templates are input: a stray .md or .html in layouts/ must not become a page.
  eleventyConfig.setTemplateFormats(["11ty.tsx"]);
  const assets = fingerprintAssets(path.join(LAYOUTS_DIR, "assets"));
  eleventyConfig.addGlobalData("site", { ...options.site, assets: assets.urls });
  eleventyConfig.addGlobalData("archive", () => archive);
  eleventyConfig.addGlobalData("articles", () => archive.articles);
  // Long timelines are paged: an entity named in thousands of reports gets pages of PAGE_SIZE.
  eleventyConfig.addGlobalData("entityTimelinePages", () =>
    archive.entityPages.flatMap((entityPage) => paginate(entityPage.reports, entityPage.entity.url).map((timeline) => ({ entityPage, timeline }))),
  );
  eleventyConfig.addGlobalData("entityLists", () => buildEntityLists(archive.entityPages));
  eleventyConfig.addGlobalData("related", () => archive.related);
  eleventyConfig.addGlobalData("dateYears", () => archive.dates.years);
  eleventyConfig.addGlobalData("datePages", () => buildDatePages(archive.dates));
  eleventyConfig.addGlobalData("neighbours", () => archive.dates.neighbours);
  eleventyConfig.addGlobalData("feeds", () => buildFeedSpecs(archive, options.site));
  eleventyConfig.addGlobalData("entityLookup", () => Object.fromEntries(archive.entities.map((e) => [e.id, summarizeEntity(e)])));
  eleventyConfig.addPassthroughCopy(assets.copies);
  eleventyConfig.addGlobalData("writtenAssets", assets.written);
}
