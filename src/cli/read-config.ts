// The site's settings file, dateline.config.json: title, description, language, address, path
// prefix, the zone for reports that name none, the link policy, the page size, and which page
// kinds and feeds to build. Checked with every problem named by file and line; the command line's
// flags override it.
import { readFileSync, statSync, type Stats } from "node:fs";
import path from "node:path";
import { closest, distance } from "fastest-levenshtein";
import { isMap, type Node } from "yaml";
import { z } from "zod";
import { problems as catalog } from "../diagnostics/catalog.ts";
import { mappingEntries, plainObject, readYaml } from "../parse/read-yaml.ts";
import { findNotOneLine } from "../parse/find-control-characters.ts";
import { resolveZoneName } from "../parse/resolve-zone.ts";
import { specialKind, systemError } from "../read/list-files.ts";
import { FEED_KINDS, makeSiteOptions, PAGE_KINDS } from "../site/site-options.ts";
import type { Diagnostic } from "../types.ts";

export const CONFIG_FILE = "dateline.config.json";

const MIN_PAGE_SIZE = 5;
const MAX_PAGE_SIZE = 1000;

const schema = z
  .object({
    title: z.string().trim().min(1),
    description: z.string().trim().min(1),
    siteUrl: z.string().trim().min(1),
    pathPrefix: z.string().trim().min(1),
    /** The zone of reports whose front matter and date line name none (default UTC). */
    defaultZone: z.string().trim().refine((zone) => resolveZoneName(zone) !== null),
    /** Which mentions are links: the first of each entity (default) or all. */
    linkPolicy: z.enum(["first", "all"]),
    /** The reports' language, a BCP 47 tag. */
    language: z.string().trim().refine(isLanguageTag),
    /** Reports per page of a paged list. */
    pageSize: z.number().int().min(MIN_PAGE_SIZE).max(MAX_PAGE_SIZE),
    /** The optional page kinds to build (default all of them). */
    pages: z.array(z.enum(PAGE_KINDS)),
    /** The feeds to build (default both). */
    feeds: z.array(z.enum(FEED_KINDS)),
    /**
     * Follow symbolic links in the content folder that lead out of it (default false: such a link
     * is skipped, so content/reports/photos -> /home/user publishes nothing from there).
     */
    followSymlinksOutOfContent: z.boolean(),
  })
  .partial()
  .strict();

const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/**
 * A language tag ("en", "pt-BR", "sr-Latn") of a language Intl knows: the shape alone would let
 * "english" through (a well-formed 7-letter subtag); "en_US" is not even that.
 */
function isLanguageTag(tag: string): boolean {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical !== undefined && languageNames.of(canonical) !== undefined;
  } catch {
    return false;
  }
}

export type SiteConfig = z.infer<typeof schema>;
const FIELDS = Object.keys(schema.shape);
const EXPECTED: Record<string, string> = {
  title: "the site's name",
  description: "one line about the site",
  siteUrl: "an absolute URL such as https://archive.example.org",
  pathPrefix: "a folder such as /news/",
  defaultZone: "a zone such as Asia/Damascus or UTC+3",
  linkPolicy: '"first" or "all"',
  language: "a language tag such as en, de or pt-BR",
  pageSize: `a whole number from ${MIN_PAGE_SIZE} to ${MAX_PAGE_SIZE}`,
  pages: `a list of some of ${PAGE_KINDS.map((k) => JSON.stringify(k)).join(", ")}`,
  feeds: `a list of some of ${FEED_KINDS.map((k) => JSON.stringify(k)).join(", ")}`,
  followSymlinksOutOfContent: "true or false",
};

/**
 * The settings in `file` (or in dateline.config.json in `cwd`, if there is one: it is optional),
 * or every problem with it.
 */
