// Drafts and embargoes: a held-back report is in no page, feed, sitemap, API file or search
// index; an embargoed one is published once the build's clock passes it; previews show both.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import type { PublishOptions } from "../../src/indexes/held-back.ts";
import { buildSite } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { everyText } from "../helpers/built-page.ts";
import { tempDir, writeContent } from "../helpers/temp-content.ts";

const report = (headline: string, date: string, front = "") => `${front ? `---\n${front}\n---\n` : ""}${headline}\n\n${date}\n\nBEIRUT (AP) — ${headline} happened, officials said on Saturday.\n\nMore text followed.\n`;
const CONTENT = writeContent({
  "live.txt": report("Ferry service resumes", "Oct 20, 2017 | 9:00 AM EDT"),
  "draft.txt": report("Draft about the harbour", "Oct 20, 2017 | 10:00 AM EDT", "draft: true"),
  "embargoed.txt": report("Embargoed jobs figures", "Oct 20, 2017 | 11:00 AM EDT", "embargo: 2017-10-21T06:00:00-04:00"),
  "future.txt": report("Tomorrow's report", "Oct 22, 2017 | 8:00 AM EDT"),
});
const BEFORE = new Date("2017-10-21T05:00:00-04:00");
const AFTER = new Date("2017-10-21T06:30:00-04:00");

async function build(publish: PublishOptions) {
  const out = tempDir("held-back");
  const result = await buildSite({ contentDir: CONTENT, outDir: out, site: makeSiteOptions({}), publish });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  const searched = JSON.parse(readFileSync(path.join(out, "pagefind", "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
  return { out, text: everyText(out), held: result.pipeline.heldBack.map((h) => [path.basename(h.entry.sourcePath), h.reason]), indexed: Object.values(searched.languages).reduce((n, l) => n + l.page_count, 0) };
}

describe("before the embargo", () => {
  test("only the live report is anywhere: no page, list, feed, sitemap entry, API record or search record of the others", async () => {
    const { text, held, indexed } = await build({ now: BEFORE });
    expect(held).toEqual([
      ["draft.txt", "a draft"],
      ["embargoed.txt", "embargoed until 2017-10-21T06:00:00-04:00"],
      ["future.txt", "dated 2017-10-22T08:00:00-04:00, after the build's clock"],
    ]);
    expect(text).toContain("Ferry service resumes");
    for (const headline of ["Draft about the harbour", "Embargoed jobs figures", "Tomorrow"]) expect(text).not.toContain(headline);
    for (const slug of ["draft-about-the-harbour", "embargoed-jobs-figures", "tomorrow-s-report"]) expect(text).not.toContain(slug);
    expect(indexed).toBe(1);
  });
});

describe("once the clock passes the embargo", () => {
  test("the embargoed report is published; the draft and the future report still are not", async () => {
    const { text, held, indexed } = await build({ now: AFTER });
    expect(held.map(([file]) => file)).toEqual(["draft.txt", "future.txt"]);
    expect(text).toContain("Embargoed jobs figures");
    expect(indexed).toBe(2);
  });
});

describe("a preview build", () => {
  test("--drafts --future publish everything", async () => {
    const { text, held, indexed } = await build({ now: BEFORE, drafts: true, future: true });
    expect(held).toEqual([]);
    for (const headline of ["Draft about the harbour", "Embargoed jobs figures", "Tomorrow"]) expect(text).toContain(headline);
    expect(indexed).toBe(4);
  });
});
