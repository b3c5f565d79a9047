// toSlug and isValidSlug: URL segments made from headlines, and which editor-written slugs are usable.
import slugify from "@sindresorhus/slugify";
import { describe, expect, test } from "vitest";
import { isValidSlug, toSlug } from "../../../src/indexes/slug.ts";

const LONG_HEADLINE =
  "Syrian government forces and their allies regained control on Saturday of a predominantly Christian central town";

describe("toSlug", () => {
  test.each<[string, string]>([
    ["Syria troops capture central town recently taken by IS", "syria-troops-capture-central-town-recently-taken-by-is"],
    ["Syrian army retakes Al-Qaryatain from IS", "syrian-army-retakes-al-qaryatain-from-is"],
    ["McClatchy buys paper", "mcclatchy-buys-paper"],
    ["U.S. & allies meet", "u-s-and-allies-meet"],
    ["São Paulo’s mayor: “We’re ready”", "sao-paulos-mayor-we-re-ready"],
    ["Erdoğan visits café in Zürich", "erdogan-visits-cafe-in-zuerich"],
    ["Déjà vu in Köln: 100% sure", "deja-vu-in-koeln-100-sure"],
    ["  Spaces   and -- dashes  ", "spaces-and-dashes"],
    ["!!!", ""],
    [LONG_HEADLINE, "syrian-government-forces-and-their-allies-regained-control-on-saturday-of-a"],
    ["a".repeat(120), "a".repeat(80)],
  ])("%j -> %j", (headline, slug) => {
    expect(toSlug(headline)).toBe(slug);
  });

  test.each([LONG_HEADLINE, `${"word ".repeat(30)}end`, `${"x".repeat(79)} yy`, `${"x".repeat(80)} yy`])(
    "%j is cut at a word boundary to at most 80 characters",
    (headline) => {
      const slug = toSlug(headline);
      const full = slugify(headline, { decamelize: false });
      expect(full.length).toBeGreaterThan(80);
      expect(slug.length).toBeLessThanOrEqual(80);
      expect(isValidSlug(slug)).toBe(true);
      // A prefix of the whole slug that ends where a word ends.
      expect(full.startsWith(slug)).toBe(true);
      expect(full[slug.length]).toBe("-");
    },
  );

  test.each<[string, string]>([
    [`${"x".repeat(79)} yy`, "x".repeat(79)],
    [`${"x".repeat(78)} y`, `${"x".repeat(78)}-y`],
    [`${"x".repeat(80)} yy`, "x".repeat(80)],
  ])("cut edge %j -> %j", (headline, slug) => {
    expect(toSlug(headline)).toBe(slug);
  });
});

describe("isValidSlug", () => {
  test.each(["syria-troops-capture-town", "abc123", "2017", "a"])("%j is valid", (slug) => {
    expect(isValidSlug(slug)).toBe(true);
  });

  test.each(["", "My-Slug", "a--b", "-a", "a-", "a_b", "a b", "é", "a/b", "town-retaken!"])("%j is not valid", (slug) => {
    expect(isValidSlug(slug)).toBe(false);
  });
});
