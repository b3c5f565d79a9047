// A failed build leaves the previous site untouched; a good build replaces it; two builds are identical.
import { existsSync, readdirSync, readlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { buildSite } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { fingerprint, tempDir, writeContent } from "../helpers/temp-content.ts";

const site = makeSiteOptions({});
const IMPOSSIBLE = "---\nheadline: A report from the thirteenth month\ndate: 2017-13-45\n---\nBEIRUT — Text.\n";

describe("publishing the output folder", () => {
  test("a report dated 2017-13-45 stops the build and leaves the previous site byte for byte", async () => {
    const out = path.join(tempDir("publish"), "_site");
    expect((await buildSite({ contentDir: "content", outDir: out, site })).ok).toBe(true);
    const before = fingerprint(out);

    const broken = writeContent({ "bad-date.md": IMPOSSIBLE }, "content");
    const result = await buildSite({ contentDir: broken, outDir: out, site });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [path.basename(d.file), d.line, d.rule])).toEqual([["bad-date.md", 3, "date-impossible"]]);
    expect(fingerprint(out)).toEqual(before);
    // Beside the output is only its store, and the store holds only the published build (beside
    // the record cache, the published build's page keys and its deploy manifest).
    expect(readdirSync(path.dirname(out)).sort()).toEqual(["._site.dateline", "_site"]);
    expect(readdirSync(path.join(path.dirname(out), "._site.dateline")).sort()).toEqual([path.basename(readlinkSync(out)), "changes.json", "pages.json", "records"]);
  });

  test("a good build replaces the old site entirely (no stale pages)", async () => {
    const out = path.join(tempDir("replace"), "_site");
    const first = writeContent({ "one.md": "---\nheadline: First report\ndate: 2017-10-21\n---\nBody one.\n" });
    const second = writeContent({ "two.md": "---\nheadline: Second report\ndate: 2017-10-22\n---\nBody two.\n" });
    await buildSite({ contentDir: first, outDir: out, site });
    expect(existsSync(path.join(out, "2017/10/21/first-report/index.html"))).toBe(true);
    await buildSite({ contentDir: second, outDir: out, site });
    expect(existsSync(path.join(out, "2017/10/21/first-report/index.html"))).toBe(false);
    expect(existsSync(path.join(out, "2017/10/22/second-report/index.html"))).toBe(true);
  });

  test("the same content builds to byte-identical output", async () => {
    const a = tempDir("same-a");
    const b = tempDir("same-b");
    await buildSite({ contentDir: "content", outDir: a, site });
    await buildSite({ contentDir: "content", outDir: b, site });
    const [fa, fb] = [fingerprint(a), fingerprint(b)];
    expect(Object.keys(fa).length).toBeGreaterThanOrEqual(4);
    expect(fb).toEqual(fa);
  });
});
