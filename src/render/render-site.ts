// The render stage: Eleventy builds the site into the staging folder through the project's plugin,
// whose templates render every page (the bulk pages streamed, see eleventy-plugin.ts).
import Eleventy from "@11ty/eleventy";
import { datelinePlugin, LAYOUTS_DIR, type DatelinePlugin, type DatelinePluginOptions, type EleventyConfig } from "../site/eleventy-plugin.ts";
import type { StreamResult } from "./render-pages.ts";

export interface RenderResult {
  /** Pages written, by Eleventy and by the render stage (rendered or reused). */
  pageCount: number;
  /** What the render stage streamed (null when Eleventy paginated the pages). */
  streamed: StreamResult | null;
}

/** Render every page of the plugin's archive into `outDir`. */
export async function renderSite(outDir: string, options: DatelinePluginOptions): Promise<RenderResult> {
  let plugin: DatelinePlugin | undefined;
  const eleventy = new Eleventy(LAYOUTS_DIR, outDir, {
    quietMode: true,
    configPath: false,
    pathPrefix: options.site.pathPrefix,
    // Called directly rather than through addPlugin: plugins added that way run too late for
    // setTemplateFormats, and Eleventy would then find no templates.
    config(eleventyConfig: EleventyConfig) {
      plugin = datelinePlugin(eleventyConfig, options);
    },
  } as unknown as ConstructorParameters<typeof Eleventy>[2]);
  eleventy.disableLogger();
  const [, templates] = (await eleventy.write()) as unknown as [unknown, unknown[]];
  const streamed = plugin?.streamed() ?? null;
  return { pageCount: templates.length + (streamed ? streamed.rendered + streamed.reused : 0), streamed };
}
