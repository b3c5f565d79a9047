// Take a report body apart the way a wire editor reads it: promo lines, headline, date line,
// bylines, the dateline that opens the story, and the body paragraphs. Pure; never throws.
import type { Dateline, RemovedLine } from "../types.ts";
import { findBoilerplate } from "./boilerplate-rules.ts";
import { parseClosingByline, parseTopByline, type Byline } from "./parse-byline.ts";
import { parseDateLine, type DateLineParts } from "./parse-date-line.ts";
import { parseDateline } from "./parse-dateline.ts";
import { splitParagraphs, type Paragraph } from "./split-paragraphs.ts";

export interface WireParts {
  headline: Paragraph | null;
  dateLine: (Paragraph & { parts: DateLineParts }) | null;
  dateline: Dateline | null;
  /** Agency named in the dateline's parentheses ("AP", "Reuters"). */
  datelineAgency: string | null;
  byline: Byline | null;
  body: Paragraph[];
  removed: RemovedLine[];
}

/** How many paragraphs at the top may hold headline, date line and byline before the story starts. */
const HEADER_LIMIT = 5;

export function parseWireText(text: string, startLine: number, format: "text" | "markdown"): WireParts {
  const removed: RemovedLine[] = [];
  const all = splitParagraphs(text, startLine, format);
  const rules = findBoilerplate(all.map((p) => p.text));
  const paragraphs = all.filter((p, i) => {
    const rule = rules[i];
    if (rule) removed.push({ line: p.line, rule, text: p.text });
    return !rule;
  });

  const parts: WireParts = { headline: null, dateLine: null, dateline: null, datelineAgency: null, byline: null, body: [], removed };
  let start = 0;
  for (; start < Math.min(paragraphs.length - 1, HEADER_LIMIT); start++) {
    const p = paragraphs[start]!;
    const dateParts = parts.dateLine ? null : parseDateLine(p.text);
    const topByline = parts.byline ? null : parseTopByline(p.text);
    if (dateParts) parts.dateLine = { ...p, parts: dateParts };
    else if (topByline) parts.byline = topByline;
    else if (!parts.headline && (start === 0 || (start === 1 && parts.dateLine)) && isHeadline(p.text, format)) parts.headline = { ...p, text: stripHeading(p.text) };
    else break;
  }

  const body = paragraphs.slice(start);
  const last = body.at(-1);
  const closing = last && body.length > 1 ? parseClosingByline(last.text) : null;
  if (closing) {
    body.pop();
    parts.byline ??= closing;
    // The sign-off may say more than the byline keeps ("Editing by ..."): list it with --verbose.
    removed.push({ line: last!.line, rule: "sign-off", text: last!.text });
  }

  const first = body[0];
  const opened = first ? parseDateline(first.text) : null;
  if (first && opened) {
    parts.dateline = opened.dateline;
    parts.datelineAgency = opened.agency;
    body[0] = { ...first, text: opened.rest };
  }
  parts.body = body;
  return parts;
}

/**
 * A headline is a short single line at the top that does not read as a sentence of the story:
 * no full stop at the end and no dateline at its start. Report 003's first line is a long
 * sentence, so that report has no headline in its text.
 */
function isHeadline(text: string, format: "text" | "markdown"): boolean {
  if (format === "markdown" && /^#{1,2} \S/.test(text)) return !text.includes("\n");
  if (text.includes("\n") || text.length > 200 || text.split(/\s+/).length > 25) return false;
  if (/[.,;:]$/.test(text) || /^[\p{Ll}]/u.test(text)) return false;
  return parseDateline(text) === null;
}

function stripHeading(text: string): string {
  return text.replace(/^#{1,2} /, "").trim();
}
