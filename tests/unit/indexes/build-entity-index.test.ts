// buildEntityIndex: each entity page's reports (oldest first, with the quoting sentence), spellings and companions.
import { describe, expect, test } from "vitest";
import { summarize } from "../../../src/indexes/article-summary.ts";
import { archiveEntry } from "../../../src/entities/archive-entry.ts";
import { buildEntityIndex as indexEntries, companionScore, type EntityPage } from "../../../src/indexes/build-entity-index.ts";
import type { Entity, LinkedArticle } from "../../../src/types.ts";
import { article, entity, linked } from "../entities/records.ts";

const ENTITIES = [
  entity("palmyra", "Palmyra"),
  entity("homs", "Homs"),
  entity("islamic-state", "Islamic State", "organization"),
  entity("syria", "Syria"),
  entity("bashar-assad", "Bashar al-Assad", "person"),
];

// Published instants, oldest first: d, b, a = c (same instant, a first by id), f, e.
const A = linked(
  article("a-palmyra-retaken", "2017-10-21T04:45:00.000-06:00", {
    headline: "IS loses Palmyra",
    paragraphs: ["Syrian troops retook Palmyra on Sunday. IS fled toward Homs.", "Palmyra was calm."],
  }),
  [["islamic-state", "IS", -1], ["palmyra", "Palmyra", -1], ["palmyra", "Palmyra", 0], ["islamic-state", "IS", 0], ["homs", "Homs", 0], ["palmyra", "Palmyra", 1]],
);
const B = linked(
  article("b-homs-shelled", "2017-10-21T08:00:00.000Z", {
    headline: "Shelling in Homs",
    paragraphs: ["Shelling hit Homs, the U.S. military said. Tadmur was quiet."],
  }),
  [["homs", "Homs", -1], ["homs", "Homs", 0], ["palmyra", "Tadmur", 0]],
);
const C = linked(
  article("c-same-instant", "2017-10-21T10:45:00.000Z", { headline: "Syria update", paragraphs: ["In Syria, IS attacked Palmyra again."] }),
  [["syria", "Syria", -1], ["syria", "Syria", 0], ["islamic-state", "IS", 0], ["palmyra", "Palmyra", 0]],
);
const D = linked(
  article("d-declared-only", "2016-03-27T09:00:00.000+03:00", { headline: "Desert town retaken", paragraphs: ["Troops retook the ancient town."] }),
  [],
  ["palmyra"],
);
const E = linked(
  article("e-headline-only", "2018-01-01T00:00:00.000Z", { headline: "Quiet day in Homs", paragraphs: ["Nothing happened."] }),
  [["homs", "Homs", -1]],
);
const F = linked(
  article("f-markdown", "2017-11-01T12:00:00.000+02:00", {
    format: "markdown",
    headline: "Roundup",
    paragraphs: ["- **Tadmur** fell to IS.\n- Homs held."],
  }),
  [["palmyra", "Tadmur", 0], ["islamic-state", "IS", 0], ["homs", "Homs", 1]],
);

/** The index is built from the link stage's compact entries, as the pipeline builds it. */
const buildEntityIndex = (articles: LinkedArticle[], entities: Entity[]) => indexEntries(articles.map((a) => archiveEntry(a, a.id)), entities);

// The input order must not matter.
const pages = buildEntityIndex([E, A, F, C, D, B], ENTITIES);
const pageOf = (id: string) => pages.find((p) => p.entity.id === id)!;

