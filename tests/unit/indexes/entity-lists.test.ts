// buildEntityLists: per kind, the list by name (case- and accent-insensitive, numbers as numbers) and by number of reports.
import { describe, expect, test } from "vitest";
import { summarize } from "../../../src/indexes/article-summary.ts";
import type { EntityPage } from "../../../src/indexes/build-entity-index.ts";
import { buildEntityLists, type EntityListPage } from "../../../src/indexes/entity-lists.ts";
import type { Entity } from "../../../src/types.ts";
import { article, entity } from "../entities/records.ts";

/** A page whose entity has `reports` reports (their content does not matter to the lists). */
const page = (e: Entity, reports: number): EntityPage => ({
  entity: e,
  reports: Array.from({ length: reports }, (_, i) => ({ article: summarize(article(`r${i}`, "2017-01-01T00:00:00.000Z")), sentence: "", mentions: 1, role: "mention" as const })),
  spellings: [],
  companions: [],
  mentionCount: reports,
});

const PAGES = [
  page(entity("damascus", "Damascus"), 5),
  page(entity("bashar-assad", "Bashar al-Assad", "person"), 4),
  page(entity("aleppo", "Aleppo"), 3),
  page(entity("tanf", "al-Tanf"), 1),
  page(entity("beirut", "beirut"), 3),
  page(entity("cobanbey", "Çobanbey"), 0),
  page(entity("m15", "M15 highway"), 2),
  page(entity("m4", "M4 highway"), 2),
  page(entity("palmyra-ruins", "palmyra"), 1),
  page(entity("palmyra", "Palmyra"), 1),
  page(entity("donald-trump", "Donald Trump", "person"), 4),
  page(entity("rami-abdel-rahman", "Rami Abdel-Rahman", "person"), 1),
];

const lists = buildEntityLists(PAGES, "en");
const rowsOf = (list: EntityListPage) => list.rows.map((r) => [r.entity.id, r.reports]);

describe("buildEntityLists", () => {
  test("two lists per kind, places, people, organizations, with their titles and URLs", () => {
    expect(lists.map((l) => [l.kind, l.order, l.title, l.url, l.urls])).toEqual([
      ["place", "name", "Places", "/places/", { name: "/places/", reports: "/places/by-reports/" }],
      ["place", "reports", "Places by number of reports", "/places/by-reports/", { name: "/places/", reports: "/places/by-reports/" }],
      ["person", "name", "People", "/people/", { name: "/people/", reports: "/people/by-reports/" }],
      ["person", "reports", "People by number of reports", "/people/by-reports/", { name: "/people/", reports: "/people/by-reports/" }],
      ["organization", "name", "Organizations", "/organizations/", { name: "/organizations/", reports: "/organizations/by-reports/" }],
      [
        "organization",
        "reports",
        "Organizations by number of reports",
        "/organizations/by-reports/",
        { name: "/organizations/", reports: "/organizations/by-reports/" },
      ],
    ]);
  });

  test.each<[string, number, [string, number][]]>([
    [
      // Case and accents ignored ("beirut", "Çobanbey"); a hyphen sorts before letters ("al-Tanf"
      // before "Aleppo"); "M4" before "M15"; equal names ("palmyra", "Palmyra") by id.
      "places by name",
      0,
      [
        ["tanf", 1],
        ["aleppo", 3],
        ["beirut", 3],
        ["cobanbey", 0],
        ["damascus", 5],
        ["m4", 2],
        ["m15", 2],
        ["palmyra", 1],
        ["palmyra-ruins", 1],
      ],
    ],
    [
      // Most reports first; ties in name order.
      "places by reports",
      1,
      [
        ["damascus", 5],
        ["aleppo", 3],
        ["beirut", 3],
        ["m4", 2],
        ["m15", 2],
        ["tanf", 1],
        ["palmyra", 1],
        ["palmyra-ruins", 1],
        ["cobanbey", 0],
      ],
    ],
    ["people by name", 2, [["bashar-assad", 4], ["donald-trump", 4], ["rami-abdel-rahman", 1]]],
    ["people by reports", 3, [["bashar-assad", 4], ["donald-trump", 4], ["rami-abdel-rahman", 1]]],
    ["organizations by name (none)", 4, []],
    ["organizations by reports (none)", 5, []],
  ])("%s (list %i)", (_name, index, rows) => {
    expect(rowsOf(lists[index]!)).toEqual(rows);
  });

  test("a row is the entity's summary and its number of reports", () => {
    expect(lists[2]!.rows[0]).toEqual({
      entity: { id: "bashar-assad", name: "Bashar al-Assad", kind: "person", url: "/people/bashar-assad/", wikidata: expect.toBeOneOf([null, expect.any(String)]), coordinates: null },
      reports: 4,
    });
  });

  test("the order of the pages given does not matter", () => {
    expect(buildEntityLists([...PAGES].reverse(), "en")).toEqual(lists);
  });
});
