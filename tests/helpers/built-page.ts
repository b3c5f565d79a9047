// Read a built page back as a parsed HTML document, the way the tests look at what readers get.
import { readdirSync, readFileSync } from "node:fs";
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

/** Every text file a build wrote (pages, feeds, sitemap, API; not the search bundles), read whole, except `skip`. */
export function everyText(outDir: string, skip: readonly string[] = []): string {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "pagefind") walk(full);
      } else if (/\.(html|xml|json|txt)$/.test(entry.name) && !skip.includes(full)) texts.push(readFileSync(full, "utf8"));
    }
  };
  walk(outDir);
  return texts.join("\n");
}

/** The child sitemaps the index (/sitemap.xml) lists, as the files' names: ["sitemap-site.xml", "sitemap-2017.xml", ...]. */
export function sitemapFiles(outDir: string): string[] {
  const index = readFileSync(path.join(outDir, "sitemap.xml"), "utf8");
  return [...index.matchAll(/<loc>[^<]*\/(sitemap-[^<\/]+\.xml)<\/loc>/g)].map((m) => m[1]!);
}

/** The text of every child sitemap but the news one, joined: what a crawler finds through the index. */
export function sitemapText(outDir: string): string {
  return sitemapFiles(outDir).filter((name) => name !== "sitemap-news.xml").map((name) => readFileSync(path.join(outDir, name), "utf8")).join("\n");
}
