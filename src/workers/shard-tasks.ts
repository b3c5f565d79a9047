// What a worker thread does for the build: parse and link a batch of reports, or render and write
// a batch of pages. Every message carries what its task needs; a thread keeps only its matcher and
// the open record store between messages.
import { parentPort } from "node:worker_threads";
import { parseAndLink, type LinkContext } from "../load-archive.ts";
import type { Page } from "../pages/build-pages.ts";
import { renderPages } from "../render/render-pages.ts";
import type { SiteOptions } from "../site/site-options.ts";
import { diskStore, type RecordStore } from "../store/record-store.ts";
import type { SourceFile } from "../types.ts";

export type Task =
  | { type: "link"; files: SourceFile[]; context: LinkContext; storeDir: string }
  | { type: "render"; outDir: string; site: SiteOptions; pages: Page[]; replace: boolean };

/** The record store a build's batches share, opened once per thread. */
let store: RecordStore | null = null;

async function run(task: Task): Promise<unknown> {
  if (task.type === "link") {
    if (store?.dir !== task.storeDir) store = diskStore(task.storeDir);
    return parseAndLink(task.files, task.context, store);
  }
  return renderPages(task.outDir, task.site, task.pages, task.replace);
}

parentPort!.on("message", async ({ id, task }: { id: number; task: Task }) => {
  try {
    parentPort!.postMessage({ id, result: await run(task) });
  } catch (error) {
    // An I/O failure (a full disk) keeps its code, so the CLI can report it in one line.
    const { message, code, stack } = error as NodeJS.ErrnoException;
    parentPort!.postMessage({ id, error: { message, code, stack } });
  }
});
