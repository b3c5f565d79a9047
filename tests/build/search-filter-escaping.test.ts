// An entity name never reaches search as HTML (issue 9, point 6): a name with markup stops the
// build; and were that check bypassed, the page shows it as text and Pagefind gets an escaped value.
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadArchive } from "../../src/load-archive.ts";
import { buildSite, writeSite } from "../../src/pipeline.ts";
import { searchShards } from "../../src/pages/build-pages.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { readPage, textOf } from "../helpers/built-page.ts";
import { tempDir, writeContent } from "../helpers/temp-content.ts";

const HOSTILE = `<img src=x onerror=alert(1)> & "Co"`;
const REPORT = "Troops take Kafr Town\n\nOct 21, 2017 | 4:45 AM\n\nBEIRUT — Syrian troops took Kafr Town on Saturday.\n";

/** A content folder with one report that names one entity, called `name`. */
function contentNaming(name: string): string {
  const dir = writeContent({ "kafr-town.txt": REPORT });
  mkdirSync(path.join(dir, "entities"));
  const entry = `- id: kafr-town\n  kind: place\n  name: ${JSON.stringify(name)}\n  aliases: [Kafr Town]\n  description: A town.\n`;
  writeFileSync(path.join(dir, "entities", "places.yaml"), entry);
  return dir;
}

describe("entity names in search filters", () => {
  test("a name with markup stops the build at its line, and nothing is written", async () => {
    const out = tempDir("filter-markup");
    const content = contentNaming(HOSTILE);
    const result = await buildSite({ contentDir: content, outDir: out, site: makeSiteOptions({}) });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.file, d.line, d.rule])).toEqual([[path.join(content, "entities", "places.yaml"), 3, "entity-not-plain-text"]]);
    expect(readdirSync(out)).toEqual([]);
  });

  test("bypassing that check, the page shows the name as text and Pagefind gets an escaped value", async () => {
    const contentDir = contentNaming("Kafr Town");
    const pipeline = loadArchive(contentDir);
    expect(pipeline.diagnostics).toEqual([]);
    pipeline.archive.entities[0]!.name = HOSTILE;
    const out = tempDir("filter-bypass");
    await writeSite(pipeline, { contentDir, outDir: out, site: makeSiteOptions({}) });
    const page = readPage(out, pipeline.archive.articles[0]!.url);
    const chip = page.querySelector(".entity-chips a")!;
    expect(textOf(chip)).toBe(HOSTILE);
    expect(page.querySelectorAll("img")).toHaveLength(0);
    const [record] = [...[...searchShards(pipeline.archive, makeSiteOptions({}), 2000)][0]!.records];
    expect(record!.filters.place).toEqual([`&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;`]);
  });

  test("an ordinary name is the link's own text", async () => {
    const out = tempDir("filter-plain");
    const result = await buildSite({ contentDir: contentNaming("Kafr Town"), outDir: out, site: makeSiteOptions({}) });
    expect(result.ok).toBe(true);
    const chip = readPage(out, "/2017/10/21/troops-take-kafr-town/").querySelector(".entity-chips a")!;
    expect(chip.attributes).toEqual({ href: "/places/kafr-town/" });
    expect(textOf(chip)).toBe("Kafr Town");
  });
});
