// Read a built page back as a parsed HTML document, the way the tests look at what readers get.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";

export function readPage(outDir: string, url: string): HTMLElement {
  const file = path.join(outDir, url.replace(/^\//, ""), url.endsWith("/") ? "index.html" : "");
  return parse(readFileSync(file, "utf8"), { comment: false });
}

/** Text with whitespace collapsed, as a reader would read it. */
export function textOf(element: HTMLElement | null | undefined): string {
  return (element?.text ?? "").replace(/\s+/g, " ").trim();
}
