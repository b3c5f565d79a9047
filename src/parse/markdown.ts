// The two markdown-it set-ups a report body is read with, and the plain text of an inline run.
// The render stage adds its rules on top of the same set-ups, so both read a body alike.
import markdownIt, { type MarkdownIt, type Token } from "markdown-it";

/**
 * Plain wire text has no markup: the "zero" preset knows paragraphs and text only, so a "*" or
 * "1." in a report is printed as written. Markdown reports get CommonMark without raw HTML: an
 * archive never passes a report's HTML through.
 */
export function createMarkdown(format: "text" | "markdown"): MarkdownIt {
  // xhtmlOut off: the site is HTML, where a void element has no closing slash (<img>, <br>, <hr>).
  return format === "text" ? markdownIt("zero") : markdownIt("commonmark", { html: false, xhtmlOut: false });
}

/** The text a reader sees in an inline run; each child contributes inlineTextOf(child). */
export function inlineText(children: readonly Token[]): string {
  return children.map(inlineTextOf).join("");
}

export function inlineTextOf(token: Token): string {
  if (token.type === "text" || token.type === "code_inline") return token.content;
  if (token.type === "softbreak" || token.type === "hardbreak") return " ";
  return "";
}
