// Plain text and word counts of body paragraphs, whichever format they are written in.
import markdownIt from "markdown-it";

const inline = markdownIt("commonmark", { html: false });

/** The text a reader sees in a paragraph: markdown syntax removed, plain wire text unchanged. */
export function plainText(paragraph: string, format: "text" | "markdown"): string {
  if (format === "text") return paragraph;
  const tokens = inline.parseInline(paragraph, {})[0]?.children ?? [];
  return tokens
    .map((t) => (t.type === "text" || t.type === "code_inline" ? t.content : t.type === "softbreak" ? " " : ""))
    .join("")
    .replace(/^#{1,6}\s+/, "");
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
