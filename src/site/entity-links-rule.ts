// A markdown-it core rule that turns the link stage's mentions into links inside the token stream,
// the way markdown-it's own linkify rule works: text tokens are split, nothing is pasted into HTML,
// and text already inside a link is left alone.
import type { MarkdownIt, StateCore, Token } from "markdown-it";
import { inlineTextOf } from "../parse/markdown.ts";
import type { Mention } from "../types.ts";

export interface EntityLinkEnv {
  [key: string | symbol]: unknown;
  entityLinks?: {
    /** The mentions to link, with segment indexes as bodySegments counts them. */
    mentions: readonly Mention[];
    hrefOf(entityId: string): string;
  };
}

export function entityLinksPlugin(md: MarkdownIt): void {
  md.core.ruler.push("entity_links", linkEntities);
}

function linkEntities(state: StateCore): void {
  const links = (state.env as EntityLinkEnv).entityLinks;
  if (!links) return;
  const bySegment = new Map<number, Mention[]>();
  for (const m of links.mentions) {
    if (!m.linked || m.segment < 0) continue;
    const list = bySegment.get(m.segment);
    if (list) list.push(m);
    else bySegment.set(m.segment, [m]);
  }
  let segment = -1;
  for (const block of state.tokens) {
    if (block.type !== "inline") continue;
    segment++;
    const mentions = bySegment.get(segment)?.sort((a, b) => a.start - b.start);
    if (mentions && block.children) block.children = splitChildren(state, block.children, mentions, links.hrefOf);
  }
}

function splitChildren(state: StateCore, children: Token[], mentions: Mention[], hrefOf: (id: string) => string): Token[] {
  const out: Token[] = [];
  let pos = 0; // offset in the run's plain text, as bodySegments measures it
  let depth = 0; // inside an existing link?
  let next = 0;
  for (const child of children) {
    const length = inlineTextOf(child).length;
    if (child.type === "link_open") depth++;
    if (child.type === "link_close") depth--;
    if (child.type !== "text" || depth > 0) {
      out.push(child);
      pos += length;
      continue;
    }
    const content = child.content;
    let cursor = 0;
    for (; next < mentions.length && mentions[next]!.start < pos + length; next++) {
      const m = mentions[next]!;
      // A mention that begins before this token or runs past it (across emphasis, say) stays text.
      if (m.start < pos || m.end > pos + length || content.slice(m.start - pos, m.end - pos) !== m.text) continue;
      if (m.start - pos > cursor) out.push(text(state, content.slice(cursor, m.start - pos)));
      const open = new state.Token("link_open", "a", 1);
      open.attrs = [["href", hrefOf(m.entity)], ["class", "entity"]];
      out.push(open, text(state, m.text), new state.Token("link_close", "a", -1));
      cursor = m.end - pos;
    }
    if (cursor === 0) out.push(child);
    else if (cursor < content.length) out.push(text(state, content.slice(cursor)));
    pos += length;
  }
  return out;
}

function text(state: StateCore, content: string): Token {
  const token = new state.Token("text", "", 0);
  token.content = content;
  return token;
}
