// Deploy anywhere: built with --site-url https://archive.example.org --path-prefix /news/, every
// internal link, asset, feed, canonical URL, sitemap entry and API URL carries both.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { sharedBuild } from "../helpers/shared-build.ts";

const SITE = "https://archive.example.org";
let out: string;

beforeAll(() => {
  const built = sharedBuild("seeds-under-news");
  out = built.outDir;
  expect(built.ok).toBe(true);
});

function files(ext: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (e.name !== "pagefind") walk(path.join(dir, e.name));
      } else if (e.name.endsWith(ext)) found.push(path.join(dir, e.name));
    }
  };
  walk(out);
  return found;
}

describe("a site built for https://archive.example.org/news/", () => {
  test("every root-relative href, src and action in every page starts with /news/", () => {
    let checked = 0;
    for (const file of files(".html")) {
      for (const [, attr, value] of readFileSync(file, "utf8").matchAll(/\s(href|src|action|data-bundle-path)="([^"]*)"/g)) {
        if (value!.startsWith("#") || /^https?:\/\//.test(value!)) continue;
        expect(value!.startsWith("/news/"), `${path.relative(out, file)}: ${attr}="${value}"`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  test("every absolute URL of the site (canonical, og:url, feeds, JSON-LD) starts with the site URL and prefix", () => {
    let checked = 0;
    for (const file of [...files(".html"), ...files(".xml"), ...files(".json"), ...files(".txt")]) {
      for (const [url] of readFileSync(file, "utf8").matchAll(/https:\/\/archive\.example\.org[^"<\s]*/g)) {
        expect(url.startsWith(`${SITE}/news/`), `${path.relative(out, file)}: ${url}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  test("the search page tells Pagefind where its bundle and the pages are", () => {
    const html = readFileSync(path.join(out, "search/index.html"), "utf8");
    expect(html).toContain('data-bundle-path="/news/pagefind/"');
    expect(html).toContain('data-base-url="/news/"');
  });

  test("_headers' cache rules name the paths readers request, under /news/", () => {
    const headers = readFileSync(path.join(out, "_headers"), "utf8");
    expect(headers).toContain("\n/news/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n");
    expect(headers).toContain("\n/news/pagefind/*\n  Cache-Control: public, max-age=3600\n");
    expect(headers).not.toMatch(/^\/assets\//m);
  });

  test("files stay at the root of the output folder: the folder is what is served at /news/", () => {
    expect(readdirSync(out)).toEqual(expect.arrayContaining(["index.html", "2017", "places", "feed.xml", "sitemap.xml", "_headers"]));
  });
});
