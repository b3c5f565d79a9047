// The body as the runs of text a reader sees (one per paragraph or list item), which is where
// mentions are found and where the page links them: both sides use this one definition.
import type { Token } from "markdown-it";
import { createMarkdown, inlineTextOf } from "../parse/markdown.ts";
import type { ArticleRecord } from "../types.ts";

export interface Segment {
  text: string;
  /**
   * The spans of `text` the page can turn into a link: one text token each, outside existing links
   * (not code, not across emphasis or a line break). null: all of it (plain wire text).
   */
  linkable: [number, number][] | null;
}

const markdown = createMarkdown("markdown");

/** Each inline run of the body, in document order. */
export function bodySegments(article: Pick<ArticleRecord, "paragraphs" | "format">): Segment[] {
  // Plain wire text: markdown-it's zero preset makes exactly one text token per paragraph.
  if (article.format === "text") return article.paragraphs.map((text) => ({ text, linkable: null }));
  return markdown
    .parse(article.paragraphs.join("\n\n"), {})
    .filter((t) => t.type === "inline")
    .map((t) => segmentOf(t.children ?? []));
}

function segmentOf(children: readonly Token[]): Segment {
  let text = "";
  let depth = 0;
  const linkable: [number, number][] = [];
  for (const child of children) {
    if (child.type === "link_open") depth++;
    if (child.type === "link_close") depth--;
    const piece = inlineTextOf(child);
    if (child.type === "text" && depth === 0 && piece.length > 0) linkable.push([text.length, text.length + piece.length]);
    text += piece;
  }
  return { text, linkable };
}

/** Can the page link [start, end) of this segment? */
export function isLinkable(segment: Segment, start: number, end: number): boolean {
  const spans = segment.linkable;
  if (spans === null) return true;
  // The spans are in text order and do not overlap, so only the last one that starts at or before
  // `start` can hold the mention: a binary search, where a scan per mention made a long markdown
  // paragraph quadratic (a megabyte took 1.5 s in the link stage).
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]![0] <= start) lo = mid;
    else hi = mid - 1;
  }
  const span = spans[lo];
  return span !== undefined && span[0] <= start && end <= span[1];
}
