// --site-url and --path-prefix are normalised once, and links are built from them the same way everywhere.
import { describe, expect, test } from "vitest";
import { absoluteUrl, href, makeSiteOptions } from "../../../src/site/site-options.ts";

describe("makeSiteOptions", () => {
  test.each([
    [{}, "http://localhost:8080", "/"],
    [{ siteUrl: "https://example.org/" }, "https://example.org", "/"],
    [{ pathPrefix: "news" }, "http://localhost:8080", "/news/"],
    [{ pathPrefix: "/news" }, "http://localhost:8080", "/news/"],
    [{ pathPrefix: "/a/b/" }, "http://localhost:8080", "/a/b/"],
    [{ pathPrefix: "/" }, "http://localhost:8080", "/"],
  ])("%j -> siteUrl %s, pathPrefix %s", (input, siteUrl, pathPrefix) => {
    expect(makeSiteOptions(input)).toMatchObject({ siteUrl, pathPrefix });
  });

  test.each([
    [{ siteUrl: "example.org" }, /is not an absolute URL/],
    [{ siteUrl: "ftp://example.org" }, /must start with http/],
    // URL() would drop the line break; the address is written as given into robots.txt and the feed's id.
    [{ siteUrl: "https://example.org\nDisallow: /" }, /has a line break or a control character/],
    [{ siteUrl: "https://example.org\u0000" }, /has a line break or a control character/],
    [{ pathPrefix: "/a b/" }, /is not a folder path/],
    [{ pathPrefix: "/../" }, /is not a folder path/],
    [{ pathPrefix: "//news/" }, /is not a folder path/],
    [{ pathPrefix: "/news//" }, /is not a folder path/],
  ])("%j is refused", (input, message) => {
    expect(() => makeSiteOptions(input)).toThrow(message);
  });

  test("a long value is quoted shortened in the message", () => {
    expect(() => makeSiteOptions({ pathPrefix: `/${"a".repeat(200)}!` })).toThrow(
      `--path-prefix "/${"a".repeat(76)}..." is not a folder path. Write it as /news/ (letters, digits, - _ . ~ and slashes; no . or .. segments).`,
    );
  });
});

describe("href and absoluteUrl", () => {
  test.each([
    ["/", "/2017/10/21/x/", "/2017/10/21/x/", "https://example.org/2017/10/21/x/"],
    ["/news/", "/2017/10/21/x/", "/news/2017/10/21/x/", "https://example.org/news/2017/10/21/x/"],
    ["/news/", "/", "/news/", "https://example.org/news/"],
  ])("prefix %s, path %s", (pathPrefix, path, link, absolute) => {
    const site = makeSiteOptions({ siteUrl: "https://example.org", pathPrefix });
    expect(href(site, path)).toBe(link);
    expect(absoluteUrl(site, path)).toBe(absolute);
  });
});
