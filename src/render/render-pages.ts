// The render stage: stream pages through their templates and write each file as soon as it is
// rendered, so memory holds one page at a time, never the whole site.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { jsxToString } from "jsx-async-runtime";
import type { Page } from "../pages/build-pages.ts";
import type { SiteOptions } from "../site/site-options.ts";
import { PAGE_TEMPLATES } from "./page-templates.ts";

/** A template's result as text: JSX (escaped by jsx-async-runtime) or { html } already serialised. */
export async function renderTree(tree: unknown): Promise<string> {
  return jsxToString.call({}, tree as JSX.Element);
}

/** Where a page's URL is written: "/2017/10/21/x/" -> <out>/2017/10/21/x/index.html; "/feed.xml" as is. */
export function outputFile(outDir: string, url: string): string {
  return path.join(outDir, url.endsWith("/") ? `${url}index.html` : url);
}

/** Render and write every page; returns how many were written. */
export async function renderPages(outDir: string, site: SiteOptions, pages: Iterable<Page>): Promise<number> {
  const made = new Set<string>();
  let count = 0;
  for (const page of pages) {
    const html = await renderTree(PAGE_TEMPLATES[page.template]({ site, page: page.model as never }));
    const file = outputFile(outDir, page.url);
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(file, html);
    count++;
  }
  return count;
}
