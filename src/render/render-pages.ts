// The render stage: stream pages through their templates and write each file as soon as it is
// rendered, so memory holds a few pages at a time, never the whole site. With worker threads,
// batches of pages go to them while this thread renders batches too.
import { copyFileSync, existsSync, linkSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { jsxToString } from "jsx-async-runtime";
import type { KeyedPage, Page } from "../pages/build-pages.ts";
import type { PageKeys } from "../pages/page-keys.ts";
import { outputPath } from "../routes.ts";
import type { SiteOptions } from "../site/site-options.ts";
import { shareWork } from "../workers/share-work.ts";
import type { WorkerPool } from "../workers/worker-pool.ts";
import { PAGE_TEMPLATES } from "./page-templates.ts";

/** A template's result as text: JSX (escaped by jsx-async-runtime) or { html } already serialised. */
export async function renderTree(tree: unknown): Promise<string> {
  return jsxToString.call({}, tree as JSX.Element);
}

/** Where a page's URL is written: "/2017/10/21/x/" -> <out>/2017/10/21/x/index.html; "/feed.xml" as is. */
export function outputFile(outDir: string, url: string): string {
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
 * pool's workers, except the pages the pages stage found unchanged ("reuse"): those are taken
 * from `previousDir`, the previous build, by a hard link (a copy where the file system has none).
 * The dev server writes over its one output folder, where an unchanged page is already in place.
 */
export async function renderStream(outDir: string, site: SiteOptions, pages: Iterable<KeyedPage>, options: { pool?: WorkerPool | null; previousDir?: string | null } = {}): Promise<StreamResult> {
  const keys: PageKeys = new Map();
  let reused = 0;
  const made = new Set<string>();
  function* toRender(): Generator<Page> {
    for (const page of pages) {
      keys.set(page.url, page.key);
      if (page.template !== "reuse") {
        yield page;
        continue;
      }
      reused++;
      if (options.previousDir && options.previousDir !== outDir) takeFile(outputFile(options.previousDir, page.url), outputFile(outDir, page.url), made);
    }
  }
  const rendered = options.pool ? await renderPagesInParallel(outDir, site, toRender(), options.pool) : await renderPages(outDir, site, toRender());
  return { rendered, reused, keys };
}

function takeFile(from: string, to: string, made: Set<string>): void {
  const dir = path.dirname(to);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EXDEV" && code !== "EPERM" && code !== "EMLINK") throw error;
    copyFileSync(from, to);
  }
}

/** Whether a page the previous build wrote into `dir` is still there to be taken. */
export function pageExists(dir: string, url: string): boolean {
  return existsSync(outputFile(dir, url));
}

/** Render and write every page on this thread; returns how many were written. */
export async function renderPages(outDir: string, site: SiteOptions, pages: Iterable<Page>): Promise<number> {
  const write = pageWriter(outDir, site);
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
export async function renderPagesInParallel(outDir: string, site: SiteOptions, pages: Iterable<Page>, pool: WorkerPool): Promise<number> {
  const write = pageWriter(outDir, site);
  const counts = await shareWork(pages, pool, {
    batch: 100,
    task: (batch) => ({ type: "render", outDir, site, pages: batch }),
    async here(batch) {
      for (const page of batch) await write(page);
      return batch.length;
    },
  });
  return counts.reduce((sum, n) => sum + n, 0);
}

/** Render one page through its template and write it, making each folder once. */
function pageWriter(outDir: string, site: SiteOptions): (page: Page) => Promise<void> {
  const made = new Set<string>();
  return async (page) => {
    const html = await renderTree(PAGE_TEMPLATES[page.template]({ site, page: page.model as never }));
    const file = outputFile(outDir, page.url);
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(file, html);
  };
}
