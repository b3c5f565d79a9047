// A markdown report's images, through whole builds: each file is copied beside the report's page
// under a URL-safe name, shown with its alt text under the path prefix (absolute in the feed), and
// copied again when it changes; an image no published report shows is listed as skipped.
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { buildSite } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { readPage, textOf } from "../helpers/built-page.ts";
import { png } from "../helpers/png.ts";
import { fingerprint, tempDir, writeContent } from "../helpers/temp-content.ts";

const REPORT = [
  "---",
  "headline: Ferries return to the harbour",
  "date: 2019-05-14T08:30:00+03:00",
  "---",
  "![The first ferry docks at dawn](photos/First%20Ferry.PNG)",
  "",
  "BEIRUT — Ferries returned to the harbour on Tuesday after a week of storms.",
  "",
  "![Passengers board with their luggage](boarding.png)",
  "",
  "More crossings were planned for the weekend.",
  "",
].join("\n");
const DRAFT = "---\nheadline: A draft about the quay\ndate: 2019-05-15T08:30:00+03:00\ndraft: true\n---\nBEIRUT — The quay was rebuilt.\n\n![The new quay](quay.png)\n";
const PAGE = "/2019/05/14/ferries-return-to-the-harbour/";

function content(): string {
  const dir = writeContent({ "ferries.md": REPORT, "quay-draft.md": DRAFT, "boarding.png": png(200), "quay.png": png(10), "unused.png": png(90) }, "content");
  mkdirSync(path.join(dir, "reports", "photos"));
  writeFileSync(path.join(dir, "reports", "photos", "First Ferry.PNG"), png(30));
  return dir;
}

async function build(contentDir: string, out = path.join(tempDir("images"), "_site")) {
  const result = await buildSite({ contentDir, outDir: out, site: makeSiteOptions({ siteUrl: "https://archive.example.org", pathPrefix: "/news/" }) });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return { out, result };
}

describe("a markdown report's images", () => {
  test("are copied beside its page and shown there under the path prefix, with their alt text and size", async () => {
    const dir = content();
    const { out } = await build(dir);
    expect(readFileSync(path.join(out, PAGE, "first-ferry.png"))).toEqual(readFileSync(path.join(dir, "reports", "photos", "First Ferry.PNG")));
    expect(readFileSync(path.join(out, PAGE, "boarding.png"))).toEqual(png(200));
    const page = readPage(out, PAGE);
    const images = page.querySelectorAll(".report-body img").map((img) => [img.getAttribute("src"), img.getAttribute("alt"), img.getAttribute("loading"), img.getAttribute("width"), img.getAttribute("height")]);
    expect(images).toEqual([
      [`/news${PAGE}first-ferry.png`, "The first ferry docks at dawn", "lazy", "4", "3"],
      [`/news${PAGE}boarding.png`, "Passengers board with their luggage", "lazy", "4", "3"],
    ]);
    // The lead photo above the story does not take the dateline, the summary or the headline.
    expect(textOf(page.querySelector(".report-body .dateline"))).toBe("BEIRUT —");
    expect(page.querySelector('meta[name="description"]')!.getAttribute("content")).toBe("Ferries returned to the harbour on Tuesday after a week of storms.");
  });

  test("the feed shows them at their absolute URLs", async () => {
    const { out } = await build(content());
    const feed = readFileSync(path.join(out, "feed.xml"), "utf8");
    expect(feed).toContain(`src="https://archive.example.org/news${PAGE}first-ferry.png"`);
  });

  test("an image no published report shows is not published, and is listed as skipped with why", async () => {
    const { out, result } = await build(content());
    expect(result.pipeline.skipped.filter((s) => s.path.endsWith(".png")).map((s) => [path.basename(s.path), s.reason])).toEqual([
      ["quay.png", "an image only held-back reports show"],
      ["unused.png", "an image no report shows"],
    ]);
    const published = Object.keys(fingerprint(out)).filter((f) => f.endsWith(".png")).sort();
    expect(published).toEqual([`${PAGE.slice(1)}boarding.png`, `${PAGE.slice(1)}first-ferry.png`]);
  });

  test("a rebuild copies a changed image again; the published file is a copy, never the editor's file", async () => {
    const dir = content();
    const { out } = await build(dir);
    const source = path.join(dir, "reports", "boarding.png");
    expect(statSync(path.join(out, PAGE, "boarding.png")).ino).not.toBe(statSync(source).ino);
    writeFileSync(source, png(250));
    const again = await build(dir, out);
    expect(readFileSync(path.join(out, PAGE, "boarding.png"))).toEqual(png(250));
    // Only the image changed: it is the one file made again; no page was rendered.
    expect(again.result.reuse.rendered).toBe(1);
  });
});