describe("buildEntityIndex", () => {
  test("one page per entity, in gazetteer order, each holding its entity", () => {
    expect(pages.map((p) => p.entity)).toEqual(ENTITIES);
  });

  test.each<[string, [string, string, number][]]>([
    [
      "palmyra",
      [
        // Declared only: no sentence, no mentions.
        ["d-declared-only", "", 0],
        ["b-homs-shelled", "Tadmur was quiet.", 1],
        // The first body mention is quoted, not the headline.
        ["a-palmyra-retaken", "Syrian troops retook Palmyra on Sunday.", 3],
        ["c-same-instant", "In Syria, IS attacked Palmyra again.", 1],
        // Markdown: the sentence is plain text of the list item, without the ** markup.
        ["f-markdown", "Tadmur fell to IS.", 1],
      ],
    ],
    [
      "homs",
      [
        ["b-homs-shelled", "Shelling hit Homs, the U.S. military said.", 2],
        ["a-palmyra-retaken", "IS fled toward Homs.", 1],
        ["f-markdown", "Homs held.", 1],
        // Named only in the headline: the headline is quoted.
        ["e-headline-only", "Quiet day in Homs", 1],
      ],
    ],
    [
      "islamic-state",
      [
        ["a-palmyra-retaken", "IS fled toward Homs.", 2],
        ["c-same-instant", "In Syria, IS attacked Palmyra again.", 1],
        ["f-markdown", "Tadmur fell to IS.", 1],
      ],
    ],
    ["syria", [["c-same-instant", "In Syria, IS attacked Palmyra again.", 2]]],
    ["bashar-assad", []],
  ])("%s: reports oldest to newest (ties by id), the sentence and the number of mentions", (id, reports) => {
    expect(pageOf(id).reports.map((r) => [r.article.id, r.sentence, r.mentions])).toEqual(reports);
  });

  test("a report is shown by its summary", () => {
    expect(pageOf("syria").reports[0]!.article).toEqual(summarize(C));
    expect(pageOf("syria").reports[0]!.article).toEqual({
      id: "c-same-instant",
      url: "/2017/10/21/c-same-instant/",
      headline: "Syria update",
      published: "2017-10-21T10:45:00.000Z",
      zone: "UTC",
      precision: "minute",
      summary: "In Syria, IS attacked Palmyra again.",
      dateline: null,
    });
  });

  test.each<[string, EntityPage["spellings"], number]>([
    // The name itself ("Palmyra", 4 times) is not another spelling.
    ["palmyra", [{ text: "Tadmur", count: 2 }], 6],
    ["homs", [], 5],
    ["islamic-state", [{ text: "IS", count: 4 }], 4],
    ["syria", [], 2],
    ["bashar-assad", [], 0],
  ])("%s: the other spellings as written, most used first, and the mention count", (id, spellings, mentionCount) => {
    expect(pageOf(id).spellings).toEqual(spellings);
    expect(pageOf(id).mentionCount).toBe(mentionCount);
  });

  test.each<[string, [string, number][]]>([
    // Homs and IS share 3 reports each with Palmyra; IS is named in 3 reports, Homs in 4: IS says more.
    ["palmyra", [["islamic-state", 3], ["homs", 3], ["syria", 1]]],
    ["homs", [["palmyra", 3], ["islamic-state", 2]]],
    ["islamic-state", [["palmyra", 3], ["homs", 2], ["syria", 1]]],
    // One report each: IS (in 3 reports) is rarer than Palmyra (in 5).
    ["syria", [["islamic-state", 1], ["palmyra", 1]]],
    ["bashar-assad", []],
  ])("%s: companions, most telling first", (id, companions) => {
    expect(pageOf(id).companions.map((c) => [c.entity.id, c.reports])).toEqual(companions);
  });

  test("a companion is the entity's summary", () => {
    expect(pageOf("syria").companions[0]!.entity).toEqual({
      id: "islamic-state",
      name: "Islamic State",
      kind: "organization",
      url: "/organizations/islamic-state/",
      wikidata: expect.toBeOneOf([null, expect.any(String)]),
      coordinates: null,
    });
  });

  test("spellings tie alphabetically, by code unit", () => {
    const q = entity("qaryatayn", "Qaryatayn");
    const one = linked(article("one", "2017-01-01T00:00:00.000Z", { paragraphs: ["Qaryatain and al-Qaryatain and Al-Qaryatain."] }), [
      ["qaryatayn", "Qaryatain"],
      ["qaryatayn", "al-Qaryatain"],
      ["qaryatayn", "Al-Qaryatain"],
    ]);
    expect(buildEntityIndex([one], [q])[0]!.spellings).toEqual([
      { text: "Al-Qaryatain", count: 1 },
      { text: "Qaryatain", count: 1 },
      { text: "al-Qaryatain", count: 1 },
    ]);
  });

  test("a companion named in nearly every report ranks below one named mostly with the entity", () => {
    const [town, country, neighbour] = [entity("town", "Town"), entity("country", "Country"), entity("neighbour", "Neighbour")];
    const articles = Array.from({ length: 100 }, (_, i) => {
      // Country in all 100; town in the first 10; the neighbour in 6, 5 of them with the town.
      const ids = ["country", ...(i < 10 ? ["town"] : []), ...(i >= 5 && i < 11 ? ["neighbour"] : [])];
      return linked(article(`r${String(i).padStart(3, "0")}`, `2017-01-01T${String(i % 24).padStart(2, "0")}:00:00.000Z`), [], ids);
    });
    const page = buildEntityIndex(articles, [town!, country!, neighbour!])[0]!;
    // By shared reports alone the country (10) would come first.
    expect(page.companions.map((c) => [c.entity.id, c.reports])).toEqual([
      ["neighbour", 5],
      ["country", 10],
    ]);
  });

  test("companionScore: more shared reports, and a rarer companion, score higher", () => {
    expect(companionScore(5, 10, 6)).toBeGreaterThan(companionScore(10, 10, 100));
    expect(companionScore(2, 10, 10)).toBeGreaterThan(companionScore(1, 10, 10));
    expect(companionScore(1, 10, 5)).toBeGreaterThan(companionScore(1, 10, 50));
  });

  test("at most ten companions are kept, the most telling first", () => {
    const many = Array.from({ length: 12 }, (_, i) => entity(`place-${String(i).padStart(2, "0")}`, `Place ${i}`));
    const ids = many.map((e) => e.id);
    const articles = [
      linked(article("one", "2017-01-01T00:00:00.000Z"), [], ids),
      // place-11 is named with place-00 twice, so it ranks first among place-00's companions.
      linked(article("two", "2017-01-02T00:00:00.000Z"), [], ["place-00", "place-11"]),
    ];
    const page = buildEntityIndex(articles, many)[0]!;
    expect(page.companions.map((c) => [c.entity.id, c.reports])).toEqual([
      ["place-11", 2],
      ...ids.slice(1, 10).map((id) => [id, 1]),
    ]);
  });

  test("an adjective lists the report but is not a spelling; the quoted sentence is a name's when there is one", () => {
    const record = article("g-adjective", "2017-12-01T12:00:00.000Z", { headline: "Jets over Homs", paragraphs: ["Syrian jets flew over Homs.", "Syria denied it."] });
    const adjectiveOnly = { ...linked(record, [["syria", "Syrian", 0]]) };
    adjectiveOnly.mentions = adjectiveOnly.mentions.map((m) => ({ ...m, adjective: true as const, linked: false }));
    const both = { ...linked({ ...record, id: "h-both" }, [["syria", "Syrian", 0], ["syria", "Syria", 1]]) };
    both.mentions = both.mentions.map((m) => (m.text === "Syrian" ? { ...m, adjective: true as const, linked: false } : m));
    const [page] = buildEntityIndex([adjectiveOnly, both], [entity("syria", "Syria")]);
    // "Syria" is the name, "Syrian" an adjective: no other spelling.
    expect(page!.spellings).toEqual([]);
    expect(page!.reports.map((r) => [r.article.id, r.sentence])).toEqual([
      ["g-adjective", "Syrian jets flew over Homs."],
      ["h-both", "Syria denied it."],
    ]);
  });

  test("no articles: every page is empty", () => {
    expect(buildEntityIndex([], [ENTITIES[0]!])).toEqual([{ entity: ENTITIES[0], reports: [], spellings: [], companions: [], mentionCount: 0 }]);
  });
});
