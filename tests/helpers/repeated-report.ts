// A real report made as long as a test needs: the seed report's story paragraphs repeated between
// its top (headline, date line, dateline) and its sign-off. No front matter, so only the wire text
// parser is measured.
import { readFileSync } from "node:fs";
import type { SourceFile } from "../../src/types.ts";

const SEED = readFileSync("content/reports/000_0b9dd1b0225d99c4.txt", "utf8");
const PARAGRAPHS = SEED.slice(SEED.indexOf("\n---\n") + 5).trim().split("\n\n");
/** Promo line, headline, date line and the paragraph that opens with the dateline. */
const TOP = PARAGRAPHS.slice(0, 4);
const STORY = PARAGRAPHS.slice(4, -1);
const SIGN_OFF = PARAGRAPHS.at(-1)!;

/** Paragraphs in one copy of the story. */
export const STORY_PARAGRAPHS = STORY.length;

/** How many copies of the story make the report at least `length` characters long. */
export function copiesFor(length: number): number {
  return Math.ceil(length / STORY.join("\n\n").length);
}

/** The seed report with its story (the paragraphs between the dateline's and the sign-off) written `copies` times. */
export function repeatedReport(copies: number, format: SourceFile["format"]): SourceFile {
  const paragraphs = [...TOP, ...Array.from({ length: copies }, () => STORY).flat(), SIGN_OFF];
  return { id: "repeated", path: `content/reports/repeated.${format === "text" ? "txt" : "md"}`, format, text: paragraphs.join("\n\n") };
}
