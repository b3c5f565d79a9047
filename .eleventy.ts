// Eleventy's config for the dev server (`npm start`); it only adds the project's plugin, which
// reads content/ again before every rebuild. `npm run build` uses the same plugin through the CLI.
// The dev server writes its own folder, _dev/: _site is a link to a published build that only
// `npm run build` replaces, and Eleventy writing through that link would change a published site.
import { datelinePlugin, LAYOUTS_DIR, type EleventyConfig } from "./src/site/eleventy-plugin.ts";
import { makeSiteOptions } from "./src/site/site-options.ts";

export default function (eleventyConfig: EleventyConfig) {
  datelinePlugin(eleventyConfig, { site: makeSiteOptions({}), contentDir: "content" });
  return { dir: { input: LAYOUTS_DIR, output: "_dev" } };
}
