// Search in a real browser: Pagefind's index built by `npm run build`'s own code finds both seeds,
// and nothing from content runs as HTML on /search/.
import { rmSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadArchive } from "../../src/load-archive.ts";
import { buildSite, writeSite } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { tempDir, writeContent } from "../helpers/temp-content.ts";
import { launchBrowser } from "./launch-browser.ts";
import { serveSite } from "../../src/cli/serve-site.ts";

const AP = "/2017/10/21/syria-troops-capture-central-town-recently-taken-by-is/";
const R003 = "/2016/04/03/syrian-army-retakes-al-qaryatain-from-is/";
let browser: Browser;
let server: Awaited<ReturnType<typeof serveSite>>;

beforeAll(async () => {
  const out = tempDir("search");
  expect((await buildSite({ contentDir: "content", outDir: out, site: makeSiteOptions({}) })).ok).toBe(true);
  server = await serveSite(out);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function resultLinks(url: string, type?: string): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(server.url + url);
  if (type) await page.fill(".pagefind-ui__search-input", type);
  await page.waitForSelector(".pagefind-ui__result-link", { timeout: 10_000 });
  const hrefs = await page.$$eval(".pagefind-ui__result-link", (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(errors).toEqual([]);
  await context.close();
  return hrefs;
}

describe("search", () => {
  test("typing Qaryatayn on /search/ lists both seed reports", async () => {
    expect((await resultLinks("/search/", "Qaryatayn")).sort()).toEqual([R003, AP].sort());
  });

  test("the header's search form (?q=) searches at once, and ?sort=date puts the newest first", async () => {
    expect(await resultLinks("/search/?q=Palmyra&sort=date")).toEqual([AP, R003]);
  });
});

describe("search under a path prefix", () => {
  test("served at /news/, searching Qaryatayn finds both reports at their /news/ URLs", async () => {
    const out = tempDir("search-prefix");
    const site = makeSiteOptions({ siteUrl: "https://archive.example.org", pathPrefix: "/news/" });
    expect((await buildSite({ contentDir: "content", outDir: out, site })).ok).toBe(true);
    const prefixed = await serveSite(out, "/news/");
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(`${prefixed.url}/news/search/?q=Qaryatayn`);
    await page.waitForSelector(".pagefind-ui__result-link", { timeout: 10_000 });
    const hrefs = await page.$$eval(".pagefind-ui__result-link", (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.sort()).toEqual([`/news${R003}`, `/news${AP}`].sort());
    expect(errors).toEqual([]);
    await context.close();
    await prefixed.close();
  });
});

describe("search over an index in shards", () => {
  test("with one report per shard, a search still finds both seeds, and ?sort=date orders across shards", async () => {
    const out = tempDir("search-shards");
    expect((await buildSite({ contentDir: "content", outDir: out, site: makeSiteOptions({}), searchShardSize: 1 })).ok).toBe(true);
    const sharded = await serveSite(out);
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    const links = async (url: string) => {
      await page.goto(sharded.url + url);
      await page.waitForFunction(() => document.querySelectorAll(".pagefind-ui__result-link").length === 2, undefined, { timeout: 10_000 });
      return page.$$eval(".pagefind-ui__result-link", (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    };
    expect(await page.goto(sharded.url + "/search/").then(() => page.getAttribute("#search", "data-merge-bundles"))).toBe("/pagefind/shard-2/");
    expect((await links("/search/?q=Qaryatayn")).sort()).toEqual([R003, AP].sort());
    expect(await links("/search/?q=Palmyra&sort=date")).toEqual([AP, R003]);
    expect(errors).toEqual([]);
    await context.close();
    await sharded.close();
  });
});

describe("search shows content as text (issue 9, point 6)", () => {
  const HEADLINE = "<img src=x onerror=alert(1)> zebra headline";
  const BODY = "PALMYRA, Syria — A zebra <img src=x onerror=alert(2)> was seen in Palmyra & nearby.";
  // The gazetteer refuses such a name (entity-not-plain-text); here that check is bypassed.
  const NAME = `<img src=x onerror=alert(3)> & "Co"`;

  test("a hostile headline, body and entity name are shown as text in results and filters; no script runs", async () => {
    const contentDir = writeContent({ "hostile.txt": `${HEADLINE}\n\nOct 22, 2017 | 4:45 AM\n\n${BODY}\n` }, "content");
    const pipeline = loadArchive(contentDir);
    expect(pipeline.diagnostics).toEqual([]);
    pipeline.archive.entities.find((e) => e.id === "palmyra")!.name = NAME;
    const out = tempDir("search-hostile");
    await writeSite(pipeline, { contentDir, outDir: out, site: makeSiteOptions({}) });
    // Without the site's Content-Security-Policy, as on a host that ignores _headers: markup that
    // got through would run.
    rmSync(path.join(out, "_headers"));
    const site = await serveSite(out);
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${site.url}/search/?q=zebra`);
    await page.waitForSelector(".pagefind-ui__result-link", { timeout: 10_000 });
    await page.waitForSelector(".pagefind-ui__filter-label", { state: "attached", timeout: 10_000 });
    expect(await page.$$("#search img")).toHaveLength(0);
    expect(await page.$$eval(".pagefind-ui__result-link", (links) => links.map((a) => a.textContent))).toEqual([HEADLINE]);
    expect(await page.textContent(".pagefind-ui__result-excerpt")).toContain("<img src=x onerror=alert(2)>");
    const labels = await page.$$eval(".pagefind-ui__filter-label", (labels) => labels.map((l) => l.textContent!.trim()));
    expect(labels.filter((l) => l.startsWith(`${NAME} (`))).toHaveLength(1);
    // The escaped value is also the filter's key: choosing it keeps the report, which names Palmyra.
    await page.locator(".pagefind-ui__filter-name", { hasText: /^place$/i }).click();
    await page.locator(".pagefind-ui__filter-label", { hasText: NAME }).click();
    await page.waitForSelector(".pagefind-ui__filter-value--checked");
    await page.waitForFunction(() => /^1 result/.test(document.querySelector(".pagefind-ui__message")?.textContent ?? ""));
    expect(await page.$$eval(".pagefind-ui__result-link", (links) => links.map((a) => a.textContent))).toEqual([HEADLINE]);
    expect(await page.$$("#search img")).toHaveLength(0);
    expect(dialogs).toEqual([]);
    await context.close();
    await site.close();
  });
});

describe("what a search shows (issue 13, point 5)", () => {
  async function search(query: string, width: number) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/search/?q=${query}`);
    await page.waitForSelector(".pagefind-ui__result-link", { timeout: 10_000 });
    await page.waitForFunction(() => document.querySelectorAll(".pagefind-ui__result-excerpt").length > 0);
    return { page, context };
  }

  test("a spelling only the gazetteer knows (Karyatain) finds both reports, each excerpt from its own text", async () => {
    const { page, context } = await search("Karyatain", 1280);
    const results = await page.$$eval(".pagefind-ui__result", (items) =>
      items.map((li) => ({
        href: new URL(li.querySelector("a")!.href).pathname,
        excerpt: li.querySelector(".pagefind-ui__result-excerpt")!.textContent!,
        marked: [...li.querySelectorAll(".pagefind-ui__result-excerpt mark")].map((m) => m.textContent),
        tags: [...li.querySelectorAll(".pagefind-ui__result-tag")].map((t) => t.textContent!.trim()),
      })),
    );
    expect(results.map((r) => r.href).sort()).toEqual([R003, AP].sort());
    for (const r of results) {
      // Not the list of names at the end of the search text.
      expect(r.excerpt).not.toMatch(/⁂| \/ |Quaryatayn/);
      expect(r.marked.length).toBeGreaterThan(0);
      for (const m of r.marked) expect(m).toMatch(/Qaryata(?:yn|in)/);
    }
    const ap = results.find((r) => r.href === AP)!;
    expect(ap.tags).toEqual(["Date: Saturday, October 21, 2017, 1:45 PM GMT+3", "Dateline: BEIRUT"]);
    expect(results.find((r) => r.href === R003)!.tags).toEqual(["Date: Sunday, April 3, 2016"]);
    await context.close();
  });

  test("a word of the text keeps Pagefind's own excerpt around it", async () => {
    const { page, context } = await search("Christian", 1280);
    const marks = await page.$$eval(".pagefind-ui__result-excerpt mark", (ms) => ms.map((m) => m.textContent));
    expect(marks.length).toBeGreaterThan(0);
    await context.close();
  });

  test.each([375, 1280])("at %i px the page has one search box, and the first result starts above the fold", async (width) => {
    const { page, context } = await search("Palmyra", width);
    expect(await page.$$eval('input[type="search"], input.pagefind-ui__search-input', (inputs) => inputs.length)).toBe(1);
    const top = await page.$eval(".pagefind-ui__result", (li) => li.getBoundingClientRect().top);
    expect(top).toBeLessThan(800 - 150);
    await context.close();
  });
});
