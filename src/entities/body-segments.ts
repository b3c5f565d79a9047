// The body as the runs of text a reader sees (one per paragraph or list item), which is where
// mentions are found and where the page links them: both sides use this one definition.
import { createMarkdown, inlineText } from "../parse/markdown.ts";
import type { ArticleRecord } from "../types.ts";

const markdown = createMarkdown("markdown");

/** Plain text of each inline run of the body, in document order. */
export function bodySegments(article: Pick<ArticleRecord, "paragraphs" | "format">): string[] {
  // Plain wire text: markdown-it's zero preset makes exactly one inline run per paragraph.
  if (article.format === "text") return article.paragraphs;
  return markdown
    .parse(article.paragraphs.join("\n\n"), {})
    .filter((t) => t.type === "inline")
    .map((t) => inlineText(t.children ?? []));
}
