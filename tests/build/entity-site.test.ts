// Whole build of content/ (the shared "seeds" build): entity links in both seeds, entity pages with
// their timelines, the three entity lists, and the article's "In this report" and "Related reports" panels.
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { articleVariants, foldName } from "../../src/entities/normalize-name.ts";
import { loadArchive } from "../../src/load-archive.ts";
import { buildSite } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { readPage, textOf, sitemapText } from "../helpers/built-page.ts";
import { sharedBuild } from "../helpers/shared-build.ts";
import { tempDir, writeContent } from "../helpers/temp-content.ts";

const AP = "/2017/10/21/syria-troops-capture-central-town-recently-taken-by-is/";
const R003 = "/2016/04/03/syrian-army-retakes-al-qaryatain-from-is/";
const { archive } = loadArchive("content");
let out: string;

beforeAll(() => {
  // Every link this file checks is root-relative, so the shared build's site URL does not matter.
  const built = sharedBuild("seeds");
  out = built.outDir;
  expect(built.ok).toBe(true);
});

/** [link text, href] of the entity links in a page's body. */
const bodyLinks = (url: string) => readPage(out, url).querySelectorAll(".report-body a").map((a) => [textOf(a), a.getAttribute("href")]);

describe("entity links in the seed reports", () => {
  test.each([
    [AP, "Qaryatayn", "/places/qaryatayn/"],
    [R003, "Al-Qaryatain", "/places/qaryatayn/"],
    [AP, "Palmyra", "/places/palmyra/"],
    [R003, "Palmyra", "/places/palmyra/"],
    [AP, "Islamic State group", "/organizations/islamic-state/"],
    [R003, "Islamic State", "/organizations/islamic-state/"],
    [AP, "Iran", "/places/iran/"],
    [AP, "Bashar Assad", "/people/bashar-assad/"],
    [R003, "Rami Abdel-Rahman", "/people/rami-abdel-rahman/"],
  ])("%s links %j to %s", (url, text, href) => {
    expect(bodyLinks(url)).toContainEqual([text, href]);
  });

  test.each([[AP], [R003]])("%s links each entity once, the first time it is named", (url) => {
    const hrefs = bodyLinks(url).map(([, href]) => href);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    const article = archive.articles.find((a) => a.url === url)!;
    const namedInBody = new Set(archive.records.read(article).mentions.filter((m) => m.segment >= 0).map((m) => m.entity));
    if (article.datelineEntity) namedInBody.add(article.datelineEntity);
    expect(hrefs).toHaveLength(namedInBody.size);
  });

  test.each([[AP], [R003]])("%s links no ordinary word: every link text is a spelling of its entity", (url) => {
    const byUrl = new Map(archive.entities.map((e) => [e.url, e]));
    for (const [text, href] of bodyLinks(url)) {
      const entity = byUrl.get(href!)!;
      const spellings = new Set([entity.name, ...entity.aliases].flatMap((s) => articleVariants(foldName(s))));
      expect(spellings.has(foldName(text!)), `${text} -> ${href}`).toBe(true);
    }
  });

  test("the verb 'is' is never linked, the group 'IS' is", () => {
    const texts = bodyLinks(R003).map(([text]) => text);
    expect(texts).not.toContain("is");
    const all = archive.articles.flatMap((a) => archive.records.read(a).mentions.map((m) => m.text));
    expect(all).not.toContain("is");
    expect(all).toContain("IS");
  });
});

