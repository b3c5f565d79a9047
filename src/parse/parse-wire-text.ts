// Take a report body apart the way a wire editor reads it: promo lines, headline, date line,
// bylines, the dateline that opens the story, and the body paragraphs. Pure; never throws.
import type { Dateline, RemovedLine } from "../types.ts";
import { findBoilerplate } from "./boilerplate-rules.ts";
import type { Byline } from "./parse-byline.ts";
import { parseDateLine, type DateLineParts } from "./parse-date-line.ts";
import { parseDateline } from "./parse-dateline.ts";
import { readFooter } from "./read-footer.ts";
import { readHeader } from "./read-header.ts";
import { splitParagraphs, type Paragraph } from "./split-paragraphs.ts";

export interface WireParts {
  headline: Paragraph | null;
  dateLine: (Paragraph & { parts: DateLineParts }) | null;
  /** An update's date line ("Updated 4:12 PM EST, November 8, 2023") beside the first publication's. */
  updatedLine: (Paragraph & { parts: DateLineParts }) | null;
  dateline: Dateline | null;
  /** Agency named in the dateline's parentheses ("AP", "Reuters"). */
  datelineAgency: string | null;
  /** Agencies the header and footer name (a masthead, "From Reuters", "(AP, Reuters)"), in order. */
  agencies: string[];
  /** The republishing site's own name, when its masthead or a footer gives it. */
  publisher: string | null;
  byline: Byline | null;
  body: Paragraph[];
  removed: RemovedLine[];
}

export function parseWireText(text: string, startLine: number, format: "text" | "markdown"): WireParts {
  const removed: RemovedLine[] = [];
  const all = splitParagraphs(text, startLine, format);
  const rules = findBoilerplate(all.map((p) => p.text));
  const paragraphs = all.filter((p, i) => {
    const rule = rules[i];
    if (rule) removed.push({ line: p.line, rule, text: p.text });
    return !rule;
  });

  // A line a photo credit followed is the photo's caption, whatever it looks like.
  const credited = new Set(all.filter((_, i) => rules[i + 1]?.startsWith("photo-credit")).map((p) => p.line));
  // A markdown image on its own line is the report's, wherever it stands: the header reader reads
  // the lines around it. One above the story (a lead photo) opens the body.
  const shown = (p: Paragraph) => format === "markdown" && IMAGE_ONLY.test(p.text.trim());
  const textual = paragraphs.filter((p) => !shown(p));
  const header = readHeader(textual, credited);
  const storyLine = textual[header.start]?.line ?? Infinity;
  const leadImages = paragraphs.filter((p) => shown(p) && p.line < storyLine);
  removed.push(...header.removed);
  const headline = header.headline ? { ...header.headline, text: stripHeading(header.headline.text) } : null;
  const parts: WireParts = {
    headline: headline && isHeadline(headline.text) ? headline : null,
    dateLine: header.dateLine,
    updatedLine: header.updatedLine,
    dateline: header.dateline?.dateline ?? null,
    datelineAgency: header.dateline?.agency ?? null,
    agencies: header.agencies,
    publisher: header.publisher,
    byline: header.byline,
    body: [],
    removed,
  };
  const body = paragraphs.filter((p) => p.line >= storyLine);
  const footer = readFooter(body);
  removed.push(...footer.removed);
  parts.byline ??= footer.byline;
  parts.dateLine ??= footer.dateLine;
  parts.agencies = [...parts.agencies, ...footer.agencies.filter((a) => !parts.agencies.includes(a))];
  parts.publisher ??= footer.publisher;

  const first = body[0];
  const glued = first ? GLUED_DATE.exec(first.text) : null;
  if (first && glued) {
    // "date 2022-12-14 KYIV, Ukraine: ...": a scraper's date glued to the story.
    const date = parseDateLine(glued[1]!);
    if (date && !parts.dateLine) parts.dateLine = { ...first, text: glued[0], parts: date };
    body[0] = { ...first, text: first.text.slice(glued[0].length) };
  }
  const opening = body[0];
  const opened = opening ? parseDateline(opening.text) : null;
  if (opening && opened) {
    parts.dateline = opened.dateline;
    parts.datelineAgency = opened.agency;
    body[0] = { ...opening, text: opened.rest };
  } else if (opening) {
    // "Aug. 20 (UPI) -- ...": a date and an agency, no place.
    const dated = DATED_AGENCY.exec(opening.text);
    if (dated?.groups) {
      parts.datelineAgency = dated.groups.agency!;
      body[0] = { ...opening, text: opening.text.slice(dated[0].length) };
    }
  }
  parts.body = [...leadImages, ...body];
  removed.sort((a, b) => a.line - b.line);
  return parts;
}

/** A paragraph that is one markdown image and nothing else. */
const IMAGE_ONLY = /^!\[[^\]\n]*\]\([^()\s]*(?:\s+"[^"\n]*")?\)$/;

const GLUED_DATE = /^date (\d{4}-\d{2}-\d{2})\s+/;
const DATED_AGENCY = /^[A-Z][a-z]{2,8}\.? \d{1,2},? \((?<agency>[^()]{1,40})\) ?(?:--|—|–|-) +(?=\S)/;

/**
 * The header reader's headline, kept only if it reads as one: a single short line, no full stop
 * (or comma, colon) at its end, no dateline at its start. (A markdown "# " is taken off first.)
 */
function isHeadline(text: string): boolean {
  if (text.includes("\n") || text.length > 200 || text.split(/\s+/).length > 25) return false;
  if (/[.,;:]$/.test(text) || /^[\p{Ll}]/u.test(text)) return false;
  return parseDateline(text) === null;
}

function stripHeading(text: string): string {
  return text.replace(/^#{1,2} /, "").trim();
}
