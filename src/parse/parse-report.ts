// The parse stage for one file: front matter + wire text -> an article record, or the problems
// that stop it. Front matter wins over what the text says. Pure: never touches disk or clock.
import { problems } from "../diagnostics/catalog.ts";
import { hasErrors } from "../diagnostics/format-diagnostics.ts";
import { articleUrl, RESERVED_SLUGS } from "../routes.ts";
import { isValidSlug, MAX_SLUG_LENGTH, toSlug } from "../indexes/slug.ts";
import type { ArticleRecord, Dateline, Diagnostic, SourceFile } from "../types.ts";
import { knownAgency, normalizeAgency } from "./agencies.ts";
import { parseWireText, type WireParts } from "./parse-wire-text.ts";
import { findControlCharacters } from "./find-control-characters.ts";
import { findImages } from "./find-images.ts";
import { dayOrInstant, readDateTime } from "./read-date-time.ts";
import { nearbyDate, nearbyHeadline } from "./find-nearby.ts";
import { countWords, plainText } from "./plain-text.ts";
import { readFrontMatter } from "./read-front-matter.ts";
import { ISO_WITH_OFFSET, resolvePublished } from "./resolve-published.ts";
import { splitFrontMatter } from "./split-front-matter.ts";

export interface ParseOptions {
  /** Zone for reports whose front matter and date line name none. */
  defaultZone: string;
}

export type ParseResult = { record: ArticleRecord; diagnostics: Diagnostic[] } | { record: null; diagnostics: Diagnostic[] };

