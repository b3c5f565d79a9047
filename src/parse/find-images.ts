// The images a markdown report shows (![alt](file.jpg)): each with its alt text, the content file it
// names (beside the report) and the name it is published under beside the report's page; and the
// problems with them, by file and line. Pure: whether each file exists is the index stage's check.
import path from "node:path";
import { problems } from "../diagnostics/catalog.ts";
import { IMAGE_EXTENSIONS } from "../image-types.ts";
import type { Diagnostic, ReportImage } from "../types.ts";
import { createMarkdown, inlineText } from "./markdown.ts";
import type { Paragraph } from "./split-paragraphs.ts";

const markdown = createMarkdown("markdown");

/** A URL with a scheme ("https:", "data:") or from the root ("/x.jpg", "//host/x.jpg"): not a file beside the report. */
const NOT_RELATIVE = /^(?:[a-z][a-z0-9+.-]*:|\/)/i;

/**
 * Every image in `paragraphs` (a markdown report's body, as the renderer reads it: joined by blank
 * lines), in order, with problems added to `diagnostics`: no alt text, not a file in the content,
 * not an image type the site publishes, two files published under one name.
 */
export function findImages(paragraphs: readonly Paragraph[], reportPath: string, diagnostics: Diagnostic[]): ReportImage[] {
  // Where each paragraph starts in the joined text, to give each image its line in the file.
  const starts: number[] = [];
  let joinedLine = 0;
  for (const p of paragraphs) {
    starts.push(joinedLine);
    joinedLine += p.text.split("\n").length + 1;
  }
  const fileLine = (line: number) => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > line) i--;
    return paragraphs[i]!.line + line - starts[i]!;
  };
  const images: ReportImage[] = [];
  // Published name -> the file and how the body wrote it.
  const byName = new Map<string, { file: string; src: string }>();
  for (const block of markdown.parse(paragraphs.map((p) => p.text).join("\n\n"), {})) {
    if (block.type !== "inline" || !block.children) continue;
    for (const token of block.children) {
      if (token.type !== "image") continue;
      const src = String(token.attrGet("src") ?? "");
      const at = { file: reportPath, line: fileLine(block.map?.[0] ?? 0) };
      const alt = inlineText(token.children ?? []).trim();
      if (alt === "") diagnostics.push(problems.imageNoAlt(at, src));
      const written = decoded(src);
      if (NOT_RELATIVE.test(src) || written === null) {
        diagnostics.push(problems.imageNotInContent(at, src));
        continue;
      }
      const file = path.join(path.dirname(reportPath), written);
      if (!IMAGE_EXTENSIONS.has(path.extname(file).toLowerCase())) {
        diagnostics.push(problems.imageType(at, src, [...IMAGE_EXTENSIONS].join(", ")));
        continue;
      }
      const name = publishedName(path.basename(file));
      const other = byName.get(name);
      if (other !== undefined && other.file !== file) diagnostics.push(problems.imageNameClash(at, src, other.src, name));
      byName.set(name, { file, src });
      images.push({ src, file, name, alt, line: at.line });
    }
  }
  return images;
}

/** The path markdown-it percent-encoded back as written ("Convoy%20photo.jpg" -> "Convoy photo.jpg"), or null if it cannot be. */
function decoded(src: string): string | null {
  try {
    return decodeURIComponent(src);
  } catch {
    return null;
  }
}

/** A file name as a URL can carry it untouched: "Convoy Photo.JPG" -> "convoy-photo.jpg". */
export function publishedName(name: string): string {
  return name.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9._-]+/g, "-").replace(/^[-.]+/, "");
}
