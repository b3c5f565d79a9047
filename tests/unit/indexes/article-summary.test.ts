// summarize and byTime: the small view of a report, and oldest-first order by instant with ties by id.
import { describe, expect, test } from "vitest";
import { byTime, summarize } from "../../../src/indexes/article-summary.ts";
import { article } from "../entities/records.ts";

describe("byTime", () => {
  test.each<[string, [string, string], [string, string], number]>([
    ["earlier instant first", ["b", "2017-10-21T08:00:00.000Z"], ["a", "2017-10-21T09:00:00.000Z"], -1],
    // 04:45 at UTC-6 is 10:45 UTC: later than 08:00 UTC, though its text sorts first.
    ["instants, not text", ["a", "2017-10-21T04:45:00.000-06:00"], ["b", "2017-10-21T08:00:00.000Z"], 1],
    ["same instant in two zones: by id", ["b", "2017-10-21T10:45:00.000Z"], ["a", "2017-10-21T04:45:00.000-06:00"], 1],
    ["same instant, same id", ["a", "2017-10-21T10:45:00.000Z"], ["a", "2017-10-21T10:45:00.000Z"], 0],
  ])("%s: %j vs %j -> %i", (_name, [idA, publishedA], [idB, publishedB], sign) => {
    const a = article(idA, publishedA);
    const b = article(idB, publishedB);
    expect(Math.sign(byTime(a, b))).toBe(sign);
    expect(Math.sign(byTime(b, a))).toBe(sign === 0 ? 0 : -sign);
  });
});

describe("summarize", () => {
  test("keeps what lists show, and nothing else", () => {
    const record = article("x", "2017-10-21T04:45:00.000-06:00", {
      headline: "Syria troops capture town",
      zone: "America/Edmonton",
      precision: "day",
      dateline: { text: "BEIRUT (AP)", place: "BEIRUT", region: null },
      paragraphs: ["First paragraph.", "Second."],
    });
    expect(summarize(record)).toEqual({
      id: "x",
      url: "/2017/10/21/x/",
      headline: "Syria troops capture town",
      published: "2017-10-21T04:45:00.000-06:00",
      zone: "America/Edmonton",
      precision: "day",
      summary: "First paragraph.",
      dateline: { text: "BEIRUT (AP)", place: "BEIRUT", region: null },
    });
  });
});