describe("entity pages", () => {
  test.each([["/places/qaryatayn/"], ["/places/palmyra/"], ["/organizations/islamic-state/"]])("%s lists both reports newest first; its timeline oldest first", (url) => {
    const items = readPage(out, url).querySelectorAll(".timeline li");
    expect(items.map((li) => li.querySelector("a")?.getAttribute("href"))).toEqual([AP, R003]);
    expect(items.map((li) => li.querySelector("time")?.getAttribute("datetime"))).toEqual(["2017-10-21T13:45:00+03:00", "2016-04-03"]);
    const page = readPage(out, url);
    expect(page.querySelector(".order-link a")!.getAttribute("href")).toBe(`${url}timeline/`);
    const timeline = readPage(out, `${url}timeline/`);
    expect(timeline.querySelectorAll(".timeline li").map((li) => li.querySelector("a")?.getAttribute("href"))).toEqual([R003, AP]);
    expect(timeline.querySelector(".order-link a")!.getAttribute("href")).toBe(url);
    expect(timeline.querySelector('link[rel="canonical"]')!.getAttribute("href")).toBe(`https://archive.example.org${url}timeline/`);
  });

  test("the by-year summary counts each year's reports and links to where the year starts in the timeline", () => {
    const years = readPage(out, "/places/qaryatayn/").querySelectorAll(".entity-facts .years li");
    expect(years.map(textOf)).toEqual(["2016: 1", "2017: 1"]);
    expect(years.map((li) => li.querySelector("a")!.getAttribute("href"))).toEqual(["/places/qaryatayn/timeline/", "/places/qaryatayn/timeline/"]);
  });

  test("Qaryatayn: kind, description, the spellings seen, coordinates and the sentence that names it", () => {
    const page = readPage(out, "/places/qaryatayn/");
    expect(textOf(page.querySelector("h1"))).toBe("Qaryatayn");
    expect(textOf(page.querySelector(".entity-kind"))).toBe("Place");
    expect(textOf(page.querySelector(".entity-description"))).toMatch(/Homs Governorate/);
    // "Also written as" lists the other spellings only, not the name itself.
    expect(page.querySelectorAll(".entity-facts .spellings li").map(textOf)).toEqual(["Al-Qaryatain (7)"]);
    expect(textOf(page.querySelector(".entity-facts data"))).toBe("34.2294° N, 37.2406° E");
    expect(textOf(readPage(out, "/places/qaryatayn/timeline/").querySelector(".timeline blockquote"))).toBe(
      "The Syrian Army said in a statement on Sunday that, backed by air cover from Syrian and Russian jets, units from the army had “restored security and stability to the town of Al-Qaryatain”.",
    );
  });

  test("Islamic State links to Wikidata and names its companions with counts", () => {
    const page = readPage(out, "/organizations/islamic-state/");
    expect(page.querySelector('a[href="https://www.wikidata.org/wiki/Q2429253"]')).not.toBeNull();
    const companions = page.querySelectorAll(".companions li").map(textOf);
    expect(companions).toContain("Qaryatayn (2 reports together)");
    expect(companions.length).toBeLessThanOrEqual(10);
  });

  test("an entity no published report names has no page, is in no list and not in the sitemap", async () => {
    const content = writeContent({}, "content");
    appendFileSync(`${content}/entities/places.yaml`, "\n- id: atlantis\n  kind: place\n  name: Atlantis\n  description: A test entry.\n");
    const other = tempDir("unnamed-entity");
    expect((await buildSite({ contentDir: content, outDir: other, site: makeSiteOptions({}) })).ok).toBe(true);
    expect(existsSync(path.join(other, "places", "atlantis"))).toBe(false);
    expect(readPage(other, "/places/").querySelectorAll(".entity-table a").map(textOf)).not.toContain("Atlantis");
    expect(sitemapText(other)).not.toContain("atlantis");
  });
});

describe("dateline and source", () => {
  test("the dateline's place and the source link to their entity pages", () => {
    const page = readPage(out, AP);
    expect(page.querySelector(".dateline a")?.getAttribute("href")).toBe("/places/beirut/");
    expect(textOf(page.querySelector(".dateline"))).toBe("BEIRUT —");
    expect(page.querySelector(".source a")?.getAttribute("href")).toBe("/organizations/associated-press/");
  });

  test.each([
    ["/places/beirut/", "Filed from here (dateline)."],
    ["/organizations/associated-press/", "Report from this source."],
  ])("%s lists the AP report and says why", (url, note) => {
    const items = readPage(out, url).querySelectorAll(".timeline li");
    expect(items.map((li) => li.querySelector("a")?.getAttribute("href"))).toEqual([AP]);
    expect(textOf(items[0]?.querySelector(".role"))).toBe(note);
  });
});

describe("front matter entities", () => {
  test("an entity the text implies is in the panel and on the entity's page, without a sentence", async () => {
    const report = "---\nheadline: Families return to a desert town\ndate: 2016-04-10\nentities: [homs-governorate]\n---\nFamilies began to return on Sunday, a church official said.\n";
    const other = tempDir("declared");
    expect((await buildSite({ contentDir: writeContent({ "declared.md": report }, "content"), outDir: other, site: makeSiteOptions({}) })).ok).toBe(true);
    const url = "/2016/04/10/families-return-to-a-desert-town/";
    expect(readPage(other, url).querySelectorAll(".in-this-report a").map(textOf)).toEqual(["Homs Governorate"]);
    expect(readPage(other, url).querySelectorAll(".report-body a")).toHaveLength(0);
    const timeline = readPage(other, "/places/homs-governorate/timeline/").querySelectorAll(".timeline li");
    expect(timeline.map((li) => li.querySelector("a")?.getAttribute("href"))).toEqual([url, AP]);
    expect(timeline[0]?.querySelector("blockquote")).toBeNull();
  });
});

