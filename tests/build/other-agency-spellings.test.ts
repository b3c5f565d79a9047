// A new report in another agency's spellings, dropped into a copy of the content, links without
// any change to the gazetteer. The reports and the expected links were written independently of it.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { loadArchive } from "../../src/load-archive.ts";
import { buildSite } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { readPage, textOf } from "../helpers/built-page.ts";
import { tempDir, writeContent } from "../helpers/temp-content.ts";

const DIR = "tests/fixtures/spellings";
const expected = JSON.parse(readFileSync(`${DIR}/expected.json`, "utf8")) as Record<string, Record<string, string[]>> & {
  _not_linked: Record<string, string[]>;
};
const files = Object.keys(expected).filter((k) => !k.startsWith("_"));

describe.each(files)("%s", (file) => {
  const content = writeContent({ [file]: readFileSync(`${DIR}/reports/${file}`, "utf8") }, "content");
  const result = loadArchive(content);
  const entry = result.archive.articles.find((a) => a.id === file.replace(/\.(txt|md)$/, ""));
  const article = entry && result.archive.records.read(entry);

  test("builds with no problems", () => {
    expect(result.diagnostics).toEqual([]);
    expect(article).toBeDefined();
  });

  test("every name an editor would link is found, with the right entity, in order", () => {
    const found: Record<string, string[]> = {};
    for (const m of article!.mentions.filter((m) => m.segment >= 0)) (found[m.entity] ??= []).push(m.text);
    // The channel's mention may stop at "TV" or include "channel": either is the channel, not the town.
    const channel = found["al-mayadeen"];
    if (channel) found["al-mayadeen"] = channel.map((t) => (t.startsWith("Al Mayadeen") ? "Al Mayadeen TV channel" : t));
    expect(found).toEqual(expected[file]);
  });

  test("nothing that is not a name is linked", async () => {
    const out = tempDir("spellings");
    expect((await buildSite({ contentDir: content, outDir: out, site: makeSiteOptions({}) })).ok).toBe(true);
    const links = readPage(out, article!.url).querySelectorAll(".report-body a").map(textOf);
    for (const word of expected._not_linked[file]!) expect(links).not.toContain(word);
    expect(links.length).toBe(Object.keys(expected[file]!).length);
  });
});