export function parseReport(file: SourceFile, options: ParseOptions): ParseResult {
  if (file.text.trim() === "") return { record: null, diagnostics: [problems.emptyFile({ file: file.path })] };
  const controlIn = (text: string, firstLine: number) => {
    const found = findControlCharacters(text);
    return found ? [problems.controlCharacter({ file: file.path, line: firstLine + found.line - 1 }, found.name, found.lineText, found.moreLines)] : [];
  };
  const split = splitFrontMatter(file);
  if (!split.ok) return { record: null, diagnostics: [...controlIn(file.text, 1), ...split.diagnostics] };
  const read = readFrontMatter(file.path, split.value);
  const fm = read.value;
  const fieldAt = (field: string) => split.value.fieldLines.get(field) ?? 1;
  // Control characters in the body, and in front matter values (where a YAML escape such as "\a"
  // can put one although the file has none); comments in the front matter are never shown.
  const diagnostics = [
    ...Object.entries(fm).flatMap(([field, value]) => controlIn(textsIn(value).join("\n"), fieldAt(field))),
    ...read.diagnostics,
    ...controlIn(split.value.body, split.value.bodyStartLine),
  ];
  const fromFrontMatter = (field: "date" | "timezone") => {
    const value = fm[field];
    return value === undefined ? undefined : { value, line: fieldAt(field) };
  };

  const wire = parseWireText(split.value.body, split.value.bodyStartLine, file.format);
  // Text the front matter overrides is not shown; keep it visible to --verbose rather than drop it silently.
  const replaced = [fm.headline !== undefined && wire.headline, fm.date !== undefined && wire.dateLine];
  for (const p of replaced) if (p) wire.removed.push({ line: p.line, rule: "replaced-by-front-matter", text: p.text });
  const at = { file: file.path, line: 1 };

  const headline = fm.headline ?? wire.headline?.text;
  if (!headline) diagnostics.push(problems.headlineMissing(at, nearbyHeadline(split.value.body, split.value.bodyStartLine)));

  const published = resolvePublished({
    file: file.path,
    date: fromFrontMatter("date"),
    timezone: fromFrontMatter("timezone"),
    dateLine: wire.dateLine ?? undefined,
    fileLine: 1,
    defaultZone: options.defaultZone,
    nearby: () => nearbyDate(file.path, split.value.body, split.value.bodyStartLine),
  });
  diagnostics.push(...published.diagnostics);

  if (wire.body.length === 0) diagnostics.push(problems.bodyEmpty({ file: file.path, line: split.value.bodyStartLine }));

  let slug = headline ? toSlug(headline) : "";
  if (fm.slug !== undefined) {
    if (fm.slug.length > MAX_SLUG_LENGTH) diagnostics.push(problems.slugTooLong({ file: file.path, line: fieldAt("slug") }, fm.slug, MAX_SLUG_LENGTH));
    else if (isValidSlug(fm.slug)) slug = fm.slug;
    else diagnostics.push(problems.slugInvalid({ file: file.path, line: fieldAt("slug") }, fm.slug));
  } else if (headline && slug === "") {
    diagnostics.push(problems.slugInvalid({ file: file.path, line: fieldAt("headline") }, headline));
  }

  // A report may not take the name of a folder a route puts beside it (a long day's list continues at /YYYY/MM/DD/page/2/).
  if (RESERVED_SLUGS.has(slug)) diagnostics.push(problems.slugReserved({ file: file.path, line: fm.slug !== undefined ? fieldAt("slug") : fieldAt("headline") }, slug));

  // Old addresses pass the URL gate when the index stage claims them (src/urls/url-claims.ts), with every other URL.
  const zone = published.value?.dateTime.zoneName ?? "UTC";
  const embargo = fm.embargo !== undefined && published.value ? readDateTime(fm.embargo, { file: file.path, line: fieldAt("embargo") }, zone, "embargo", diagnostics) : null;
  // Front matter's `updated` wins; else an "Updated ..." line beside the first publication's (not replaced by front matter's date).
  const updatedText = fm.updated ?? (fm.date === undefined ? wire.updatedLine?.text : undefined);
  const updated = updatedText !== undefined && published.value ? readDateTime(updatedText, { file: file.path, line: fm.updated !== undefined ? fieldAt("updated") : (wire.updatedLine?.line ?? 1) }, zone, "updated", diagnostics) : null;
  const withdrawnOn = fm.withdrawn ? readDateTime(fm.withdrawn.date, { file: file.path, line: fieldAt("withdrawn") }, zone, "withdrawn.date", diagnostics) : null;
  const corrections = (fm.corrections ?? []).map((c, i) => ({ date: readDateTime(c.date, { file: file.path, line: fieldAt("corrections") }, zone, `corrections[${i}].date`, diagnostics), note: c.note }));
  // Plain text has no image syntax; a markdown report's images must be files beside it, with alt text.
  const images = file.format === "markdown" ? findImages(wire.body, file.path, diagnostics) : [];
  if (hasErrors(diagnostics) || !headline || !published.value) return { record: null, diagnostics };

  const { dateTime, precision } = published.value;
  const paragraphs = wire.body.map((p) => p.text);
  const texts = paragraphs.map((p) => plainText(p, file.format));
  const record: ArticleRecord = {
    id: file.id,
    slug,
    url: articleUrl(dateTime, slug),
    headline,
    published: dateTime.toFormat(ISO_WITH_OFFSET),
    precision,
    zone: dateTime.zoneName ?? "UTC",
    ...(published.value.zoneStated && precision === "minute" ? { zoneStated: true as const } : {}),
    dateline: fm.dateline !== undefined ? datelineFromFrontMatter(fm.dateline) : wire.dateline,
    byline: fm.byline ?? wire.byline?.names ?? null,
    source: fm.source ?? reportSource(wire),
    paragraphs,
    format: file.format,
    // The first paragraph with words: a lead photo above the story has none.
    summary: texts.find((t) => t.trim() !== "") ?? "",
    wordCount: texts.reduce((sum, t) => sum + countWords(t), 0),
    sourcePath: file.path,
    bodyLine: wire.body[0]!.line,
    removed: wire.removed.sort((a, b) => a.line - b.line),
    declaredEntities: fm.entities ?? [],
    declaredEntitiesLine: fieldAt("entities"),
    ...(fm.canonical ? { canonical: true as const } : {}),
    ...(fm.draft ? { draft: true as const } : {}),
    ...(embargo ? { embargo: embargo.at } : {}),
    ...(updated ? { updated } : {}),
    ...(fm.slug !== undefined && slug === fm.slug ? { slugSet: true as const } : {}),
    ...(fm.withdrawn && withdrawnOn ? { withdrawn: { date: dayOrInstant(withdrawnOn), note: fm.withdrawn.note } } : {}),
    ...(fm.redirect_from?.length ? { redirectFrom: fm.redirect_from.map(folderPath), redirectFromLine: fieldAt("redirect_from") } : {}),
    ...(images.length > 0 ? { images } : {}),
    ...(corrections.length > 0 ? { corrections: corrections.map((c) => ({ date: dayOrInstant(c.date!), note: c.note })) } : {}),
  };
  return { record, diagnostics };
}

/**
 * Whose report it is: the agency whose copy it is (named in the dateline, byline, masthead or
 * footer) before the site that republished it; "(Agencies)" names none.
 */
function reportSource(wire: WireParts): string | null {
  const candidates = [wire.byline?.organization, wire.datelineAgency, ...wire.agencies];
  const agency = candidates.map((name) => (name ? knownAgency(name) : null)).find((name) => name !== null);
  if (agency) return agency;
  const named = [wire.byline?.organization, wire.publisher, wire.datelineAgency].find((name) => name && !/^(?:news )?agencies$/i.test(name.trim()));
  return named ? normalizeAgency(named) : null;
}

/** "/2017/10/21/old" and "/2017/10/21/old/" are one page's address: the folder form. */
function folderPath(path: string): string {
  // Not a site path at all: kept as written, for the URL gate's message to repeat.
  return !path.startsWith("/") || path.endsWith("/") || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
}

/** "DAMASCUS, Syria" -> place DAMASCUS, region Syria. */
function datelineFromFrontMatter(text: string): Dateline {
  const [place, ...region] = text.split(",").map((s) => s.trim());
  return { text, place: place ?? text, region: region.length > 0 ? region.join(", ") : null };
}

/** Every string in a front matter value, however nested (a correction's note, a withdrawal's). */
function textsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(textsIn);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(textsIn);
  return [];
}