export function readConfig(file: string | undefined, cwd = process.cwd()): { config: SiteConfig; diagnostics: Diagnostic[] } {
  const shown = file ?? CONFIG_FILE;
  const full = path.resolve(cwd, shown);
  // Stat'ed before it is opened: a folder would throw EISDIR, and opening a named pipe waits for a writer.
  let stats: Stats | undefined;
  try {
    stats = statSync(full, { throwIfNoEntry: false });
  } catch (error) {
    const found = systemError(error);
    if (found.code !== "ENOTDIR") return { config: {}, diagnostics: [catalog.configUnreadable(shown, found)] };
  }
  if (!stats) return file === undefined ? { config: {}, diagnostics: [] } : { config: {}, diagnostics: [catalog.configMissing({ file: shown, line: 1 }, shown, CONFIG_FILE)] };
  if (!stats.isFile()) return { config: {}, diagnostics: [catalog.configNotFile(shown, specialKind(stats))] };
  let text: string;
  try {
    text = readFileSync(full, "utf8");
  } catch (error) {
    return { config: {}, diagnostics: [catalog.configUnreadable(shown, systemError(error))] };
  }
  const { doc, lineCounter, problems } = readYaml(text);
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  if (problems.length > 0) return { config: {}, diagnostics: problems.map((p) => catalog.configNotJson({ file: shown, line: lineCounter.linePos(p.offset).line }, p.reason)) };
  if (!isMap(doc.contents)) return { config: {}, diagnostics: [catalog.configNotObject({ file: shown, line: 1 })] };
  const entries = mappingEntries(doc.contents);
  const lines = new Map(entries.map((e) => [e.key, lineOf(e.keyNode)]));
  const at = (field: string) => ({ file: shown, line: lines.get(field) ?? 1 });
  const diagnostics: Diagnostic[] = [];
  const settings = plainObject(entries);
  // Every setting is one line of plain text: a NUL in the title would be in every page and make
  // the feed invalid XML, a line break in siteUrl would add lines to robots.txt. A setting with one
  // is reported once, for that, and not checked further.
  for (const { key, value } of entries) {
    if (!FIELDS.includes(key)) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      const found = typeof item === "string" ? findNotOneLine(item) : null;
      if (!found) continue;
      diagnostics.push(catalog.configControlCharacter(at(key), key, item as string, found));
      delete settings[key];
      break;
    }
  }
  const parsed = schema.safeParse(settings);
  if (parsed.success) {
    // The address and folder are checked as the command line's are, with the same advice.
    for (const field of ["siteUrl", "pathPrefix"] as const) {
      const value = parsed.data[field];
      if (value === undefined) continue;
      try {
        makeSiteOptions({ [field]: value });
      } catch (error) {
        diagnostics.push(catalog.configValue(at(field), field, value, EXPECTED[field]!));
        void error;
        continue;
      }
      const normal = field === "siteUrl" ? normalSiteUrl(value) : null;
      if (normal !== null) diagnostics.push(catalog.configSiteUrlNotNormal(at(field), value, normal));
    }
    // An entity's feed links to the entity's page: it needs the page.
    if (parsed.data.feeds?.includes("entities") && parsed.data.pages && !parsed.data.pages.includes("entities")) {
      diagnostics.push(catalog.configFeedWithoutPages(at("feeds")));
    }
  } else {
    for (const issue of parsed.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) {
          const near = closest(key, FIELDS);
          diagnostics.push(catalog.configUnknownSetting(at(key), key, FIELDS, distance(key, near) <= 2 ? near : null));
        }
        continue;
      }
      const field = String(issue.path[0]);
      const value = entries.find((e) => e.key === field)?.value;
      diagnostics.push(catalog.configValue(at(field), field, value, EXPECTED[field]!));
    }
  }
  // In the file's order (a stable sort: one line's problems stay in the order they were found).
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { config: diagnostics.length > 0 || !parsed.success ? {} : parsed.data, diagnostics };
}

/**
 * The form an absolute http(s) site address must be written in, when `value` is not already in it;
 * null when it is. The site's pages, feed ids, sitemap and robots.txt start with siteUrl as written,
 * so "HTTPS://Example.org:443" would give links that differ from what a browser shows. Trailing
 * slashes are the one freedom: the site drops them ("https://example.org/" is the same as
 * "https://example.org", as makeSiteOptions has it). A query, fragment or user name has no place in
 * it (every path would be appended after them), so the normal form leaves them out.
 */
export function normalSiteUrl(value: string): string | null {
  const written = makeSiteOptions({ siteUrl: value }).siteUrl;
  const url = new URL(written);
  const normal = makeSiteOptions({ siteUrl: url.origin + url.pathname }).siteUrl;
  return normal === written ? null : normal;
}
