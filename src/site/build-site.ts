// Build the whole site: check --out, run the pipeline, stop on content problems, else render with
// Eleventy into a staging folder, index it for search, add the sitemap, and publish it. The CLI and
// the whole-build tests call this.
import Eleventy from "@11ty/eleventy";
import { hasErrors } from "../diagnostics/format-diagnostics.ts";
import { loadArchive, type PipelineResult } from "../pipeline.ts";
import type { Diagnostic } from "../types.ts";
import { searchRecords } from "../pages/build-pages.ts";
import { indexSearch } from "../write/index-search.ts";
import { writeSitemap } from "../write/write-sitemap.ts";
import { checkOutDir } from "../write/check-out-dir.ts";
import { asWriteFailure, stageOutput, type PublishHooks } from "../write/publish-output.ts";
import { datelinePlugin, LAYOUTS_DIR, type DatelinePlugin, type DatelinePluginOptions, type EleventyConfig } from "./eleventy-plugin.ts";
import type { SiteOptions } from "./site-options.ts";

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
  /** For tests: called after each publishing step. */
  hooks?: PublishHooks;
}

export type BuildResult =
  | { ok: true; reportCount: number; pageCount: number; diagnostics: Diagnostic[]; pipeline: PipelineResult }
  | { ok: false; reportCount: number; diagnostics: Diagnostic[] };

/**
 * Throws OutputRefused when --out must not be replaced (before anything is read or written),
 * OutputBusy when another build holds it, and OutputWriteFailed when the file system refuses a write.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const target = checkOutDir(options.outDir, options.contentDir);
  const pipeline = loadArchive(options.contentDir, undefined, { allowEmpty: options.allowEmpty ?? false });
  if (hasErrors(pipeline.diagnostics)) {
    return { ok: false, reportCount: pipeline.reportCount, diagnostics: pipeline.diagnostics };
  }
  return writeSite(pipeline, options, target);
}

/**
 * Render, index and publish an archive already read and checked. Separate from buildSite so a
 * test can write an archive the checks would have refused, to prove the next wall holds.
 */
export async function writeSite(pipeline: PipelineResult, options: BuildOptions, target = checkOutDir(options.outDir, options.contentDir)): Promise<BuildResult & { ok: true }> {
  const staging = stageOutput(target, options.hooks);
  try {
    let plugin: DatelinePlugin | undefined;
    const eleventy = new Eleventy(LAYOUTS_DIR, staging.dir, {
      quietMode: true,
      configPath: false,
      pathPrefix: options.site.pathPrefix,
      // Called directly rather than through addPlugin: plugins added that way run too late for
      // setTemplateFormats, and Eleventy would then find no templates.
      config(eleventyConfig: EleventyConfig) {
        plugin = datelinePlugin(eleventyConfig, { site: options.site, archive: pipeline.archive, feed: options.feed });
      },
    } as unknown as ConstructorParameters<typeof Eleventy>[2]);
    eleventy.disableLogger();
    const [, templates] = (await eleventy.write()) as unknown as [unknown, unknown[]];
    if (options.search !== false) await indexSearch(staging.dir, searchRecords(pipeline.archive));
    writeSitemap(staging.dir, options.site, pipeline.archive);
    staging.publish();
    return { ok: true, reportCount: pipeline.reportCount, pageCount: templates.length + (plugin?.streamedCount() ?? 0), diagnostics: pipeline.diagnostics, pipeline };
  } catch (error) {
    throw asWriteFailure(error, target);
  } finally {
    staging.close();
  }
}
