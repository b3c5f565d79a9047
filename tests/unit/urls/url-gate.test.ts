// The URL gate and the registry of claimed URLs: every traversal, off-site and collision form refused with its reason.
import { describe, expect, test } from "vitest";
import { gateUrl, MAX_URL_LENGTH } from "../../../src/urls/url-gate.ts";
import { checkClaims, type Claim } from "../../../src/urls/url-claims.ts";
import { siteOwner } from "../../../src/routes.ts";

describe("gateUrl", () => {
  test.each([
    ["/2017/10/21/headline/", "folder"],
    ["/old/page.html", "page"],
    ["/2016/04/03/syrian-army-retakes-al-qaryatain-from-is/", "folder"],
    ["/news/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7/", "folder"],
    ["/a~b_c.d-e/", "folder"],
  ] as const)("accepts %s", (url, shape) => {
    expect(gateUrl(url, shape)).toEqual({ ok: true, url });
  });

  test.each([
    ["../etc/", "does not start with /"],
    ["/../../tmp/x/", "a \"..\" segment"],
    ["/pagefind/../../home/", "a \"..\" segment"],
    ["/a/./b/", "a \".\" segment"],
    ["/a//b/", "an empty segment"],
    ["//evil.example/", "starts with //"],
    ["/\\evil.example/", "backslash"],
    ["/a\\..\\..\\b/", "backslash"],
    ["/a%2F..%2Fb/", "encoded non-ASCII"],
    ["/%2e%2e/x/", "encoded non-ASCII"],
    ["/a%5Cb/", "encoded non-ASCII"],
    ["/a%00b/", "encoded non-ASCII"],
    ["/a%C3/", "not UTF-8"],
    ["/a\u0000b/", "control character"],
    ["/a\nb/", "line break"],
    ["/a b/", "space"],
    ["/a\u2028b/", "line break"],
    ["/a?b=1/", "a character other than"],
    ["/a#b/", "a character other than"],
    ["/a:b/", "a character other than"],
    ["https://evil.example/", "does not start with /"],
    ["/" + "a".repeat(MAX_URL_LENGTH), "characters long"],
    [42, "not text"],
  ])("refuses %j", (url, reason) => {
    const result = gateUrl(url, "page");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  test("a folder shape needs its trailing slash", () => {
    expect(gateUrl("/2017/10/21/x", "folder")).toEqual({ ok: false, reason: expect.stringContaining("does not end with /") });
  });
});

describe("siteOwner", () => {
  test.each([
    ["/index.html", "home page"],
    ["/feed.xml", "feed"],
    ["/FEED.XML", "feed"],
    ["/search/index.html", "search page"],
    ["/pagefind/x/index.html", "search index"],
    ["/assets/site.css", "assets (CSS, scripts, icons)"],
    ["/api/index.json", "JSON API"],
    ["/places/palmyra/index.html", "places pages"],
    ["/2017/index.html", "date pages"],
    ["/2017/10/index.html", "date pages"],
    ["/2017/10/21/index.html", "date pages"],
    ["/2017/10/21/page/2/index.html", "date pages"],
    ["/2017/page/3/index.html", "date pages"],
    ["/sitemap.xml", "sitemap"],
    ["/sitemap-2.xml", "sitemap"],
    ["/_redirects", "redirect rules for hosts"],
    ["/404.html", "page for a missing address"],
  ])("%s is the site's %s", (file, owner) => {
    expect(siteOwner(file)).toBe(owner);
  });

  test.each(["/2017/10/21/headline/index.html", "/2017/10/21/headline/photo.jpg", "/old/page.html", "/2016/old-story/index.html"])("%s is free", (file) => {
    expect(siteOwner(file)).toBeNull();
  });
});

describe("checkClaims", () => {
  const report = (url: string, file = "content/reports/a.md"): Claim => ({ url, kind: "report", file, line: 1 });

  test("a second claim names the first claimant's file and line", () => {
    const found = checkClaims([report("/2017/10/21/a/"), { url: "/2017/10/21/a/", kind: "redirect", file: "content/reports/b.md", line: 4 }]);
    expect(found.map((d) => [d.file, d.line, d.rule, d.message])).toEqual([
      ["content/reports/b.md", 4, "redirect-invalid", 'redirect_from "/2017/10/21/a/" is already the address of the report content/reports/a.md (line 1).'],
    ]);
  });

  test("a folder and its index.html are one file; case-blind file systems make /A/ and /a/ one", () => {
    const found = checkClaims([report("/2017/10/21/a/"), { url: "/2017/10/21/A/index.html", kind: "redirect", file: "content/reports/b.md", line: 2 }]);
    expect(found).toHaveLength(1);
  });

  test.each([
    ["/", "home page"],
    ["/index.html", "home page"],
    ["/feed.xml", "feed"],
    ["/search/", "search page"],
    ["/2017/", "date pages"],
    ["/pagefind/shard-2/", "search index"],
  ])("the site's own %s is never taken", (url, owner) => {
    const found = checkClaims([{ url, kind: "redirect", file: "content/reports/b.md", line: 3 }]);
    expect(found.map((d) => d.message)).toEqual([`redirect_from ${JSON.stringify(url)} is already the site's own (its ${owner}).`]);
  });

  test("a refused URL says why, with the claimant's rule", () => {
    const found = checkClaims([{ url: "/../../tmp/", kind: "withdrawn", file: "content/withdrawn.yaml", line: 7 }]);
    expect(found.map((d) => [d.line, d.rule, d.message])).toEqual([[7, "withdrawn-invalid", 'withdrawn.yaml\'s url "/../../tmp/" is not a path this site can have: it has a ".." segment, which leads out of its folder.']]);
  });
});
