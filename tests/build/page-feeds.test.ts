// The bulk pages are Eleventy templates either way: streamed by the render stage (the default) or
// paginated by Eleventy, they give byte-identical sites.
import path from "node:path";
import { expect, test } from "vitest";
import { buildSite } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { sharedBuild } from "../helpers/shared-build.ts";
import { fingerprint, tempDir, writeContent } from "../helpers/temp-content.ts";

test("streamed and Eleventy-paginated bulk pages build the same site", async () => {
  const site = makeSiteOptions({});
  // Streamed is the default: the shared build of content/ with the default options and no search.
  const a = sharedBuild("seeds-no-search");
  const streamed = a.outDir;
  const paginated = path.join(tempDir("feed-eleventy"), "_site");
  const b = await buildSite({ contentDir: "content", outDir: paginated, site, search: false, feed: "eleventy" });
  expect(a.ok && b.ok).toBe(true);
  if (!a.ok || !b.ok) return;
  expect(a.pageCount).toBe(b.pageCount);
  const files = fingerprint(streamed);
  expect(Object.keys(files)).toContain("2017/10/21/syria-troops-capture-central-town-recently-taken-by-is/index.html");
  expect(fingerprint(paginated)).toEqual(files);
});

test("worker threads (parsing, linking and rendering reports beside the main thread) build the same site", async () => {
  const site = makeSiteOptions({});
  // Enough reports that each thread gets several batches of report pages.
  const reports = Object.fromEntries(
    Array.from({ length: 260 }, (_, i) => [`r${i}.md`, `---\nheadline: Report ${i} from Palmyra\ndate: 2017-0${1 + (i % 9)}-1${i % 10}\n---\nFighting near Palmyra and Raqqa, day ${i}.\n`]),
  );
  const content = writeContent(reports, "content");
  const alone = path.join(tempDir("threads-none"), "_site");
  const threaded = path.join(tempDir("threads-one"), "_site");
  const a = await buildSite({ contentDir: content, outDir: alone, site, search: false, workers: 0 });
  const b = await buildSite({ contentDir: content, outDir: threaded, site, search: false, workers: 1, parallelFrom: 0 });
  expect(a.ok && b.ok).toBe(true);
  if (!a.ok || !b.ok) return;
  expect(b.pageCount).toBe(a.pageCount);
  expect(b.diagnostics).toEqual(a.diagnostics);
  expect(fingerprint(threaded)).toEqual(fingerprint(alone));
});
