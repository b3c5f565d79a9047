// Render an article's body to HTML with markdown-it; the report's text is always escaped.
import markdownIt, { type MarkdownIt, type Token } from "markdown-it";
import type { ArticleRecord } from "../types.ts";

// Plain wire text has no markup: the "zero" preset knows paragraphs and text only, so a "*" or
// "1." in a report is printed as written, and "<" or "&" are escaped.
const wireText = markdownIt("zero");
// Markdown reports get CommonMark without raw HTML: an archive never passes a report's HTML through.
const markdown = markdownIt("commonmark", { html: false });

type Renderable = Pick<ArticleRecord, "paragraphs" | "format" | "dateline">;

export function renderBody(article: Renderable): string {
  const md = article.format === "text" ? wireText : markdown;
  const env = {};
  const tokens = md.parse(article.paragraphs.join("\n\n"), env);
  if (article.dateline) openWithDateline(tokens, article.dateline.text, md);
  return md.renderer.render(tokens, md.options, env);
}

/**
 * Wire style puts the dateline at the start of the first paragraph ("BEIRUT — Syrian forces ...").
 * It is added as tokens, not pasted into HTML: the dateline text goes through the renderer's escaping.
 */
function openWithDateline(tokens: Token[], dateline: string, md: MarkdownIt): void {
  const first = tokens.find((t) => t.type === "inline");
  if (!first?.children) return;
  const open = new md.core.State("", md, {}).Token;
  const span = new open("html_inline", "", 0);
  span.content = '<span class="dateline">';
  const text = new open("text", "", 0);
  text.content = `${dateline} —`;
  const close = new open("html_inline", "", 0);
  close.content = "</span> ";
  first.children.unshift(span, text, close);
}
