// Read the lines above a wire story as an editor does: find where the story starts (its dateline,
// or the first run of story sentences), then take the headline, date, byline and agency from the
// lines above it, in whatever order they come, and set the rest aside with the rule that matched.
import type { RemovedLine } from "../types.ts";
import { knownAgency } from "./agencies.ts";
import { classifyHeaderLine, isPersonName, type HeaderLine } from "./header-lines.ts";
import type { Byline } from "./parse-byline.ts";
import { parseDateLine, type DateLineParts } from "./parse-date-line.ts";
import { parseDateline, type DatelineMatch } from "./parse-dateline.ts";
import type { Paragraph } from "./split-paragraphs.ts";

export interface Header {
  headline: Paragraph | null;
  dateLine: (Paragraph & { parts: DateLineParts }) | null;
  /** An update's date line, when the first publication's is given too. */
  updatedLine: (Paragraph & { parts: DateLineParts }) | null;
  byline: Byline | null;
  /** Agencies the lines above the story name (a masthead, "From Reuters", "PTI | ..."), in order. */
  agencies: string[];
  /** The site's own name, when its masthead or title line gives it. */
  publisher: string | null;
  /** A dateline on a line of its own, above the story. */
  dateline: DatelineMatch | null;
  removed: RemovedLine[];
  /** Index of the story's first paragraph. */
  start: number;
}

/** How far down the header may reach: mastheads, menus, captions and all. */
const WINDOW = 18;
/** A glued scraper date: "... truce date 2023-05-21", "date 2022-12-14 KYIV, Ukraine: ...". */
const GLUED_DATE = /(?:^|\s)date (\d{4}-\d{2}-\d{2})(?:\s|$)/;

/**
 * `credited`: lines of the paragraphs a photo credit followed before the boilerplate rules set
 * the credit aside (the paragraph is then the photo's caption).
 */
export function readHeader(paragraphs: readonly Paragraph[], credited: ReadonlySet<number> = new Set()): Header {
  const window = paragraphs.slice(0, WINDOW);
  // Each line is classified when first asked about: the story usually starts within a few lines.
  const known: HeaderLine[] = [];
  const kindAt = (i: number) => (known[i] ??= classifyHeaderLine(window[i]!.text));
  const start = storyStart(window, kindAt);
  const kinds = window.slice(0, start + 1).map((_, i) => kindAt(i));
  // A place alone on a line is the dateline only right above the story; higher up, it is a
  // masthead in capitals ("ARAB TIMES").
  kinds.forEach((kind, i) => {
    const belowHeadline = kinds.slice(0, i).some((k) => k.kind === "heading" || k.kind === "title");
    if (kind.kind === "dateline" && i !== start - 1 && !belowHeadline) kinds[i] = { kind: "short" };
  });
  const header: Header = { headline: null, dateLine: null, updatedLine: null, byline: null, agencies: [], publisher: null, dateline: null, removed: [], start };
  const remove = (p: Paragraph, rule: string) => header.removed.push({ line: p.line, rule, text: p.text });
  const dates: { p: Paragraph; parts: DateLineParts; updated: boolean }[] = [];
  let bylineLine = -1;
  let updatedNext = false;
  const headings: Paragraph[] = [];
  const addAgency = (name: string | null | undefined) => {
    const agency = name ? knownAgency(name) : null;
    if (agency && !header.agencies.includes(agency)) header.agencies.push(agency);
  };

  for (let i = 0; i < start; i++) {
    const p = window[i]!;
    const line = kinds[i]!;
    switch (line.kind) {
      case "date":
        dates.push({ p, parts: line.parts, updated: line.updated || updatedNext });
        updatedNext = false;
        for (const part of line.rest) {
          const more = classifyHeaderLine(part);
          if (more.kind === "byline") header.byline ??= more.byline;
          // Anadolu: "Elif Demirtaş |09.02.2023 - Update : 09.02.2023".
          else if (isPersonName(part.trim())) header.byline ??= { names: part.trim(), organization: null };
          addAgency(part.replace(/^(?:source|from)\s*:?\s*/i, ""));
        }
        remove(p, "date-line");
        break;
      case "time": {
        // "24 April 2023" then "13:05": the time of the date above.
        const last = dates.at(-1);
        if (last && last.parts.hour === undefined) last.parts = { ...last.parts, hour: line.hour, minute: line.minute };
        remove(p, "date-line");
        break;
      }
      case "byline":
        if (!header.byline) bylineLine = p.line;
        header.byline ??= line.byline;
        addAgency(line.byline.organization);
        for (const part of line.rest) {
          const date = parseDateLine(part);
          if (date) dates.push({ p, parts: date, updated: /^\s*(?:last )?updated?\b/i.test(part) });
        }
        if (!header.byline || header.byline === line.byline) header.publisher ??= notAgency(line.byline.organization);
        remove(p, "byline");
        break;
      case "agency":
        addAgency(line.agency);
        remove(p, "agency");
        break;
      case "dateline":
        header.dateline ??= line.match;
        remove(p, "dateline");
        break;
      case "title":
        headings.push({ ...p, text: line.headline });
        if (line.date) dates.push({ p, parts: line.date.parts, updated: line.date.updated });
        for (const site of line.site) addAgency(site);
        header.publisher ??= line.site.find((s) => !knownAgency(s) && !parseDateLine(s)) ?? null;
        remove(p, "title-line");
        break;
      case "heading": {
        const glued = GLUED_DATE.exec(p.text);
        const parts = glued ? parseDateLine(glued[1]!) : null;
        if (parts) dates.push({ p, parts, updated: false });
        headings.push(glued ? { ...p, text: p.text.replace(GLUED_DATE, " ").trim() } : p);
        break;
      }
      case "noise":
        // "Updated" alone on its line labels the date under it.
        if (line.rule === "date-label") updatedNext = /^(?:last )?(?:updated|modified)/i.test(p.text.trim());
        remove(p, line.rule);
        break;
      case "short":
      case "sentence":
        break;
    }
  }

  // The headline: a line given twice (a page's title, then its headline), else the first heading.
  const repeated = headings.find((h, i) => headings.some((other, k) => k !== i && other.text === h.text));
  header.headline = repeated ?? headings[0] ?? fallbackHeadline(window, kinds, start);
  for (let i = 0; i < start; i++) {
    const p = window[i]!;
    const kind = kinds[i]!.kind;
    if (kind === "short") {
      // The first short line is the site's masthead; the others are section labels ("World").
      if (header.headline?.line === p.line) continue;
      const first = !header.removed.some((r) => r.rule === "masthead") && i === firstKept(kinds);
      if (first) header.publisher ??= mastheadName(p.text);
      remove(p, first ? "masthead" : "kicker");
    } else if (kind === "heading" || kind === "sentence") {
      if (header.headline?.line === p.line) continue;
      const same = header.headline && headingText(p.text) === header.headline.text;
      remove(p, same ? "headline-repeated" : credited.has(p.line) ? "photo-caption" : "standfirst");
    }
  }
  // The first publication's date, not an update's, when both are given.
  const date = dates.find((d) => !d.updated) ?? dates[0];
  if (date) header.dateLine = { ...date.p, parts: date.parts };
  const update = dates.find((d) => d.updated && d !== date);
  if (update) header.updatedLine = { ...update.p, parts: update.parts };
  // Lines read as the headline, date and byline are used, not set aside: --verbose lists the rest.
  const used = new Set([header.headline?.line, header.dateLine?.line, header.updatedLine?.line, bylineLine]);
  header.removed = header.removed.filter((r) => !used.has(r.line)).sort((a, b) => a.line - b.line);
  return header;
}

