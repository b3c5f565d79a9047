// What a worker thread does for the build: parse and link a shard of the reports, or render and
// write a batch of pages. Stateless: every message carries what its task needs.
import { parentPort } from "node:worker_threads";
import { parseAndLink, type PipelineOptions } from "../load-archive.ts";
import type { Page } from "../pages/build-pages.ts";
import { renderPages } from "../render/render-pages.ts";
import type { SiteOptions } from "../site/site-options.ts";
import type { Entity, SourceFile } from "../types.ts";

export type Task =
  | { type: "link"; files: SourceFile[]; entities: Entity[]; options: PipelineOptions }
  | { type: "render"; outDir: string; site: SiteOptions; pages: Page[] };

async function run(task: Task): Promise<unknown> {
  if (task.type === "link") return parseAndLink(task.files, task.entities, task.options);
  return renderPages(task.outDir, task.site, task.pages);
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
