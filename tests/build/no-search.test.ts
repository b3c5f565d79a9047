// --no-search: the same pages, without the Pagefind index (a quicker preview, and the benchmark's pages-only figure).
import { existsSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { sharedBuild } from "../helpers/shared-build.ts";

test("a build without search writes every page but no pagefind/ folder", () => {
  const result = sharedBuild("seeds-no-search");
  const out = result.outDir;
  expect(result.ok).toBe(true);
  expect(existsSync(path.join(out, "2017/10/21/syria-troops-capture-central-town-recently-taken-by-is/index.html"))).toBe(true);
  expect(existsSync(path.join(out, "search/index.html"))).toBe(true);
  expect(existsSync(path.join(out, "pagefind"))).toBe(false);
});
