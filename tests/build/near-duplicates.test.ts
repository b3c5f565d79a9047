// The same wire story published twice in the archive: each copy's page names the other ("Also
// published as"), the original marked, and neither lists the other as a related report.
import { cpSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { buildSite } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { readPage, textOf } from "../helpers/built-page.ts";
import { tempDir, writeContent } from "../helpers/temp-content.ts";

const FIXTURES = "tests/fixtures/wire-copy";
const fixture = (name: string) => readFileSync(path.join(FIXTURES, "reports", name), "utf8");
const AP = "/2023/11/08/russian-shelling-kills-3-in-kherson-as-ukraine-reports-drone-attacks-on-the/";
const LAKESHORE = "/2023/11/08/russian-shelling-kills-3-in-kherson-as-ukraine-reports-drone-attacks-in-south/";

async function build(reports: Record<string, string>): Promise<string> {
  const content = writeContent(reports);
  cpSync(path.join(FIXTURES, "entities"), path.join(content, "entities"), { recursive: true });
  const out = tempDir("duplicates");
  const result = await buildSite({ contentDir: content, outDir: out, site: makeSiteOptions({}) });
  expect(result.ok).toBe(true);
  return out;
}

const copiesOn = (out: string, url: string) => readPage(out, url).querySelectorAll(".also-published li").map((li) => [li.querySelector("a")!.getAttribute("href"), textOf(li.querySelector(".report-meta"))]);
const relatedOn = (out: string, url: string) => readPage(out, url).querySelectorAll(".related:not(.also-published) li a").map((a) => a.getAttribute("href"));

describe("copies of one story", () => {
  let out: string;
  beforeAll(async () => {
    out = await build({
      "ap-kherson.txt": fixture("ap-ukraine-kherson-shelling.txt"),
      "lakeshore-kherson.txt": fixture("lakeshore-today-ap-kherson-shelling.txt"),
      "kyiv-wire-kherson.txt": fixture("kyiv-wire-ukraine-kherson-child-evacuations.txt"),
    });
  });

  test("each copy's page names the other, with its date and source; the first published is the original", () => {
    // Lakeshore Today's "10:02 am." names no zone, so it is read as UTC: before AP's 9:40 AM EST.
    expect(copiesOn(out, AP)).toEqual([[LAKESHORE, "Nov 8, 2023 · The Associated Press · the original"]]);
    expect(copiesOn(out, LAKESHORE)).toEqual([[AP, "Nov 8, 2023 · The Associated Press"]]);
  });

  test("a copy is never the other's related report; other reports still are", () => {
    expect(relatedOn(out, AP)).not.toContain(LAKESHORE);
    expect(relatedOn(out, LAKESHORE)).not.toContain(AP);
    expect(relatedOn(out, AP).length).toBeGreaterThan(0);
  });

  test("a report with no copy has no such section", () => {
    expect(readPage(out, "/2024/09/04/authorities-order-evacuation-of-children-from-10-more-front-line-villages-in/").querySelector(".also-published")).toBeNull();
  });
});

test("front matter canonical: true makes a later copy the original", async () => {
  const out = await build({
    "ap-kherson.txt": `---\ncanonical: true\n---\n${fixture("ap-ukraine-kherson-shelling.txt")}`,
    "lakeshore-kherson.txt": fixture("lakeshore-today-ap-kherson-shelling.txt"),
  });
  expect(copiesOn(out, LAKESHORE)).toEqual([[AP, "Nov 8, 2023 · The Associated Press · the original"]]);
  expect(copiesOn(out, AP)).toEqual([[LAKESHORE, "Nov 8, 2023 · The Associated Press"]]);
});
