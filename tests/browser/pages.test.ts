// Every page kind built so far, in headless Chromium: loads cleanly, passes axe, fits a phone, keyboard works.
import { AxeBuilder } from "@axe-core/playwright";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildSite } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { png } from "../helpers/png.ts";
import { tempDir, writeContent } from "../helpers/temp-content.ts";
import { launchBrowser } from "./launch-browser.ts";
import { serveSite } from "../../src/cli/serve-site.ts";

const PAGES = [
  ["home", "/"],
  ["article-ap", "/2017/10/21/syria-troops-capture-central-town-recently-taken-by-is/"],
  ["article-003", "/2016/04/03/syrian-army-retakes-al-qaryatain-from-is/"],
  ["place", "/places/qaryatayn/"],
  ["place-timeline", "/places/qaryatayn/timeline/"],
  ["person", "/people/bashar-assad/"],
  ["organization", "/organizations/islamic-state/"],
  ["places", "/places/"],
  ["people", "/people/"],
  ["organizations", "/organizations/"],
  ["organizations-by-reports", "/organizations/by-reports/"],
  ["archive", "/archive/"],
  ["year", "/2017/"],
  ["month", "/2017/10/"],
  ["day", "/2017/10/21/"],
  ["search", "/search/"],
  ["not-found", "/404.html"],
  // Beside the seeds: a corrected report with photos, and a withdrawn one (issue 12).
  ["article-photos-corrected", "/2019/05/14/ferries-return-to-the-harbour/"],
  ["withdrawn", "/2019/05/16/ferry-strike-called-off/"],
] as const;

const FERRIES = [
  "---",
  "headline: Ferries return to the harbour",
  "date: 2019-05-14T08:30:00+03:00",
  "updated: 2019-05-14T12:10:00+03:00",
  "corrections:",
  "  - { date: 2019-05-15, note: An earlier version gave the wrong day for the first crossing. }",
  "---",
  "![The first ferry docks at dawn](ferry.png)",
  "",
  "BEIRUT — Ferries returned to the harbour on Tuesday after a week of storms, the port authority said.",
  "",
  "![Passengers board with their luggage](boarding.png)",
  "",
  "More crossings were planned for the weekend.",
].join("\n");
const WITHDRAWN = "---\nheadline: Ferry strike called off\ndate: 2019-05-16T09:00:00+03:00\nwithdrawn: { date: 2019-05-17, note: The union had not called off the strike. }\n---\nBEIRUT — The ferry strike was called off.\n";

/** Screenshots go here; the run prints the folder so a person can look at them. */
const SHOTS = path.resolve(process.env.SCREENSHOT_DIR ?? "test-results/screenshots");

let browser: Browser;
let server: Awaited<ReturnType<typeof serveSite>>;

