// Search in a real browser: Pagefind's index built by `npm run build`'s own code finds both seeds.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildSite } from "../../src/site/build-site.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { tempDir } from "../helpers/temp-content.ts";
import { launchBrowser } from "./launch-browser.ts";
import { serveSite } from "./serve-site.ts";

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
