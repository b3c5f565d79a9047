// Atom feeds parsed back with an XML parser and checked entry by entry.
import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, test } from "vitest";
import { loadArchive } from "../../src/load-archive.ts";
import { buildSite } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { readPage } from "../helpers/built-page.ts";
import { tempDir, writeContent } from "../helpers/temp-content.ts";

const SITE = "https://archive.example.org";
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link", "author"].includes(name) });
let out: string;

beforeAll(async () => {
  out = tempDir("feeds");
  const hostile = "---\nheadline: 'A <b>bold</b> claim ]]> & more'\ndate: 2018-01-02\nsource: Agence France-Presse\n---\nTroops <i>entered</i> Palmyra.\n";
  expect((await buildSite({ contentDir: writeContent({ "hostile.md": hostile }, "content"), outDir: out, site: makeSiteOptions({ siteUrl: SITE }) })).ok).toBe(true);
});

const feedAt = (url: string) => parser.parse(readFileSync(path.join(out, url), "utf8")).feed;

describe("the archive feed", () => {
  test("has an id, self link, updated from the newest report, and every report newest first", () => {
    const feed = feedAt("/feed.xml");
    expect(feed.id).toBe(`${SITE}/feed.xml`);
    expect(feed.link.map((l: Record<string, string>) => [l["@rel"], l["@href"]])).toEqual([
      ["alternate", `${SITE}/`],
      ["self", `${SITE}/feed.xml`],
    ]);
    expect(feed.updated).toBe("2018-01-02T00:00:00.000Z");
    // Entry ids are the reports' ids as tag: URIs: a new headline (a new URL) is not a new entry.
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual([
      "tag:archive.example.org,2018:report:hostile",
      "tag:archive.example.org,2017:report:000_0b9dd1b0225d99c4",
      "tag:archive.example.org,2016:report:003_f792764ede64bdaf",
    ]);
    expect(feed.entry.map((e: { link: { "@href": string }[] }) => e.link[0]!["@href"])).toEqual([
      `${SITE}/2018/01/02/a-b-bold-b-claim-and-more/`,
      `${SITE}/2017/10/21/syria-troops-capture-central-town-recently-taken-by-is/`,
      `${SITE}/2016/04/03/syrian-army-retakes-al-qaryatain-from-is/`,
    ]);
  });

  test("each entry: title, absolute link, updated instant, author, summary and content", () => {
    const [, ap, r003] = feedAt("/feed.xml").entry;
    expect(ap.title["#text"]).toBe("Syria troops capture central town recently taken by IS");
    expect(ap.link[0]["@href"]).toBe(`${SITE}/2017/10/21/syria-troops-capture-central-town-recently-taken-by-is/`);
    expect(ap.updated).toBe("2017-10-21T10:45:00.000Z");
    expect(ap.author.map((a: { name: string }) => a.name)).toEqual(["Bassem Mroue"]);
    expect(ap.summary["#text"]).toMatch(/^Syrian government forces and their allies/);
    expect(ap.content["#text"]).toContain("<p><span class=\"dateline\">BEIRUT —</span> Syrian government forces");
    expect(r003.author).toBeUndefined();
  });

  test("a headline's markup is escaped for feed readers, and a CDATA end in it cannot break the XML", () => {
    const [hostile] = feedAt("/feed.xml").entry;
    expect(hostile.title["@type"]).toBe("html");
    expect(hostile.title["#text"]).toBe("A &lt;b&gt;bold&lt;/b&gt; claim ]]&gt; &amp; more");
    expect(hostile.content["#text"]).toBe("<p>Troops &lt;i&gt;entered&lt;/i&gt; Palmyra.</p>\n");
  });
});

describe("entity feeds", () => {
  test("every entity with reports has a feed of them, newest first, linked from its page", () => {
    const { archive } = loadArchive("content");
    for (const page of archive.entityPages.filter((p) => p.reports.length > 0)) {
      const feed = feedAt(`${page.entity.url}feed.xml`);
      expect(feed.id).toBe(`${SITE}${page.entity.url}feed.xml`);
      expect(feed.entry.length).toBeGreaterThanOrEqual(page.reports.length);
      const link = readPage(out, page.entity.url).querySelector('link[rel="alternate"][type="application/atom+xml"]');
      expect(link?.getAttribute("href")).toBe(`${SITE}${page.entity.url}feed.xml`);
    }
    const palmyra = feedAt("/places/palmyra/feed.xml");
    expect(palmyra.entry.map((e: { link: { "@href": string }[] }) => e.link[0]!["@href"].slice(SITE.length, SITE.length + 12))).toEqual(["/2018/01/02/", "/2017/10/21/", "/2016/04/03/"]);
  });
});
