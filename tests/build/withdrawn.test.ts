// A withdrawn report (front matter withdrawn:): a page at its URL says it was taken back, when and
// why; it is in no list, feed, sitemap, API file or search index, and its text is on no page.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { buildSite } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { everyText, readPage, textOf } from "../helpers/built-page.ts";
import { tempDir, writeContent } from "../helpers/temp-content.ts";

const WITHDRAWN = `---
withdrawn:
  date: 2017-10-25
  note: The report named the wrong company. It was withdrawn at the agency's request.
---
Harbour deal signed with Atlantic Marine

Oct 21, 2017 | 4:45 AM EDT

ROCKLAND, Maine (AP) — A secret harbour deal was signed with a shipping company, officials said.
`;
const LIVE = "Ferry service resumes\n\nOct 20, 2017 | 9:00 AM EDT\n\nROCKLAND, Maine (AP) — Ferry service resumed, officials said.\n";
const URL_OF_WITHDRAWN = "/2017/10/21/harbour-deal-signed-with-atlantic-marine/";
let out: string;
let heldBack: string[];

beforeAll(async () => {
  out = tempDir("withdrawn");
  const result = await buildSite({ contentDir: writeContent({ "deal.txt": WITHDRAWN, "ferry.txt": LIVE }), outDir: out, site: makeSiteOptions({}) });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  heldBack = result.pipeline.heldBack.map((h) => h.reason);
});

test("its URL keeps a page that says it was withdrawn, when and why, not indexed", () => {
  const page = readPage(out, URL_OF_WITHDRAWN);
  expect(textOf(page.querySelector("h1"))).toBe("This report has been withdrawn");
  expect(textOf(page.querySelector(".report-meta"))).toBe("“Harbour deal signed with Atlantic Marine”, first published Saturday, October 21, 2017, 4:45 AM UTC-4, was withdrawn on Wednesday, October 25, 2017.");
  expect(textOf(page.querySelector(".withdrawn p:nth-of-type(2)"))).toBe("The report named the wrong company. It was withdrawn at the agency's request.");
  expect(page.querySelector('meta[name="robots"]')!.getAttribute("content")).toBe("noindex");
  expect(heldBack).toEqual(["withdrawn on 2017-10-25"]);
});

test("it leaves every list, feed, the sitemap, the API and search; its text is on no page", () => {
  const all = everyText(out, [path.join(out, URL_OF_WITHDRAWN, "index.html")]);
  expect(all).toContain("Ferry service resumes");
  expect(all).not.toContain("Harbour deal");
  expect(all).not.toContain("harbour-deal-signed");
  expect(readFileSync(path.join(out, URL_OF_WITHDRAWN, "index.html"), "utf8")).not.toContain("secret harbour deal");
  const search = JSON.parse(readFileSync(path.join(out, "pagefind", "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
  expect(Object.values(search.languages).reduce((n, l) => n + l.page_count, 0)).toBe(1);
});

describe("content/withdrawn.yaml, for reports whose files are gone", () => {
  const LIST = `# Reports taken back after their files were removed.
- url: /2016/05/02/false-ceasefire-report/
  headline: Ceasefire declared in the north
  published: 2016-05-02
  date: 2016-05-03
  note: The agency withdrew the report; no ceasefire had been declared.
`;

  test("each listed report keeps a page at its URL saying it was withdrawn", async () => {
    const content = writeContent({ "ferry.txt": LIVE });
    writeFileSync(path.join(content, "withdrawn.yaml"), LIST);
    const built = tempDir("withdrawn");
    const result = await buildSite({ contentDir: content, outDir: built, site: makeSiteOptions({}), search: false });
    expect(result.ok).toBe(true);
    const page = readPage(built, "/2016/05/02/false-ceasefire-report/");
    expect(textOf(page.querySelector(".report-meta"))).toBe("“Ceasefire declared in the north”, first published Monday, May 2, 2016, was withdrawn on Tuesday, May 3, 2016.");
    expect(everyText(built, [path.join(built, "2016/05/02/false-ceasefire-report/index.html")])).not.toContain("Ceasefire declared");
  });

  test.each<[string, string]>([
    [LIST.replace("/2016/05/02/false-ceasefire-report/", "/2017/10/20/ferry-service-resumes/"), 'withdrawn.yaml\'s url "/2017/10/20/ferry-service-resumes/" is already the address of the report'],
    [LIST.replace("  note: The agency withdrew the report; no ceasefire had been declared.\n", ""), "withdrawn.yaml: note is missing or not text."],
    [LIST.replace("published: 2016-05-02", "published: last spring"), 'withdrawn.yaml published "last spring" is not a date Dateline can read.'],
    // Shaped like a date, but not a real one (it was once accepted).
    [LIST.replace("date: 2016-05-03", "date: 2016-02-30"), 'withdrawn.yaml date "2016-02-30" is not a real date'],
  ])("a problem in it stops the build, naming it: %#", async (list, message) => {
    const content = writeContent({ "ferry.txt": LIVE });
    writeFileSync(path.join(content, "withdrawn.yaml"), list);
    const result = await buildSite({ contentDir: content, outDir: tempDir("withdrawn"), site: makeSiteOptions({}), search: false });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.message).join("\n")).toContain(message);
    expect(result.diagnostics.every((d) => d.file.endsWith("withdrawn.yaml"))).toBe(true);
  });
});