describe("entity lists", () => {
  test.each([
    ["/places/", "place"],
    ["/people/", "person"],
    ["/organizations/", "organization"],
  ] as const)("%s lists every %s entity some report names, with its report count", (url, kind) => {
    const rows = readPage(out, url).querySelectorAll(".entity-table tbody tr");
    const named = new Set(archive.entityPages.filter((p) => p.reports.length > 0).map((p) => p.entity.id));
    const entities = archive.entities.filter((e) => e.kind === kind && named.has(e.id));
    expect(rows.map((r) => r.querySelector("a")?.getAttribute("href")).sort()).toEqual(entities.map((e) => e.url).sort());
    const qaryatayn = rows.find((r) => textOf(r.querySelector("a")) === "Qaryatayn");
    if (kind === "place") expect(textOf(qaryatayn?.querySelector("td"))).toBe("2");
  });

  test("by-reports order puts the most reported first and links back to the order by name", () => {
    const page = readPage(out, "/places/by-reports/");
    const counts = page.querySelectorAll(".entity-table tbody td").map((td) => Number(textOf(td)));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(page.querySelector('.sort-links a[href="/places/"]')).not.toBeNull();
  });
});

describe("article panels", () => {
  test("In this report groups the entities by kind", () => {
    const panel = readPage(out, R003).querySelector(".in-this-report");
    expect(panel?.querySelectorAll("h3").map(textOf)).toEqual(["Places", "People", "Organizations"]);
    expect(panel?.querySelectorAll("a").map(textOf)).toContain("Louis Cardin");
  });

  test("Related reports links the other seed, with what they share", () => {
    const related = readPage(out, AP).querySelectorAll(".related li");
    expect(related.map((li) => li.querySelector("a")?.getAttribute("href"))).toEqual([R003]);
    expect(textOf(related[0]?.querySelector(".report-meta"))).toMatch(/^Apr 3, 2016 · \d+ in common: /);
  });
});

describe("maps", () => {
  test("a place with coordinates has a locator map with a title, a text alternative and its marker", () => {
    const svg = readPage(out, "/places/qaryatayn/").querySelector(".locator-map svg");
    expect(svg?.getAttribute("role")).toBe("img");
    expect(textOf(svg?.querySelector("title"))).toBe("Map: Qaryatayn, Syria");
    expect(textOf(svg?.querySelector("desc"))).toMatch(/^Qaryatayn at 34\.2294° N, 37\.2406° E, in Syria\. Also shown: .*Lebanon/);
    expect(svg?.querySelectorAll("circle.marker")).toHaveLength(1);
    expect(svg?.querySelectorAll("path.country.home")).toHaveLength(1);
  });

  test("a place without coordinates, a person and an organization have no map", () => {
    for (const url of ["/places/anbar/", "/people/donald-trump/", "/organizations/islamic-state/"]) expect(readPage(out, url).querySelector(".map")).toBeNull();
  });

  test("/places/ has an overview map whose markers link every place with reports and coordinates", () => {
    const links = readPage(out, "/places/").querySelectorAll(".overview-map a");
    const expected = archive.entityPages.filter((p) => p.entity.kind === "place" && p.entity.coordinates && p.reports.length > 0);
    expect(links.map((a) => a.getAttribute("href")).sort()).toEqual(expected.map((p) => p.entity.url).sort());
    expect(links.find((a) => a.getAttribute("href") === "/places/qaryatayn/")?.getAttribute("aria-label")).toBe("Qaryatayn: 2 reports");
  });

  test("the locator map names its country and neighbours and has a scale; the overview names the most reported places", () => {
    const locator = readPage(out, "/places/qaryatayn/").querySelector(".locator-map svg")!;
    expect(textOf(locator.querySelector(".country-labels text.home"))).toBe("Syria");
    expect(locator.querySelectorAll(".country-labels text").map(textOf)).toEqual(expect.arrayContaining(["Iraq", "Turkey"]));
    expect(textOf(locator.querySelector(".scale-bar text"))).toMatch(/^\d+ km$/);
    const names = readPage(out, "/places/").querySelectorAll(".overview-map .marker-label").map(textOf);
    expect(names).toEqual(expect.arrayContaining(["Qaryatayn", "Palmyra"]));
  });
});