/** Where the story starts: a paragraph that opens with a dateline, or the first of two story sentences. */
function storyStart(window: readonly Paragraph[], kindAt: (i: number) => HeaderLine): number {
  for (let i = 0; i < window.length; i++) {
    const text = window[i]!.text.replace(GLUED_DATE, " ").trim();
    const kind = kindAt(i).kind;
    if ((kind === "sentence" || kind === "heading") && opensStory(text)) return i;
    if (kind !== "sentence" || words(text) < 10) continue;
    // A standfirst is followed by header lines (a caption, a byline, a date); the story by more story.
    let next = i + 1;
    while (next < window.length && kindAt(next).kind === "noise") next++;
    if (next === window.length || kindAt(next).kind === "sentence") return i;
  }
  const kinds = window.map((_, i) => kindAt(i));
  // No story found in the window: it starts after the last line that is surely header, and after
  // a headline-shaped first line ("Troops retake town", then short paragraphs).
  let last = -1;
  kinds.forEach((k, i) => {
    if (k.kind === "date" || k.kind === "byline" || k.kind === "title" || k.kind === "agency" || k.kind === "time") last = i;
  });
  const heading = kinds.findIndex((k) => k.kind === "heading" || k.kind === "short" || k.kind === "title");
  const firstSentence = kinds.findIndex((k) => k.kind === "sentence");
  if (heading >= 0 && (firstSentence < 0 || heading < firstSentence)) last = Math.max(last, heading);
  return Math.min(last + 1, Math.max(window.length - 1, 0));
}

/** A paragraph that opens with a dateline and goes on as a story. */
function opensStory(text: string): boolean {
  const match = parseDateline(text);
  return match !== null && words(match.rest) >= 3;
}

/**
 * With no heading, a headline of two to four words: the short line nearest the story, below the
 * masthead when there are several ("Troops advance").
 */
function fallbackHeadline(window: readonly Paragraph[], kinds: readonly HeaderLine[], start: number): Paragraph | null {
  const shorts = window.slice(0, start).filter((p, i) => kinds[i]!.kind === "short" && !knownAgency(p.text));
  const belowMasthead = shorts.filter((p) => p.line !== window[firstKept(kinds)]?.line && words(p.text) >= 2);
  // A lone short line above the story is its headline, even of one word.
  return (belowMasthead.length > 0 ? belowMasthead : shorts.length === 1 ? shorts : shorts.filter((p) => words(p.text) >= 2)).at(-1) ?? null;
}

function firstKept(kinds: readonly HeaderLine[]): number {
  return kinds.findIndex((k) => k.kind !== "noise");
}

/** "ARAB TIMES" -> "Arab Times"; "The Daily Star" as written. */
function mastheadName(text: string): string | null {
  const name = text.trim();
  if (knownAgency(name)) return null;
  return /\p{Ll}/u.test(name) ? name : name.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

function notAgency(name: string | null): string | null {
  return name && !knownAgency(name) ? name : null;
}

function headingText(text: string): string {
  return text.replace(GLUED_DATE, " ").trim();
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
