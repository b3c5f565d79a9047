// --no-search: the same pages, without the Pagefind index (a quicker preview, and the benchmark's pages-only figure).
import { existsSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { buildSite } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { tempDir } from "../helpers/temp-content.ts";

test("a build without search writes every page but no pagefind/ folder", async () => {
  const out = path.join(tempDir("no-search"), "_site");
  const result = await buildSite({ contentDir: "content", outDir: out, site: makeSiteOptions({}), search: false });
  expect(result.ok).toBe(true);
  expect(existsSync(path.join(out, "2017/10/21/syria-troops-capture-central-town-recently-taken-by-is/index.html"))).toBe(true);
  expect(existsSync(path.join(out, "search/index.html"))).toBe(true);
  expect(existsSync(path.join(out, "pagefind"))).toBe(false);
});
