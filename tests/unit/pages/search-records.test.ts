// searchRecord: what Pagefind is given for a report, and filter values that Pagefind UI's innerHTML shows as text.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ENTITY_SEPARATOR, NAMES_MARK, SPELLING_SEPARATOR, searchFilterValue, searchRecord } from "../../../src/pages/search-records.ts";
import { linkArticles } from "../../../src/entities/link-articles.ts";
import { article, realGazetteer } from "../entities/records.ts";

/** One pass of character-reference decoding, as innerHTML does. */
const decodeOnce = (html: string) => html.replace(/&(amp|lt|gt|quot|#39);/g, (_all, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[name]!);

describe("searchFilterValue", () => {
  test.each<[string, string]>([
    ["Palmyra", "Palmyra"],
    ["AT&T", "AT&amp;T"],
    ["<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"],
    ["&lt;b&gt;", "&amp;lt;b&amp;gt;"],
    [`"Co" & 'Sons'`, "&quot;Co&quot; &amp; &#39;Sons&#39;"],
  ])("%j is given to Pagefind as %j", (name, value) => {
    expect(searchFilterValue(name)).toBe(value);
  });

  test("holds no '<', and innerHTML turns it back into the name", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (name) => {
        expect(searchFilterValue(name)).not.toContain("<");
        expect(decodeOnce(searchFilterValue(name))).toBe(name);
      }),
    );
  });
});

describe("searchRecord", () => {
  const { entities } = realGazetteer();
  const [linked] = linkArticles([article("a", "2017-10-21T04:45:00-06:00", { headline: "Troops retake Qaryatayn", paragraphs: ["BEIRUT — Troops retook Al-Qaryatain from IS."] })], entities, "first").articles;
  const record = searchRecord(linked!, new Map(entities.map((e) => [e.id, e])), "en");

  test("is the report's URL, headline, text and date, sorted by the UTC instant", () => {
    expect(record.url).toBe(linked!.url);
    expect(record.meta.title).toBe("Troops retake Qaryatayn");
    expect(record.content.startsWith("Troops retake Qaryatayn\n\nBEIRUT — Troops retook Al-Qaryatain from IS.")).toBe(true);
    expect(record.sort).toEqual({ date: "2017-10-21T10:45:00.000Z" });
    expect(record.filters.year).toEqual(["2017"]);
  });

  test("filters by the names of the entities, and any spelling of them finds the report", () => {
    expect(record.filters.place).toContain("Qaryatayn");
    expect(record.filters.organization).toContain("Islamic State");
    // Quaryatayn is a spelling the text never uses.
    expect(record.content).toMatch(/\bQuaryatayn\b/);
  });

  test("the names close the text after the mark, each entity's spellings together", () => {
    const [text, names] = record.content.split(`\n\n${NAMES_MARK} `);
    expect(text).not.toContain("Quaryatayn");
    const groups = names!.split(ENTITY_SEPARATOR).map((g) => g.split(SPELLING_SEPARATOR));
    expect(groups).toContainEqual(["Qaryatayn", "Qaryatain", "Qaryatein", "Quaryatayn", "Karyatain"]);
    expect(groups.find((g) => g[0] === "Islamic State")).toContain("IS");
  });
});
