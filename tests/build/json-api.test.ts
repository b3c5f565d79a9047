// The JSON API checked against the records: every article and entity, mention offsets that point
// at the text they name, and report URLs that exist.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { loadArchive } from "../../src/load-archive.ts";
import { buildSite } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { tempDir } from "../helpers/temp-content.ts";

const SITE = "https://archive.example.org";
const { archive } = loadArchive("content");
let out: string;
const api = (name: string) => JSON.parse(readFileSync(path.join(out, "api", name), "utf8"));

beforeAll(async () => {
  out = tempDir("api");
  expect((await buildSite({ contentDir: "content", outDir: out, site: makeSiteOptions({ siteUrl: SITE }) })).ok).toBe(true);
});

describe("/api/articles.json", () => {
  test("has every record, newest first, with the documented fields", () => {
    const { version, articles } = api("articles.json");
    expect(version).toBe(1);
    expect(articles.map((a: { id: string }) => a.id)).toEqual(archive.articles.map((a) => a.id));
    expect(Object.keys(articles[0])).toEqual(["id", "url", "headline", "published", "precision", "zone", "dateline", "byline", "source", "summary", "wordCount", "entities", "body", "mentions"]);
    expect(articles[0]).toMatchObject({
      url: `${SITE}/2017/10/21/syria-troops-capture-central-town-recently-taken-by-is/`,
      published: "2017-10-21T04:45:00-06:00",
      zone: "America/Edmonton",
      dateline: "BEIRUT",
      byline: "Bassem Mroue",
      source: "The Associated Press",
    });
  });

  test("every mention's offsets select exactly its text", () => {
    for (const article of api("articles.json").articles) {
      for (const m of article.mentions) {
        const text = m.segment < 0 ? article.headline : article.body[m.segment];
        expect(text.slice(m.start, m.end), `${article.id} ${m.entity}`).toBe(m.text);
      }
      expect(article.mentions.length).toBe(archive.articles.find((a) => a.id === article.id)!.mentions.length);
    }
  });
});

describe("/api/entities.json", () => {
  test("has every entity with aliases, ids, coordinates and the URLs of its reports, which exist", () => {
    const { entities } = api("entities.json");
    expect(entities.map((e: { id: string }) => e.id).sort()).toEqual(archive.entities.map((e) => e.id).sort());
    const qaryatayn = entities.find((e: { id: string }) => e.id === "qaryatayn");
    expect(qaryatayn).toMatchObject({ kind: "place", name: "Qaryatayn", coordinates: { latitude: 34.2294, longitude: 37.2406 }, wikidata: null });
    expect(qaryatayn.aliases).toContain("Qaryatain");
    expect(qaryatayn.reports).toEqual([
      `${SITE}/2016/04/03/syrian-army-retakes-al-qaryatain-from-is/`,
      `${SITE}/2017/10/21/syria-troops-capture-central-town-recently-taken-by-is/`,
    ]);
    expect(entities.find((e: { id: string }) => e.id === "syria").wikidata).toBe("Q858");
    for (const e of entities) for (const url of e.reports) expect(existsSync(path.join(out, url.slice(SITE.length), "index.html"))).toBe(true);
  });
});
