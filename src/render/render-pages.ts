// The render stage: stream pages through their templates and write each file as soon as it is
// rendered, so memory holds a few pages at a time, never the whole site. With worker threads,
// batches of pages go to them while this thread renders batches too.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { jsxToString } from "jsx-async-runtime";
import type { Page } from "../pages/build-pages.ts";
import { outputPath } from "../routes.ts";
import type { SiteOptions } from "../site/site-options.ts";
import type { WorkerPool } from "../workers/worker-pool.ts";
import { PAGE_TEMPLATES } from "./page-templates.ts";

/** A template's result as text: JSX (escaped by jsx-async-runtime) or { html } already serialised. */
export async function renderTree(tree: unknown): Promise<string> {
  return jsxToString.call({}, tree as JSX.Element);
}

/** Where a page's URL is written: "/2017/10/21/x/" -> <out>/2017/10/21/x/index.html; "/feed.xml" as is. */
function outputFile(outDir: string, url: string): string {
  return path.join(outDir, outputPath(url));
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

/** Pages per message to a worker: enough to make a message worth its copying. */
const BATCH = 100;
/** Batches waiting at each worker, so it never runs dry while this thread is busy. */
const QUEUED = 2;

/**
 * Render every page, sharing the work between this thread and the pool's workers: batches of
 * pages are handed to the workers, and whenever each has enough waiting, this thread renders a
 * batch itself. Returns how many pages were written.
 */
export async function renderPagesInParallel(outDir: string, site: SiteOptions, pages: Iterable<Page>, pool: WorkerPool): Promise<number> {
  const write = pageWriter(outDir, site);
  const source = pages[Symbol.iterator]();
  let exhausted = false;
  const take = () => {
    const batch: Page[] = [];
    while (!exhausted && batch.length < BATCH) {
      const next = source.next();
      if (next.done) exhausted = true;
      else batch.push(next.value);
    }
    return batch;
  };
  const queued: { done: boolean; promise: Promise<number> }[] = [];
  let sent = 0;
  let count = 0;
  while (!exhausted) {
    // Let finished batches report (their messages arrive between tasks), then send more.
    await new Promise((resolve) => setImmediate(resolve));
    for (let i = queued.length - 1; i >= 0; i--) if (queued[i]!.done) count += await queued.splice(i, 1)[0]!.promise;
    while (!exhausted && queued.length < pool.size * QUEUED) {
      const batch = take();
      if (batch.length === 0) break;
      const entry = { done: false, promise: pool.run<number>(sent++, { type: "render", outDir, site, pages: batch }) };
      entry.promise.then(() => (entry.done = true), () => (entry.done = true));
      queued.push(entry);
    }
    for (const page of take()) {
      await write(page);
      count++;
    }
  }
  for (const entry of queued) count += await entry.promise;
  return count;
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
