// Eleventy's config for the dev server (`npm start`): it only adds the project's dev-server build
// (src/dev/dev-server.ts), which runs the pipeline's stages on each change to content/.
// The dev server writes its own folder, _dev/: _site is a link to a published build that only
// `npm run build` replaces, and Eleventy writing through that link would change a published site.
import { datelineDevServer } from "./src/dev/dev-server.ts";
import { LAYOUTS_DIR, type EleventyConfig } from "./src/site/eleventy-plugin.ts";
import { readConfig } from "./src/cli/read-config.ts";
import { formatDiagnostics } from "./src/diagnostics/format-diagnostics.ts";
import { siteSettings } from "./src/cli/site-settings.ts";

export default function (eleventyConfig: EleventyConfig) {
  const output = "_dev";
  // The settings file's, but the dev server serves at its own address, at the root.
  const { config, diagnostics } = readConfig(undefined);
  if (diagnostics.length > 0) throw new Error(formatDiagnostics(diagnostics));
  const { site, pipeline, read } = siteSettings({ ...config, siteUrl: undefined, pathPrefix: undefined });
  datelineDevServer(eleventyConfig, { site, contentDir: "content", outDir: output, pipeline, read });
  return { dir: { input: LAYOUTS_DIR, output } };
}
