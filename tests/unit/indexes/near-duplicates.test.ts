// textFingerprint and buildNearDuplicates: copies of one story found from their text, and which is canonical.
import { describe, expect, test } from "vitest";
import { buildNearDuplicates, otherCopies } from "../../../src/indexes/near-duplicates.ts";
import { similarity, textFingerprint } from "../../../src/indexes/text-fingerprint.ts";
import type { ArchiveEntry } from "../../../src/types.ts";

const STORY = [
  "Russian artillery fire killed three people and wounded seven in the southern city of Kherson on Wednesday, the regional governor said.",
  "Shells struck a bus stop and a row of shops near the central market shortly after 10 a.m., when the area was crowded with shoppers.",
  "Ukrainian forces said they had shot down 18 of 20 drones launched overnight at the southern regions, most of them over Odesa.",
  "Moscow did not comment on the shelling, which came a day after the president visited troops on the southern front.",
];
const EDITED = [STORY[0]!.replace("Wednesday", "Wednesday morning"), STORY[1]!, STORY[2]!.replace("18 of 20", "most of the"), "A republisher's own last line about something else entirely."];
const OTHER = [
  "Thousands of people driven from their homes by record floods crowded into schools, gyms and churches on Wednesday.",
  "Forecasters expect more rain through the weekend, followed by a sharp drop in temperatures across the state.",
];

const entry = (id: string, published: string, more: Partial<ArchiveEntry> = {}) => ({ id, published, headline: id, url: `/${id}/`, source: null, ...more }) as unknown as ArchiveEntry;

describe("textFingerprint", () => {
  test("the same text, the same signature; an edited copy agrees in most slots; another story in few", () => {
    expect(textFingerprint(STORY)).toEqual(textFingerprint([...STORY]));
    expect(similarity(textFingerprint(STORY), textFingerprint(EDITED))).toBeGreaterThan(0.4);
    expect(similarity(textFingerprint(STORY), textFingerprint(OTHER))).toBeLessThan(0.15);
  });

  test("every slot is a small integer (30 bits), and a text shorter than a shingle has none", () => {
    expect(textFingerprint(STORY).every((v) => Number.isInteger(v) && v >= 0 && v < 2 ** 30)).toBe(true);
    expect(textFingerprint(["Too short."])).toEqual([]);
  });
});

describe("buildNearDuplicates", () => {
  const reports = [
    { entry: entry("republished", "2023-11-08T16:31:00+00:00"), fingerprint: textFingerprint(EDITED) },
    { entry: entry("original", "2023-11-08T09:40:00-05:00"), fingerprint: textFingerprint(STORY) },
    { entry: entry("floods", "2023-11-08T09:00:00+00:00"), fingerprint: textFingerprint(OTHER) },
  ];

  test("copies of one story form a group, the first published canonical; other reports are in none", () => {
    const index = buildNearDuplicates(reports);
    expect(index.get("republished")!.map((e) => e.id)).toEqual(["original", "republished"]);
    expect(index.get("original")!.map((e) => e.id)).toEqual(["original", "republished"]);
    expect(index.has("floods")).toBe(false);
    expect(otherCopies(index, { id: "republished" }).map((e) => e.id)).toEqual(["original"]);
    expect(otherCopies(index, { id: "floods" })).toEqual([]);
  });

  test("an editor's canonical: true wins over the first published", () => {
    const marked = [{ ...reports[0]!, entry: entry("republished", "2023-11-08T16:31:00+00:00", { canonical: true }) }, reports[1]!];
    expect(buildNearDuplicates(marked).get("original")!.map((e) => e.id)).toEqual(["republished", "original"]);
  });

  test("the input order does not matter", () => {
    expect([...buildNearDuplicates([...reports].reverse())].sort()).toEqual([...buildNearDuplicates(reports)].sort());
  });
});
