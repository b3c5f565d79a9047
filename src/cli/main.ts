// `dateline build`: the command editors run. Prints counts quietly, every problem on failure.
import { plural } from "../plural.ts";
import { formatDiagnostics } from "../diagnostics/format-diagnostics.ts";
import { buildSite, type BuildResult } from "../pipeline.ts";
import { OutputBusy, OutputRefused, OutputWriteFailed } from "../write/output-errors.ts";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseCliArgs, UsageError, USAGE, type CliCommand } from "./cli-args.ts";
import { serveSite } from "./serve-site.ts";
import { DEFAULT_SITE } from "../site/site-options.ts";
import { siteSettings } from "./site-settings.ts";
import { readConfig } from "./read-config.ts";

export const LOCALHOST_WARNING = `dateline: warning: the site URL is ${DEFAULT_SITE.siteUrl}, so canonical links, feeds and the sitemap point at localhost. Before deploying, build with --site-url https://your.site.`;


/** Where main writes: the process's stdout and stderr, or a test's collector. */
export interface Output {
  write(text: string): unknown;
}

export async function main(argv: string[], out: Output = process.stdout, err: Output = process.stderr): Promise<number> {
  let cli;
  try {
    cli = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      err.write(`dateline: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (cli.command === "help") {
    out.write(`${USAGE}\n`);
    return 0;
  }

  // The settings file, under the command line's flags.
  const settings = readConfig(cli.configFile);
  if (settings.diagnostics.length > 0) {
    err.write(`${formatDiagnostics(settings.diagnostics)}\n`);
    err.write(`dateline: build stopped; ${cli.outDir} was left as it was.\n`);
    return 1;
  }
  const { site, pipeline: pipelineOptions, read } = siteSettings(settings.config, cli.siteFlags);
  cli = { ...cli, site };
  if (cli.command === "preview") return preview(cli, out, err);

  const started = performance.now();
  let result: BuildResult;
  try {
    result = await buildSite({ contentDir: cli.contentDir, outDir: cli.outDir, site: cli.site, allowEmpty: cli.allowEmpty, search: cli.search, publish: cli.publish, pipeline: pipelineOptions, read, incremental: !cli.fresh });
  } catch (error) {
    // Problems with --out are one line, never a stack trace: a refusal is a usage error (2), a
    // busy folder or a failed write is not (1). Anything else is a bug and is thrown on.
    if (!(error instanceof OutputRefused || error instanceof OutputBusy || error instanceof OutputWriteFailed)) throw error;
    err.write(`dateline: ${error.message}\n`);
    return error instanceof OutputRefused ? 2 : 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (!result.ok) {
    err.write(`${formatDiagnostics(result.diagnostics, { limit: cli.verbose ? Infinity : 50 })}\n`);
    err.write(`dateline: build stopped; ${cli.outDir} was left as it was.\n`);
    return 1;
  }
  if (result.diagnostics.length > 0) err.write(`${formatDiagnostics(result.diagnostics)}\n`);
  // Fine for a look on this machine; a site deployed so would point its readers' feeds at localhost.
  if (cli.site.siteUrl === DEFAULT_SITE.siteUrl) err.write(`${LOCALHOST_WARNING}\n`);
  if (cli.verbose) {
    for (const article of result.pipeline.archive.articles) {
      out.write(`${article.sourcePath} -> ${article.url}\n`);
      for (const r of article.removed) out.write(`  ${article.sourcePath}:${r.line}: set aside (${r.rule}): ${r.text.slice(0, 70)}\n`);
    }
    for (const held of result.pipeline.heldBack) out.write(`${held.entry.sourcePath}: held back, ${held.reason}\n`);
    for (const file of result.pipeline.skipped) out.write(`${file.path}: skipped, ${file.reason}\n`);
    for (const note of result.cacheNotes) out.write(`${note}\n`);
    const stages = Object.entries(result.times).map(([stage, { seconds, peakMiB }]) => `${stage} ${seconds.toFixed(2)} s (peak ${peakMiB} MiB)`);
    out.write(`stages: ${stages.join(", ")}\n`);
    const { parsed, rendered, reused, indexed } = result.reuse;
    out.write(`reused: ${plural(result.pipeline.reportCount - parsed, "report")} of ${result.pipeline.reportCount} not parsed again, ${plural(reused, "page")} unchanged, ${plural(rendered, "page")} rendered, ${plural(indexed, "report")} indexed for search\n`);
  }
  const skipped = result.pipeline.skipped.length;
  // Skipped files are counted even without --verbose (which lists them), so none goes unnoticed.
  const held = result.pipeline.heldBack.length;
  const notes = [...(held > 0 ? [`${held} held back`] : []), ...(skipped > 0 ? [`${plural(skipped, "file")} skipped`] : [])];
  const skippedNote = notes.length > 0 ? ` (${notes.join(", ")})` : "";
  out.write(`dateline: read ${plural(result.reportCount, "report")}${skippedNote}, wrote ${plural(result.pageCount, "page")} to ${cli.outDir} in ${seconds} s\n`);
  return 0;
}


/** `dateline preview`: serve the built site until stopped; 1 when there is no site to serve. */
async function preview(cli: CliCommand, out: Output, err: Output): Promise<number> {
  if (!existsSync(path.join(cli.outDir, "index.html"))) {
    err.write(`dateline: ${cli.outDir} holds no built site: run npm run build first.\n`);
    return 1;
  }
  const server = await serveSite(cli.outDir, cli.site.pathPrefix, cli.port);
  out.write(`dateline: serving ${cli.outDir} at ${server.url}${cli.site.pathPrefix} with its _headers (Ctrl-C stops)\n`);
  await new Promise<void>((resolve) => process.once("SIGINT", resolve).once("SIGTERM", resolve));
  await server.close();
  return 0;
}