beforeAll(async () => {
  const out = tempDir("browser");
  const content = writeContent({ "ferries.md": FERRIES, "strike.md": WITHDRAWN, "ferry.png": png(30, 640, 360), "boarding.png": png(200, 480, 640) }, "content");
  const built = await buildSite({ contentDir: content, outDir: out, site: makeSiteOptions({}) });
  expect(built.ok).toBe(true);
  server = await serveSite(out);
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
  console.log(`Screenshots: ${SHOTS}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(context: BrowserContext, url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
  page.on("response", (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  const response = await page.goto(server.url + url, { waitUntil: "load" });
  // Served with the site's own _headers: a violation of its CSP would show as a console error.
  expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  return { page, problems };
}

describe.each(PAGES)("%s page (%s)", (name, url) => {
  test("loads with no errors and no axe violations (WCAG 2.1 AA)", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await open(context, url);
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(problems).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, `${name}-1280.png`), fullPage: true });
    await context.close();
  });

  test("fits a 375 px phone without sideways scrolling", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const { page } = await open(context, url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await page.screenshot({ path: path.join(SHOTS, `${name}-375.png`), fullPage: true });
    await context.close();
  });

  test("the skip link is the first stop for the keyboard and moves focus to the main content", async () => {
    const context = await browser.newContext();
    const { page } = await open(context, url);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await context.close();
  });
});

describe("an article's older and newer links", () => {
  const AP = "/2017/10/21/syria-troops-capture-central-town-recently-taken-by-is/";
  const boxes = (page: Page) =>
    page.evaluate(() => {
      const main = document.querySelector("main")!.getBoundingClientRect();
      return { main: main.width, links: [...document.querySelectorAll(".report-nav a")].map((a) => a.getBoundingClientRect()).map((r) => ({ top: r.top, width: r.width, height: r.height })) };
    });

  test("on a 375 px phone each is a whole-width block, one above the other, big enough to tap", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const { page } = await open(context, AP);
    const { main, links } = await boxes(page);
    expect(links).toHaveLength(2);
    for (const link of links) {
      expect(link.width).toBeGreaterThan(main - 2);
      expect(link.height).toBeGreaterThanOrEqual(44);
    }
    expect(links[1]!.top).toBeGreaterThan(links[0]!.top);
    await context.close();
  });

  test("at 1280 px they sit side by side", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page } = await open(context, AP);
    const { main, links } = await boxes(page);
    expect(links[0]!.top).toBe(links[1]!.top);
    expect(links[0]!.width).toBeLessThan(main / 2);
    await context.close();
  });
});

describe("the overview map's markers", () => {
  test.each([375, 1280])("at %i px each marker is a link at least 24 px across", async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const { page } = await open(context, "/places/");
    const sizes = await page.$$eval(".overview-map a", (links) => links.map((a) => a.getBoundingClientRect()).map((r) => [r.width, r.height]));
    expect(sizes.length).toBeGreaterThan(5);
    for (const [width, height] of sizes) {
      expect(width).toBeGreaterThanOrEqual(24);
      expect(height).toBeGreaterThanOrEqual(24);
    }
    await context.close();
  });
});

describe.each([375, 1280])("what a reader sees at %i px (issue 13)", (width) => {
  const AP = "/2017/10/21/syria-troops-capture-central-town-recently-taken-by-is/";
  async function at(url: string) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const { page } = await open(context, url);
    const inView = (selector: string) => page.$eval(selector, (e) => e.getBoundingClientRect().top < window.innerHeight && e.getBoundingClientRect().bottom > 0);
    return { page, context, inView };
  }

  test("the front page opens on the newest report, with the most named places, people and organizations below", async () => {
    const { page, context, inView } = await at("/");
    expect(await inView(".lead-report h2 a")).toBe(true);
    expect(await page.textContent(".lead-report h2")).toBe("Ferries return to the harbour");
    // The 30 days to the newest report (May 2019) hold that report alone, which names Beirut.
    expect(await page.$$eval(".most-named h3", (hs) => hs.map((h) => h.textContent))).toEqual(["Places"]);
    expect(await page.textContent(".most-named li")).toBe("Beirut 1 report");
    expect(await page.$$eval(".latest .day-group", (gs) => gs.length)).toBe(2);
    await context.close();
  });

  test("an entity's page reads newest first, counts its years and links its timeline", async () => {
    const { page, context } = await at("/places/qaryatayn/");
    expect(await page.$$eval(".years li", (lis) => lis.map((li) => li.textContent))).toEqual(["2016: 1", "2017: 1"]);
    await page.click(".order-link a");
    expect(new URL(page.url()).pathname).toBe("/places/qaryatayn/timeline/");
    expect(await page.$$eval(".timeline time", (ts) => ts.map((t) => t.getAttribute("datetime")))).toEqual(["2016-04-03", "2017-10-21T13:45:00+03:00"]);
    await context.close();
  });

  test("a report from Beirut gives Beirut's time, and the time as written in its facts", async () => {
    const { page, context } = await at(AP);
    expect(await page.textContent(".report-header time")).toBe("Saturday, October 21, 2017, 1:45 PM GMT+3");
    expect(await page.textContent(".report-footer")).toContain("4:45 AM MDT (shown here in Beirut's time)");
    await context.close();
  });

  test("a place's map shows its country named, and a scale", async () => {
    const { page, context, inView } = await at("/places/qaryatayn/");
    await page.$eval(".locator-map", (e) => e.scrollIntoView());
    expect(await inView(".locator-map .country-labels text.home")).toBe(true);
    expect(await page.textContent(".locator-map .country-labels text.home")).toBe("Syria");
    expect(await page.textContent(".locator-map .scale-bar text")).toMatch(/^\d+ km$/);
    await context.close();
  });
});
