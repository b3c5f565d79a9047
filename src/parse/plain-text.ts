// Plain text and word counts of body paragraphs, whichever format they are written in.
import { createMarkdown, inlineText } from "./markdown.ts";

const inline = createMarkdown("markdown");

/** The text a reader sees in a paragraph: markdown syntax removed, plain wire text unchanged. */
export function plainText(paragraph: string, format: "text" | "markdown"): string {
  if (format === "text") return paragraph;
  return inlineText(inline.parseInline(paragraph, {})[0]?.children ?? []).replace(/^#{1,6}\s+/, "");
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
