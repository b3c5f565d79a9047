// redirect_from: a report's old addresses redirect to its page: in _redirects for Netlify and
// Cloudflare Pages, and as a small page for hosts without rules (GitHub Pages). They are not in the sitemap.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { buildSite } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { readPage, textOf, sitemapText } from "../helpers/built-page.ts";
import { tempDir, writeContent } from "../helpers/temp-content.ts";

const MOVED = `---
slug: ferry-service-resumes
redirect_from: [/2017/10/21/ferry-service-resumes-after-storm/, /ferry]
---
Ferry service resumes on Maine island

Oct 21, 2017 | 4:45 AM EDT

ROCKLAND, Maine (AP) — Ferry service resumed on Saturday, officials said.
`;
const PAGE = "/2017/10/21/ferry-service-resumes/";
let out: string;

beforeAll(async () => {
  out = tempDir("redirects");
  const result = await buildSite({ contentDir: writeContent({ "ferry.txt": MOVED }), outDir: out, site: makeSiteOptions({ siteUrl: "https://archive.example.org", pathPrefix: "/news/" }), search: false });
  expect(result.ok).toBe(true);
});

describe("redirect_from", () => {
  test("_redirects sends each old address, with the path prefix, to the page for good (301)", () => {
    expect(readFileSync(path.join(out, "_redirects"), "utf8")).toBe(
      "/news/2017/10/21/ferry-service-resumes-after-storm/ /news/2017/10/21/ferry-service-resumes/ 301\n/news/ferry/ /news/2017/10/21/ferry-service-resumes/ 301\n",
    );
  });

  test("each old address is a page that refreshes to the report, names it canonical, and links it", () => {
    for (const old of ["/2017/10/21/ferry-service-resumes-after-storm/", "/ferry/"]) {
      const page = readPage(out, old);
      expect(page.querySelector('meta[http-equiv="refresh"]')!.getAttribute("content")).toBe(`0; url=/news${PAGE}`);
      expect(page.querySelector('link[rel="canonical"]')!.getAttribute("href")).toBe(`https://archive.example.org/news${PAGE}`);
      expect(page.querySelector('meta[name="robots"]')!.getAttribute("content")).toBe("noindex");
      expect(textOf(page.querySelector("body"))).toBe("This report has moved to Ferry service resumes on Maine island.");
      expect(page.querySelectorAll("script")).toHaveLength(0);
    }
  });

  test("old addresses are not in the sitemap; the page is", () => {
    const sitemap = sitemapText(out);
    expect(sitemap).toContain(`https://archive.example.org/news${PAGE}`);
    expect(sitemap).not.toContain("ferry-service-resumes-after-storm");
    expect(sitemap).not.toContain("/news/ferry/<");
  });
});

test("an old address that is another report's page, or not a path, stops the build", async () => {
  const other = MOVED.replace("slug: ferry-service-resumes\n", "").replace("redirect_from: [/2017/10/21/ferry-service-resumes-after-storm/, /ferry]", "redirect_from: [/2017/10/21/other-report/, https://example.org/x]");
  const second = "---\nslug: other-report\n---\nOther report\n\nOct 21, 2017 | 5:00 AM EDT\n\nBEIRUT (AP) — Something else happened.\n";
  const result = await buildSite({ contentDir: writeContent({ "ferry.txt": other, "other.txt": second }), outDir: tempDir("redirects"), site: makeSiteOptions({}), search: false });
  expect(result.ok).toBe(false);
  // Every problem at once: the collision and the address that is not a path.
  expect(result.diagnostics.map((d) => d.message)).toEqual([
    expect.stringMatching(/^redirect_from "\/2017\/10\/21\/other-report\/" is already the address of the report .*other\.txt \(line 1\)\.$/),
    'redirect_from "https://example.org/x" is not a path this site can have: it does not start with / (a path from the site\'s root, without the domain).',
  ]);
});

test("an old address that is another report's page stops the build, naming both", async () => {
  const ferry = MOVED.replace("redirect_from: [/2017/10/21/ferry-service-resumes-after-storm/, /ferry]", "redirect_from: /2017/10/21/other-report/");
  const second = "---\nslug: other-report\n---\nOther report\n\nOct 21, 2017 | 5:00 AM EDT\n\nBEIRUT (AP) — Something else happened.\n";
  const content = writeContent({ "ferry.txt": ferry, "other.txt": second });
  const result = await buildSite({ contentDir: content, outDir: tempDir("redirects"), site: makeSiteOptions({}), search: false });
  expect(result.ok).toBe(false);
  expect(result.diagnostics.map((d) => d.message)).toEqual([`redirect_from "/2017/10/21/other-report/" is already the address of the report ${path.join(content, "reports/other.txt")} (line 1).`]);
});
