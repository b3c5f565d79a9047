// Eleventy's config for the dev server (`npm start`): it only adds the project's dev-server build
// (src/dev/dev-server.ts), which runs the pipeline's stages on each change to content/.
// The dev server writes its own folder, _dev/: _site is a link to a published build that only
// `npm run build` replaces, and Eleventy writing through that link would change a published site.
import { datelineDevServer } from "./src/dev/dev-server.ts";
import { LAYOUTS_DIR, type EleventyConfig } from "./src/site/eleventy-plugin.ts";
import { makeSiteOptions } from "./src/site/site-options.ts";

export default function (eleventyConfig: EleventyConfig) {
  const output = "_dev";
  datelineDevServer(eleventyConfig, { site: makeSiteOptions({}), contentDir: "content", outDir: output });
  return { dir: { input: LAYOUTS_DIR, output } };
}
