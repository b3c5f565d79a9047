// Render an article's body to HTML with markdown-it: entity links from the link stage, the dateline
// opening the first paragraph, images at the address they are published at, and every word of the
// report escaped.
import type { MarkdownIt, Token } from "markdown-it";
import { createMarkdown } from "../parse/markdown.ts";
import type { ArticleRecord, Dateline, Mention, ReportImage } from "../types.ts";
import { entityLinksPlugin, type EntityLinkEnv } from "./entity-links-rule.ts";

/** Where an image is published, and (on a page) its size, so the text does not jump as it loads. */
export interface ShownImage {
  src: string;
  width?: number;
  height?: number;
}

/** Each image the body shows, by src as written. */
interface ImageEnv {
  shownImages?: ReadonlyMap<string, ShownImage>;
}

/** An image is shown from where the site publishes it, and loaded only as the reader nears it. */
function reportImagesPlugin(md: MarkdownIt): void {
  const render = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, index, options, env, self) => {
    const token = tokens[index]!;
    const shown = (env as ImageEnv | undefined)?.shownImages?.get(String(token.attrGet("src")));
    if (shown !== undefined) {
      token.attrSet("src", shown.src);
      if (shown.width && shown.height) {
        token.attrSet("width", String(shown.width));
        token.attrSet("height", String(shown.height));
      }
      token.attrSet("loading", "lazy");
    }
    return render(tokens, index, options, env, self);
  };
}

const renderers = { text: createMarkdown("text").use(entityLinksPlugin), markdown: createMarkdown("markdown").use(entityLinksPlugin).use(reportImagesPlugin) };

type Renderable = Pick<ArticleRecord, "paragraphs" | "format" | "dateline" | "images">;

export interface BodyLinks {
  mentions: readonly Mention[];
  hrefOf(entityId: string): string;
  /** The entity the dateline names, to link the dateline to. */
  dateline?: string | null;
}

/** `showImage` gives where each image is published (the page's link, or the feed's absolute URL) and its size. */
export function renderBody(article: Renderable, links?: BodyLinks, showImage?: (image: ReportImage) => ShownImage): string {
  const md = renderers[article.format];
  const env: EntityLinkEnv & ImageEnv = links ? { entityLinks: links } : {};
  if (showImage && article.images) env.shownImages = new Map(article.images.map((image) => [image.src, showImage(image)]));
  const tokens = md.parse(article.paragraphs.join("\n\n"), env);
  if (article.dateline) openWithDateline(tokens, article.dateline, md, links?.dateline ? links.hrefOf(links.dateline) : null);
  return md.renderer.render(tokens, md.options, env);
}

/**
 * Wire style puts the dateline at the start of the first paragraph ("BEIRUT — Syrian forces ...").
 * It is added as tokens, not pasted into HTML: the dateline text goes through the renderer's escaping.
 */
function openWithDateline(tokens: Token[], dateline: Dateline, md: MarkdownIt, href: string | null): void {
  // The story's first paragraph: a lead photo above it is not where the dateline goes.
  const first = tokens.find((t) => t.type === "inline" && !t.children?.every((c) => c.type === "image" || (c.type === "text" && c.content.trim() === "")));
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
