// The render stage: stream pages through their templates and write each file as soon as it is
// rendered, so memory holds a few pages at a time, never the whole site. With worker threads,
// batches of pages go to them while this thread renders batches too.
import { existsSync } from "node:fs";
import path from "node:path";
import { jsxToString } from "jsx-async-runtime";
import type { KeyedPage, Page } from "../pages/build-pages.ts";
import type { PageKeys } from "../pages/page-keys.ts";
import { outputPath } from "../routes.ts";
import type { SiteOptions } from "../site/site-options.ts";
import { shareWork } from "../workers/share-work.ts";
import type { WorkerPool } from "../workers/worker-pool.ts";
import { outputFolder, OutsideOutput } from "../write/output-folder.ts";
import { gateUrl } from "../urls/url-gate.ts";
import { reuseSource, type FileReuse, type ReuseSource } from "./file-reuse.ts";
import { PAGE_TEMPLATES } from "./page-templates.ts";

/** A template's result as text: JSX (escaped by jsx-async-runtime) or { html } already serialised. */
export async function renderTree(tree: unknown): Promise<string> {
  return jsxToString.call({}, tree as JSX.Element);
}

/** Where a page's URL is written: "/2017/10/21/x/" -> <out>/2017/10/21/x/index.html; "/feed.xml" as is. For reading: writes go through OutputFolder. */
export function outputFile(outDir: string, url: string): string {
  const gated = gateUrl(url);
  if (!gated.ok) throw new OutsideOutput(url, gated.reason);
  return path.join(outDir, outputPath(url));
}

export interface StreamResult {
  rendered: number;
  reused: number;
  /** Every page's key, for the next build to compare with. */
  keys: PageKeys;
}

/**
 * The render stage's entry: every page rendered and written, on this thread or shared with the
 * pool's workers, except the pages the pages stage found unchanged ("reuse"): those are left in
 * place or taken from the published build (see FileReuse).
 */
export async function renderStream(outDir: string, site: SiteOptions, pages: Iterable<KeyedPage>, options: { pool?: WorkerPool | null; reuse?: FileReuse | null } = {}): Promise<StreamResult> {
  const keys: PageKeys = new Map();
  let reused = 0;
  const folder = outputFolder(outDir);
  const replace = Boolean(options.reuse?.inPlace);
  function* toRender(): Generator<Page> {
    for (const page of pages) {
      // Content's claims were checked by the index stage; a second page at one URL here is a bug, never a silent replacement.
      if (keys.has(page.url)) throw new Error(`internal error: two pages at ${page.url} (the second a ${page.template} page)`);
      keys.set(page.url, page.key);
      if (page.template !== "reuse") {
        yield page;
        continue;
      }
      reused++;
      // The pages stage asked pageUnchanged(); only a page taken from the published build needs work here.
      if (page.from === "kept") continue;
      folder.link(outputFile(options.reuse!.previous!.dir, page.url), page.url, replace);
    }
  }
  const rendered = options.pool ? await renderPagesInParallel(outDir, site, toRender(), options.pool, replace) : await renderPages(outDir, site, toRender(), replace);
  return { rendered, reused, keys };
}

/** Where an unchanged page is, given its key (null: render it): the pages stage's `unchanged`, for this output folder. */
export function pageUnchanged(reuse: FileReuse | null | undefined, outDir: string): (url: string, key: string) => ReuseSource {
  return (url, key) => reuseSource(reuse, url, key, outDir, (dir) => pageExists(dir, url));
}

/** Whether a page the previous build wrote into `dir` is still there to be taken. */
export function pageExists(dir: string, url: string): boolean {
  return existsSync(outputFile(dir, url));
}

/**
 * Render and write every page on this thread; returns how many were written. With `replace`, a
 * page is written beside the file it replaces and renamed over it (see takeFile).
 */
export async function renderPages(outDir: string, site: SiteOptions, pages: Iterable<Page>, replace = false): Promise<number> {
  const write = pageWriter(outDir, site, replace);
  let count = 0;
  for (const page of pages) {
    await write(page);
    count++;
  }
  return count;
}

/**
 * Render every page, sharing the work between this thread and the pool's workers (see shareWork).
 * Returns how many pages were written.
 */
export async function renderPagesInParallel(outDir: string, site: SiteOptions, pages: Iterable<Page>, pool: WorkerPool, replace = false): Promise<number> {
  const write = pageWriter(outDir, site, replace);
  const counts = await shareWork(pages, pool, {
    batch: 100,
    // The API's files come serialised from the pages stage, up to a few MB each.
    bytes: (page) => (page.template === "api" ? page.model.body.length : 0),
    task: (batch) => ({ type: "render", outDir, site, pages: batch, replace }),
    async here(batch) {
      for (const page of batch) await write(page);
      return batch.length;
    },
  });
  return counts.reduce((sum, n) => sum + n, 0);
}

/** Render one page through its template and write it through the build folder's one writer. */
function pageWriter(outDir: string, site: SiteOptions, replace: boolean): (page: Page) => Promise<void> {
  const folder = outputFolder(outDir);
  return async (page) => {
    // A content file (an image) is published as it is: a copy, never a link, so nothing done to
    // the output folder can change the editor's file.
    if (page.template === "file") folder.copy(page.model.from, page.url, replace);
    else folder.write(page.url, await renderTree(PAGE_TEMPLATES[page.template]({ site, page: page.model as never })), replace);
  };
}
