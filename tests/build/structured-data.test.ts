// JSON-LD, Open Graph and canonical tags, parsed from the built pages.
import { beforeAll, describe, expect, test } from "vitest";
import { buildSite } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { readPage } from "../helpers/built-page.ts";
import { tempDir, writeContent } from "../helpers/temp-content.ts";

const SITE = "https://archive.example.org";
const AP = "/2017/10/21/syria-troops-capture-central-town-recently-taken-by-is/";
const R003 = "/2016/04/03/syrian-army-retakes-al-qaryatain-from-is/";
let out: string;

beforeAll(async () => {
  out = tempDir("jsonld");
  const hostile = "---\nheadline: 'Closing </script><script>alert(1)</script> tags'\ndate: 2018-01-02\n---\nText.\n";
  expect((await buildSite({ contentDir: writeContent({ "hostile.md": hostile }, "content"), outDir: out, site: makeSiteOptions({ siteUrl: SITE }) })).ok).toBe(true);
});

const jsonLd = (url: string) => {
  const blocks = readPage(out, url).querySelectorAll('script[type="application/ld+json"]');
  expect(blocks).toHaveLength(1);
  return JSON.parse(blocks[0]!.rawText);
};

describe("NewsArticle", () => {
  test("report 000: headline, date with offset, dateline, author, source, place, mentions", () => {
    const ld = jsonLd(AP);
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Syria troops capture central town recently taken by IS",
      datePublished: "2017-10-21T13:45:00+03:00",
      dateline: "BEIRUT",
      author: [{ "@type": "Person", name: "Bassem Mroue" }],
      sourceOrganization: { "@type": "Organization", name: "The Associated Press", "@id": `${SITE}/organizations/associated-press/` },
      locationCreated: { "@type": "Place", name: "Beirut", "@id": `${SITE}/places/beirut/` },
      url: `${SITE}${AP}`,
    });
    const syria = ld.mentions.find((m: { name: string }) => m.name === "Syria");
    expect(syria).toEqual({
      "@type": "Place",
      "@id": `${SITE}/places/syria/`,
      name: "Syria",
      sameAs: "https://www.wikidata.org/wiki/Q858",
      geo: { "@type": "GeoCoordinates", latitude: 35.2167, longitude: 38.5833 },
    });
    expect(ld.mentions.find((m: { name: string }) => m.name === "Donald Trump")).toMatchObject({ "@type": "Person", sameAs: "https://www.wikidata.org/wiki/Q22686" });
    expect(ld.mentions.find((m: { name: string }) => m.name === "Islamic State")).toMatchObject({ "@type": "Organization", sameAs: "https://www.wikidata.org/wiki/Q2429253" });
  });

  test("report 003: a day-only date, and no author, source or place it does not give", () => {
    const ld = jsonLd(R003);
    expect(ld.datePublished).toBe("2016-04-03");
    expect(ld).not.toHaveProperty("author");
    expect(ld).not.toHaveProperty("sourceOrganization");
    expect(ld).not.toHaveProperty("locationCreated");
  });

  test("a headline with </script> cannot close the JSON-LD block", () => {
    const page = readPage(out, "/2018/01/02/closing-script-script-alert-1-script-tags/");
    expect(page.querySelectorAll("script")).toHaveLength(1);
    expect(JSON.parse(page.querySelector('script[type="application/ld+json"]')!.rawText).headline).toBe("Closing </script><script>alert(1)</script> tags");
  });
});

describe("entity JSON-LD and social tags", () => {
  test.each([
    ["/places/qaryatayn/", { "@type": "Place", name: "Qaryatayn", geo: { latitude: 34.2294, longitude: 37.2406 } }],
    ["/people/donald-trump/", { "@type": "Person", name: "Donald Trump", sameAs: "https://www.wikidata.org/wiki/Q22686" }],
    ["/organizations/islamic-state/", { "@type": "Organization", name: "Islamic State", sameAs: "https://www.wikidata.org/wiki/Q2429253" }],
  ])("%s", (url, expected) => {
    expect(jsonLd(url)).toMatchObject({ "@context": "https://schema.org", ...expected });
  });

  test.each([[AP, "article"], ["/places/qaryatayn/", "website"], ["/", "website"]])("%s has Open Graph (%s), Twitter and canonical tags", (url, type) => {
    const page = readPage(out, url);
    const meta = (attr: string, name: string) => page.querySelector(`meta[${attr}="${name}"]`)?.getAttribute("content");
    expect(meta("property", "og:type")).toBe(type);
    expect(meta("property", "og:url")).toBe(`${SITE}${url}`);
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(`${SITE}${url}`);
    expect(meta("name", "twitter:card")).toBe("summary");
    expect(meta("property", "og:title")?.length).toBeGreaterThan(3);
    if (type === "article") expect(meta("property", "article:published_time")).toBe("2017-10-21T13:45:00+03:00");
  });
});
