// The render stage: Eleventy builds the site into the staging folder through the project's plugin,
// whose templates render every page (the bulk pages streamed, see eleventy-plugin.ts).
import Eleventy from "@11ty/eleventy";
import { datelinePlugin, LAYOUTS_DIR, type DatelinePlugin, type DatelinePluginOptions, type EleventyConfig } from "../site/eleventy-plugin.ts";
import type { SiteOptions } from "../site/site-options.ts";
import type { Archive } from "../types.ts";
import type { WorkerPool } from "../workers/worker-pool.ts";

/** Render every page of `archive` into `outDir`; returns how many pages were written. */
export async function renderSite(
  outDir: string,
  site: SiteOptions,
  archive: Archive,
  options: Pick<DatelinePluginOptions, "feed" | "searchShardSize">,
  pool: WorkerPool | null = null,
): Promise<number> {
  let plugin: DatelinePlugin | undefined;
  const eleventy = new Eleventy(LAYOUTS_DIR, outDir, {
    quietMode: true,
    configPath: false,
    pathPrefix: site.pathPrefix,
    // Called directly rather than through addPlugin: plugins added that way run too late for
    // setTemplateFormats, and Eleventy would then find no templates.
    config(eleventyConfig: EleventyConfig) {
      plugin = datelinePlugin(eleventyConfig, { site, archive, ...options, pool });
    },
  } as unknown as ConstructorParameters<typeof Eleventy>[2]);
  eleventy.disableLogger();
  const [, templates] = (await eleventy.write()) as unknown as [unknown, unknown[]];
  return templates.length + (plugin?.streamedCount() ?? 0);
}
