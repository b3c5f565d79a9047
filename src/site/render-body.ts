// Render an article's body to HTML with markdown-it: entity links from the link stage, the dateline
// opening the first paragraph, and every word of the report escaped.
import type { MarkdownIt, Token } from "markdown-it";
import { createMarkdown } from "../parse/markdown.ts";
import type { ArticleRecord, Dateline, Mention } from "../types.ts";
import { entityLinksPlugin, type EntityLinkEnv } from "./entity-links-rule.ts";

const renderers = { text: createMarkdown("text").use(entityLinksPlugin), markdown: createMarkdown("markdown").use(entityLinksPlugin) };

type Renderable = Pick<ArticleRecord, "paragraphs" | "format" | "dateline">;

export interface BodyLinks {
  mentions: readonly Mention[];
  hrefOf(entityId: string): string;
  /** The entity the dateline names, to link the dateline to. */
  dateline?: string | null;
}

export function renderBody(article: Renderable, links?: BodyLinks): string {
  const md = renderers[article.format];
  const env: EntityLinkEnv = links ? { entityLinks: links } : {};
  const tokens = md.parse(article.paragraphs.join("\n\n"), env);
  if (article.dateline) openWithDateline(tokens, article.dateline, md, links?.dateline ? links.hrefOf(links.dateline) : null);
  return md.renderer.render(tokens, md.options, env);
}

/**
 * Wire style puts the dateline at the start of the first paragraph ("BEIRUT — Syrian forces ...").
 * It is added as tokens, not pasted into HTML: the dateline text goes through the renderer's escaping.
 */
function openWithDateline(tokens: Token[], dateline: Dateline, md: MarkdownIt, href: string | null): void {
  const first = tokens.find((t) => t.type === "inline");
  if (!first?.children) return;
  const Token = new md.core.State("", md, {}).Token;
  const span = new Token("html_inline", "", 0);
  span.content = '<span class="dateline">';
  // Only the place is a link ("BEIRUT"), not what follows it ("(AP)").
  const linked = href !== null && dateline.text.startsWith(dateline.place);
  const text = new Token("text", "", 0);
  text.content = linked ? dateline.place : dateline.text;
  const dash = new Token("text", "", 0);
  dash.content = `${linked ? dateline.text.slice(dateline.place.length) : ""} —`;
  const close = new Token("html_inline", "", 0);
  close.content = "</span> ";
  const place = linked ? [linkOpen(Token, href), text, new Token("link_close", "a", -1)] : [text];
  first.children.unshift(span, ...place, dash, close);
}

function linkOpen(T: typeof Token, href: string): Token {
  const open = new T("link_open", "a", 1);
  open.attrs = [["href", href], ["class", "entity"]];
  return open;
}
