// Updates and corrections: "Updated ..." and a corrections box on the page, and the same facts in
// JSON-LD (dateModified, correction), Atom (<updated>), the sitemap (lastmod) and the JSON API.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { buildSite } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { readPage, textOf, sitemapText } from "../helpers/built-page.ts";
import { tempDir, writeContent } from "../helpers/temp-content.ts";

const CORRECTED = `---
updated: 2017-10-22T09:30:00-04:00
corrections:
  - date: 2017-10-22
    note: An earlier version gave the wrong name of the ferry operator.
---
Ferry service resumes

Oct 21, 2017 | 4:45 AM EDT

ROCKLAND, Maine (AP) — Ferry service resumed on Saturday, officials said.

More text followed.
`;
const AP_UPDATED = `Russian shelling kills 3 in Kherson
Published 9:40 AM EST, November 8, 2023
Updated 4:12 PM EST, November 8, 2023

KYIV, Ukraine (AP) — Russian artillery fire killed three people in Kherson on Wednesday, officials said.

More text followed.
`;
const FERRY = "/2017/10/21/ferry-service-resumes/";
const KHERSON = "/2023/11/08/russian-shelling-kills-3-in-kherson/";
let out: string;

beforeAll(async () => {
  out = tempDir("updates");
  const result = await buildSite({ contentDir: writeContent({ "ferry.txt": CORRECTED, "kherson.txt": AP_UPDATED }), outDir: out, site: makeSiteOptions({ siteUrl: "https://archive.example.org" }) });
  expect(result.ok).toBe(true);
});

const read = (file: string) => readFileSync(path.join(out, file), "utf8");
const jsonLd = (url: string) => JSON.parse(readPage(out, url).querySelector('script[type="application/ld+json"]')!.text) as Record<string, unknown>;

describe("an updated and corrected report", () => {
  test("the page says when it was updated and shows the correction", () => {
    const page = readPage(out, FERRY);
    expect(textOf(page.querySelector(".report-meta .updated"))).toBe("Updated Sunday, October 22, 2017, 9:30 AM UTC-4");
    expect(page.querySelector(".report-meta .updated time")!.getAttribute("datetime")).toBe("2017-10-22T09:30:00-04:00");
    expect(textOf(page.querySelector(".corrections h2"))).toBe("Correction");
    expect(textOf(page.querySelector(".corrections li"))).toBe("Oct 22, 2017: An earlier version gave the wrong name of the ferry operator.");
  });

  test("JSON-LD carries dateModified and the correction", () => {
    expect(jsonLd(FERRY)).toMatchObject({
      datePublished: "2017-10-21T04:45:00-04:00",
      dateModified: "2017-10-22T09:30:00-04:00",
      correction: [{ "@type": "CorrectionComment", text: "An earlier version gave the wrong name of the ferry operator.", datePublished: "2017-10-22" }],
    });
  });

  test("Atom's <updated> is the update, <published> the first publication", () => {
    const entry = read("feed.xml").split("<entry>").find((e) => e.includes("ferry-service-resumes"))!;
    expect(entry).toContain("<updated>2017-10-22T13:30:00.000Z</updated>");
    expect(entry).toContain("<published>2017-10-21T08:45:00.000Z</published>");
  });

  test("the sitemap's lastmod of its page is the update", () => {
    expect(sitemapText(out)).toMatch(new RegExp(`<loc>https://archive\\.example\\.org${FERRY}</loc>\\s*<lastmod>2017-10-22T09:30:00-04:00</lastmod>`));
  });

  test("the JSON API carries updated and corrections", () => {
    const api = JSON.parse(read("api/articles/1.json")) as { articles: { url: string; updated: string | null; corrections: unknown[] }[] };
    const ferry = api.articles.find((a) => a.url.endsWith(FERRY))!;
    expect(ferry.updated).toBe("2017-10-22T09:30:00-04:00");
    expect(ferry.corrections).toEqual([{ date: "2017-10-22", note: "An earlier version gave the wrong name of the ferry operator." }]);
  });
});

test("a date line's 'Updated ...' beside the first publication's is the report's update", () => {
  expect(jsonLd(KHERSON)).toMatchObject({ datePublished: "2023-11-08T09:40:00-05:00", dateModified: "2023-11-08T16:12:00-05:00" });
  expect(readPage(out, KHERSON).querySelector(".corrections")).toBeNull();
});
