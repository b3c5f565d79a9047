// Render an article's body to HTML with markdown-it: entity links from the link stage, the dateline
// opening the first paragraph, and every word of the report escaped.
import type { MarkdownIt, Token } from "markdown-it";
import { createMarkdown } from "../parse/markdown.ts";
import type { ArticleRecord, Mention } from "../types.ts";
import { entityLinksPlugin, type EntityLinkEnv } from "./entity-links-rule.ts";

const renderers = { text: createMarkdown("text").use(entityLinksPlugin), markdown: createMarkdown("markdown").use(entityLinksPlugin) };

type Renderable = Pick<ArticleRecord, "paragraphs" | "format" | "dateline">;

export interface BodyLinks {
  mentions: readonly Mention[];
  hrefOf(entityId: string): string;
}

export function renderBody(article: Renderable, links?: BodyLinks): string {
  const md = renderers[article.format];
  const env: EntityLinkEnv = links ? { entityLinks: links } : {};
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
  const Token = new md.core.State("", md, {}).Token;
  const span = new Token("html_inline", "", 0);
  span.content = '<span class="dateline">';
  const text = new Token("text", "", 0);
  text.content = `${dateline} —`;
  const close = new Token("html_inline", "", 0);
  close.content = "</span> ";
  first.children.unshift(span, text, close);
}
