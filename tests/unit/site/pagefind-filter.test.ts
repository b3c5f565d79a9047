// pagefindFilterValue and entityFilterAttributes: after Pagefind's own decoding, a filter value holds no markup, and Pagefind UI's innerHTML shows the name exactly.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { entityFilterAttributes, pagefindFilterValue } from "../../../src/site/pagefind-filter.ts";

/** One pass of character-reference decoding, as Pagefind's indexer and innerHTML each do to these values. */
const decodeOnce = (html: string) => html.replace(/&(amp|lt|gt);/g, (_all, name: string) => ({ amp: "&", lt: "<", gt: ">" })[name]!);

describe("pagefindFilterValue", () => {
  test.each<[string, string]>([
    ["Palmyra", "Palmyra"],
    ["Deir ez-Zor", "Deir ez-Zor"],
    ["AT&T", "AT&amp;amp;T"],
    ["<img src=x onerror=alert(1)>", "&amp;lt;img src=x onerror=alert(1)&amp;gt;"],
    ["&lt;b&gt;", "&amp;amp;lt;b&amp;amp;gt;"],
  ])("%j is given to Pagefind as %j", (name, value) => {
    expect(pagefindFilterValue(name)).toBe(value);
  });

  test("what Pagefind stores holds no '<', and innerHTML turns it back into the name", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (name) => {
        const stored = decodeOnce(pagefindFilterValue(name));
        expect(stored).not.toContain("<");
        expect(decodeOnce(stored)).toBe(name);
      }),
    );
  });
});

describe("entityFilterAttributes", () => {
  test.each<[string, Record<string, string>]>([
    // Nothing to escape: the link's own text is the value, as before.
    ["Palmyra", { "data-pagefind-filter": "place" }],
    [`Shaykh Maqsud "Sheikh" al-Ma'ruf`, { "data-pagefind-filter": "place" }],
    // Anything else: the escaped value, in an attribute Pagefind reads.
    ["AT&T", { "data-pagefind-filter": "place[data-filter-value]", "data-filter-value": "AT&amp;amp;T" }],
    ["a > b", { "data-pagefind-filter": "place[data-filter-value]", "data-filter-value": "a &amp;gt; b" }],
  ])("%j", (name, attributes) => {
    expect(entityFilterAttributes("place", name)).toEqual(attributes);
  });
});
