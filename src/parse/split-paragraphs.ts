// Split a report body into paragraphs with their source lines, for plain wire text and markdown alike.

export interface Paragraph {
  text: string;
  /** 1-based file line where the paragraph starts. */
  line: number;
}

/**
 * Lines no longer than this inside a block are taken as hard-wrapped and joined into one paragraph.
 * Wire copy arrives either hard-wrapped (60-80 columns) or one paragraph per line with no blank lines
 * between (report 003); the two are told apart by line length, per block.
 */
export const WRAP_WIDTH = 100;

import { matchBoilerplate } from "./boilerplate-rules.ts";
import { classifyHeaderLine } from "./header-lines.ts";
import { parseDateline } from "./parse-dateline.ts";

const BROKEN_COMPOUND = /\p{L}-$/u;

export function splitParagraphs(body: string, startLine: number, format: "text" | "markdown"): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let block: Paragraph[] = [];
  const flush = () => {
    // A loop, not push(...): a block can hold more lines than a call may take arguments.
    if (block.length > 0) for (const paragraph of joinBlock(block, format)) paragraphs.push(paragraph);
    block = [];
  };
  body.split("\n").forEach((raw, index) => {
    const text = format === "text" ? raw.trim() : raw.trimEnd();
    if (text === "") flush();
    else block.push({ text, line: startLine + index });
  });
  flush();
  return paragraphs;
}

function joinBlock(lines: Paragraph[], format: "text" | "markdown"): Paragraph[] {
  const first = lines[0]!;
  // Markdown keeps its own line structure (lists, quotes); markdown-it decides what a paragraph is.
  if (format === "markdown") return [{ text: lines.map((l) => l.text).join("\n"), line: first.line }];
  if (!isHardWrapped(lines)) return lines;
  // A loop, not Math.max(...): spreading 150,000 lines overflows the stack.
  const width = lines.slice(0, -1).reduce((most, l) => Math.max(most, l.text.length), 0);
  // Wire copy breaks lines at spaces, so a line ending in a hyphen was broken inside a compound
  // ("Iranian-" / "backed"): join it without a space. Only the previous line's end is looked at,
  // and the parts are joined once: testing the growing paragraph made this quadratic.
  const paragraphs: Paragraph[] = [];
  let parts: string[] = [first.text];
  let start = first;
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1]!.text;
    const line = lines[i]!;
    // A short line ends its paragraph, a date line, byline or boilerplate line stands alone, and
    // a dateline starts a paragraph.
    if (previous.length < width * SHORT_LINE || opensStory(line.text) || standsAlone(line.text) || standsAlone(previous)) {
      paragraphs.push({ text: parts.join(""), line: start.line });
      parts = [line.text];
      start = line;
      continue;
    }
    if (!BROKEN_COMPOUND.test(previous)) parts.push(" ");
    parts.push(line.text);
  }
  paragraphs.push({ text: parts.join(""), line: start.line });
  return paragraphs;
}

/** A line shorter than this share of the block's width ends a paragraph of hard-wrapped text. */
const SHORT_LINE = 0.5;

/**
 * Hard-wrapped text: every line but the last within WRAP_WIDTH, and most of them near the
 * block's width. A run of short lines of unlike lengths (a masthead, a section, a headline and a
 * byline pasted without blank lines; a list of tags) is one paragraph a line.
 */
function isHardWrapped(lines: readonly Paragraph[]): boolean {
  const body = lines.slice(0, -1).map((l) => l.text.length);
  if (body.length === 0 || body.some((n) => n > WRAP_WIDTH)) return false;
  const width = body.reduce((most, n) => Math.max(most, n), 0);
  if (width < MIN_WRAP) return false;
  return body.filter((n) => n >= width * 0.7).length * 2 >= body.length;
}

/** Narrower than this, lines are a list (menus, tags), not text broken to fit a column. */
const MIN_WRAP = 30;

/** A story's opening line: its dateline, or a scraper's date glued before it. */
function opensStory(text: string): boolean {
  return /^date \d{4}-\d{2}-\d{2}\s/.test(text) || parseDateline(text) !== null;
}

/** A date line, byline, agency line, site name or menu is a line of its own, never part of a paragraph. */
function standsAlone(text: string): boolean {
  if (matchBoilerplate(text) !== null) return true;
  const kind = classifyHeaderLine(text).kind;
  return kind !== "heading" && kind !== "sentence" && kind !== "short" && kind !== "dateline";
}
