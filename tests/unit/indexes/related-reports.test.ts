// buildRelatedReports: for each report, up to five others ranked by entities shared, then closeness in time, then time order.
import { describe, expect, test } from "vitest";
import { summarize } from "../../../src/indexes/article-summary.ts";
import { buildRelatedReports, relatedReports, type RelatedIndex } from "../../../src/indexes/related-reports.ts";
import type { LinkedArticle } from "../../../src/types.ts";
import { article, linked } from "../entities/records.ts";

/** A report about the given entities (declared, so no text is needed), published at `published`. */
const about = (id: string, published: string, ids: string[]): LinkedArticle => linked(article(id, published), [], ids);

const REPORTS = [
  about("p1", "2017-01-01T00:00:00.000Z", ["a", "b", "c"]),
  about("p2", "2017-01-05T00:00:00.000Z", ["a", "b"]),
  about("p3", "2017-01-02T00:00:00.000Z", ["a"]),
  about("p4", "2017-01-10T00:00:00.000Z", ["c", "b", "a"]),
  about("p5", "2016-12-31T00:00:00.000Z", ["c"]),
  about("p6", "2017-01-03T00:00:00.000Z", ["x"]),
  // Same instant as p3, written with another offset.
  about("p7", "2017-01-02T03:00:00.000+03:00", ["a"]),
  about("p8", "2017-01-01T12:00:00.000Z", ["b"]),
];

const related = buildRelatedReports(REPORTS);

/** What the report's page shows of its related reports. */
const shown = (index: RelatedIndex, id: string) => relatedReports(index, REPORTS.find((r) => r.id === id)!);

describe("buildRelatedReports", () => {
  test.each<[string, [string, string[]][]]>([
    [
      "p1",
      [
        // Most shared first; shared ids in the order the other report lists them.
        ["p4", ["c", "b", "a"]],
        ["p2", ["a", "b"]],
        // One shared: closest in time first (p8 is half a day away, the others one day).
        ["p8", ["b"]],
        // Equally close (one day before, one day after): the older first, then by id. p7 is the sixth: cut.
        ["p5", ["c"]],
        ["p3", ["a"]],
      ],
    ],
    [
      "p2",
      [
        ["p1", ["a", "b"]],
        ["p4", ["b", "a"]],
        ["p3", ["a"]],
        ["p7", ["a"]],
        ["p8", ["b"]],
      ],
    ],
    [
      "p3",
      [
        ["p7", ["a"]],
        ["p1", ["a"]],
        ["p2", ["a"]],
        ["p4", ["a"]],
      ],
    ],
    ["p5", [["p1", ["c"]], ["p4", ["c"]]]],
    // Nothing in common with anything.
    ["p6", []],
  ])("%s -> %j", (id, expected) => {
    expect(shown(related, id).map((r) => [r.article.id, r.shared])).toEqual(expected);
  });

  test("every report has an entry; a related report is shown by its summary", () => {
    expect([...related.keys()].sort()).toEqual(["p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8"]);
    expect(shown(related, "p5")[0]!.article).toEqual(summarize(REPORTS[0]!));
  });

  test("the input order does not matter", () => {
    const reversed = buildRelatedReports([...REPORTS].reverse());
    expect(Object.fromEntries(reversed)).toEqual(Object.fromEntries(related));
  });

  test("no reports, no entries", () => {
    expect(buildRelatedReports([])).toEqual(new Map());
  });

  test("an entity named in very many reports still relates reports near in time", () => {
    // 100 reports a day apart, all about "syria": past the full-scan size, so only neighbours are scanned.
    const many = Array.from({ length: 100 }, (_, i) => about(`r${String(i).padStart(3, "0")}`, new Date(Date.UTC(2017, 0, 1 + i)).toISOString(), ["syria"]));
    expect(buildRelatedReports(many).get("r050")!.map((r) => r.id)).toEqual(["r049", "r051", "r048", "r052", "r047"]);
  });
});
