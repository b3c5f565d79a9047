// The JSON API checked against the records: an index of the article files, every article and
// entity, mention offsets that point at the text they name, and URLs that exist.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { loadArchive } from "../../src/load-archive.ts";
import { apiFiles } from "../../src/site/json-api.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { sharedBuild } from "../helpers/shared-build.ts";

const SITE = "https://archive.example.org";
const { archive } = loadArchive("content");
let out: string;
const api = (name: string) => JSON.parse(readFileSync(path.join(out, "api", name), "utf8"));

beforeAll(() => {
  const built = sharedBuild("seeds");
  out = built.outDir;
  expect(built.ok).toBe(true);
});

describe("/api/index.json", () => {
  test("names every articles file and the entities file, with the count", () => {
    expect(api("index.json")).toEqual({
      version: 2,
      articleCount: 2,
      pageSize: 200,
      articlePages: [`${SITE}/api/articles/1.json`],
      entities: `${SITE}/api/entities.json`,
    });
  });
});

describe("/api/articles/<n>.json", () => {
  test("has every record, newest first, with the documented fields", () => {
    const { version, page, pages, next, articles } = api("articles/1.json");
    expect([version, page, pages, next]).toEqual([2, 1, 1, null]);
    expect(articles.map((a: { id: string }) => a.id)).toEqual(archive.articles.map((a) => a.id));
    expect(Object.keys(articles[0])).toEqual(["id", "url", "headline", "published", "precision", "zone", "dateline", "byline", "source", "summary", "wordCount", "entities", "body", "mentions", "updated", "corrections", "written"]);
    expect(articles[0]).toMatchObject({
      url: `${SITE}/2017/10/21/syria-troops-capture-central-town-recently-taken-by-is/`,
      // Shown in Beirut's zone, the dateline's; the time as the copy wrote it is kept.
      published: "2017-10-21T13:45:00+03:00",
      zone: "Asia/Beirut",
      written: { published: "2017-10-21T04:45:00-06:00", zone: "America/Edmonton" },
      dateline: "BEIRUT",
      byline: "Bassem Mroue",
      source: "The Associated Press",
    });
  });

  test("every mention's offsets select exactly its text", () => {
    for (const article of api("articles/1.json").articles) {
      for (const m of article.mentions) {
        const text = m.segment < 0 ? article.headline : article.body[m.segment];
        expect(text.slice(m.start, m.end), `${article.id} ${m.entity}`).toBe(m.text);
      }
      expect(article.mentions.length).toBe(archive.records.read(archive.articles.find((a) => a.id === article.id)!).mentions.length);
    }
  });
});

describe("/api/entities.json", () => {
  test("has every entity with aliases, ids, coordinates and counts", () => {
    const { entities } = api("entities.json");
    expect(entities.map((e: { id: string }) => e.id).sort()).toEqual(archive.entities.map((e) => e.id).sort());
    const qaryatayn = entities.find((e: { id: string }) => e.id === "qaryatayn");
    expect(qaryatayn).toMatchObject({ kind: "place", name: "Qaryatayn", coordinates: { latitude: 34.2294, longitude: 37.2406 }, wikidata: null, reportCount: 2 });
    expect(qaryatayn.aliases).toContain("Qaryatain");
    expect(entities.find((e: { id: string }) => e.id === "syria").wikidata).toBe("Q858");
    // An entity with a page gives its URL; one no report names has none (url null).
    for (const e of entities) {
      if (e.reportCount > 0) expect(existsSync(path.join(out, e.url.slice(SITE.length), "index.html"))).toBe(true);
      else expect(e.url).toBeNull();
    }
    expect(entities.some((e: { reportCount: number }) => e.reportCount === 0)).toBe(true);
  });

  test("an entity's reports are the articles whose entities hold its id", () => {
    const { articles } = api("articles/1.json");
    const ofQaryatayn = articles.filter((a: { entities: string[] }) => a.entities.includes("qaryatayn")).map((a: { url: string }) => a.url);
    expect(ofQaryatayn).toEqual([`${SITE}/2017/10/21/syria-troops-capture-central-town-recently-taken-by-is/`, `${SITE}/2016/04/03/syrian-army-retakes-al-qaryatain-from-is/`]);
  });
});

describe("an archive of 450 reports", () => {
  test("is split into files of 200, each linking the next, together holding every report once", () => {
    const { archive: big } = loadArchive("content");
    const many = Array.from({ length: 450 }, (_, i) => ({ ...big.articles[0]!, id: `r${i}`, url: `/2017/10/21/r${i}/`, key: `r${i}` }));
    const body = big.records.read(big.articles[0]!);
    const records = { read: (entry: { key: string }) => ({ ...body, id: entry.key, url: `/2017/10/21/${entry.key}/` }) };
    const files = [...apiFiles(makeSiteOptions({ siteUrl: SITE }), { ...big, articles: many, records })];
    expect(files.map((f) => f.url)).toEqual(["/api/index.json", "/api/entities.json", "/api/articles/1.json", "/api/articles/2.json", "/api/articles/3.json"]);
    const pages = files.slice(2).map((f) => JSON.parse(f.file().body));
    expect(pages.map((p) => [p.page, p.pages, p.articles.length, p.next])).toEqual([
      [1, 3, 200, `${SITE}/api/articles/2.json`],
      [2, 3, 200, `${SITE}/api/articles/3.json`],
      [3, 3, 50, null],
    ]);
    expect(pages.flatMap((p) => p.articles.map((a: { id: string }) => a.id))).toEqual(many.map((a) => a.id));
    expect(JSON.parse(files[0]!.file().body).articlePages).toHaveLength(3);
  });
});
