// Parse the command line into build options; usage problems are thrown with the fix in the message.
import { parseArgs } from "node:util";
import { quote } from "../diagnostics/catalog.ts";
import type { PublishOptions } from "../indexes/held-back.ts";
import { makeSiteOptions, type SiteOptions } from "../site/site-options.ts";
import { normalSiteUrl } from "./read-config.ts";

export const USAGE = `Usage: dateline build [options]
       dateline preview [--out DIR] [--port N] [--path-prefix P]

Build the Dateline archive: read the reports in the content folder, check them, and write the
static site. The previous site is replaced only if the build succeeds, and in one step: --out is a
link to the build, kept beside it in .NAME.dateline/ (copy it with cp -rL OUT/ DEST).

Options:
  --content DIR      content folder to read (default: content, in the working folder); reports
                     are in DIR/reports/
  --config FILE      the site's settings (default: dateline.config.json in the working folder,
                     if there is one); the options below override it
  --out DIR          where the site goes (default: _site); Dateline replaces only what it built
  --site-url URL     absolute URL the site is served from, for canonical links and feeds
                     (default: http://localhost:8080)
  --path-prefix P    folder the site is served under, e.g. /news/ (default: /)
  --allow-empty      build even if the reports folder holds no report (an empty archive);
                     without it, no reports is an error and the published site is kept
  --no-search        skip the search index (a quicker preview build; /search/ then finds nothing)
  --drafts           publish reports marked draft: true too (a preview build)
  --future           publish embargoed reports and reports dated after --now too (a preview build)
  --now TIME         the build's clock, e.g. 2017-10-21T06:00:00-04:00 (default: now): an embargo
                     up to it has passed
  --fresh            make everything again: trust no record, page or search index an earlier
                     build left (they are checked anyway; a damaged one is made again)
  --verbose          list every problem, every line set aside as boilerplate, every
                     file skipped and every cached file ignored
  -h, --help         show this help

dateline preview serves the built site (--out, default _site) on http://127.0.0.1:PORT (--port,
default 8080) with the headers its _headers file asks for, as Netlify or Cloudflare Pages would,
until it is stopped (Ctrl-C); give the --path-prefix the site was built with.

Exit status: 0 built; 1 content problems, another build running, or a failed write;
2 a usage problem, or an --out Dateline will not replace (the content, a folder it did not build).

Examples:
  npm run build
  npm run build -- --content /some/dir --out /other/dir
  npm run build -- --site-url https://archive.example.org --path-prefix /news/`;

export interface CliCommand {
  command: "build" | "help" | "preview";
  /** `preview`: the port to serve on. */
  port: number;
  /** --config, when given. */
  configFile?: string;
  /** --site-url and --path-prefix as given (they override the settings file). */
  siteFlags: { siteUrl?: string; pathPrefix?: string };
  contentDir: string;
  outDir: string;
  site: SiteOptions;
  verbose: boolean;
  allowEmpty: boolean;
  search: boolean;
  /** --fresh: ignore every cache. */
  fresh: boolean;
  publish: PublishOptions;
}

export class UsageError extends Error {}

export function parseCliArgs(argv: string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        content: { type: "string", default: "content" },
        config: { type: "string" },
        out: { type: "string", default: "_site" },
        "site-url": { type: "string" },
        "path-prefix": { type: "string" },
        verbose: { type: "boolean", default: false },
        fresh: { type: "boolean", default: false },
        "allow-empty": { type: "boolean", default: false },
        "no-search": { type: "boolean", default: false },
        drafts: { type: "boolean", default: false },
        future: { type: "boolean", default: false },
        now: { type: "string" },
        port: { type: "string", default: "8080" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const [command = "build", ...extra] = positionals;
  if (values.help || command === "help") return { ...defaults(), command: "help" };
  if ((command !== "build" && command !== "preview") || extra.length > 0) {
    throw new UsageError(`Unknown command ${quote([command, ...extra].join(" "))}. The commands are "build" and "preview".\n\n${USAGE}`);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`--port ${quote(values.port)} is not a port number. Write it as 8080.`);
  let site: SiteOptions;
  try {
    site = makeSiteOptions({ siteUrl: values["site-url"], pathPrefix: values["path-prefix"] });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const normal = values["site-url"] === undefined ? null : normalSiteUrl(values["site-url"]);
  if (normal !== null) throw new UsageError(`--site-url ${quote(values["site-url"])} is not written as its address is normalised. Write it as ${normal}.`);
  const publish: PublishOptions = { drafts: values.drafts!, future: values.future! };
  if (values.now !== undefined) {
    const now = Date.parse(values.now);
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/.test(values.now) || Number.isNaN(now)) {
      throw new UsageError(`--now ${quote(values.now)} is not a date-time with its offset. Write it as 2017-10-21T06:00:00-04:00 (or ...Z for UTC).`);
    }
    publish.now = new Date(now);
  }
  const siteFlags = { ...(values["site-url"] !== undefined ? { siteUrl: values["site-url"] } : {}), ...(values["path-prefix"] !== undefined ? { pathPrefix: values["path-prefix"] } : {}) };
  return { command, contentDir: values.content!, outDir: values.out!, site, verbose: values.verbose!, allowEmpty: values["allow-empty"]!, search: !values["no-search"], fresh: values.fresh!, publish, port, siteFlags, ...(values.config !== undefined ? { configFile: values.config } : {}) };
}

function defaults(): Omit<CliCommand, "command"> {
  return { contentDir: "content", outDir: "_site", site: makeSiteOptions({}), verbose: false, allowEmpty: false, search: true, fresh: false, publish: {}, port: 8080, siteFlags: {} };
}
