// linkArticles: which mentions the page links under each policy, the entities an article is about, and unknown declared ids.
import { describe, expect, test } from "vitest";
import { formatOne } from "../../../src/diagnostics/format-diagnostics.ts";
import { linkArticles, type LinkPolicy } from "../../../src/entities/link-articles.ts";
import type { Diagnostic } from "../../../src/types.ts";
import { article, realGazetteer } from "./records.ts";

const { entities } = realGazetteer();

const REPORT = article("palmyra-retaken", "2017-10-21T04:45:00.000-06:00", {
  headline: "Syria troops retake Palmyra from IS",
  paragraphs: [
    "Syrian troops retook Palmyra from IS on Sunday, the army said.",
    "IS had held Palmyra since May. Russia backed the push on Palmyra.",
  ],
});

/** [entity, text, segment, start, end, linked] */
type Row = [string, string, number, number, number, boolean];
const rows = (policy: LinkPolicy, record = REPORT) =>
  linkArticles([record], entities, policy).articles[0]!.mentions.map((m): Row => [m.entity, m.text, m.segment, m.start, m.end, m.linked]);

const HEADLINE: Row[] = [
  ["syrian-army", "Syria troops", -1, 0, 12, false],
  ["palmyra", "Palmyra", -1, 20, 27, false],
  ["islamic-state", "IS", -1, 33, 35, false],
];

describe("linkArticles: link policy", () => {
  test.each<[LinkPolicy, Row[]]>([
    [
      "first",
      [
        ...HEADLINE,
        ["syrian-army", "Syrian troops", 0, 0, 13, true],
        ["palmyra", "Palmyra", 0, 21, 28, true],
        ["islamic-state", "IS", 0, 34, 36, true],
        ["islamic-state", "IS", 1, 0, 2, false],
        ["palmyra", "Palmyra", 1, 12, 19, false],
        ["russia", "Russia", 1, 31, 37, true],
        ["palmyra", "Palmyra", 1, 57, 64, false],
      ],
    ],
    [
      "all",
      [
        ...HEADLINE,
        ["syrian-army", "Syrian troops", 0, 0, 13, true],
        ["palmyra", "Palmyra", 0, 21, 28, true],
        ["islamic-state", "IS", 0, 34, 36, true],
        ["islamic-state", "IS", 1, 0, 2, true],
        ["palmyra", "Palmyra", 1, 12, 19, true],
        ["russia", "Russia", 1, 31, 37, true],
        ["palmyra", "Palmyra", 1, 57, 64, true],
      ],
    ],
  ])("%s: headline mentions found but never linked; body mentions linked by the policy", (policy, expected) => {
    expect(rows(policy)).toEqual(expected);
  });

  test.each<LinkPolicy>(["first", "all"])("%s: an entity named only in the headline is found, not linked", (policy) => {
    const record = article("only-headline", "2017-10-21T10:00:00.000Z", { headline: "Homs quiet", paragraphs: ["The city was quiet on Sunday."] });
    expect(rows(policy, record)).toEqual([["homs", "Homs", -1, 0, 4, false]]);
    expect(linkArticles([record], entities, policy).articles[0]!.entityIds).toEqual(["homs"]);
  });

  test("markdown: segments are the runs a reader sees (list items, quotes), counted from 0", () => {
    const record = article("md", "2017-10-21T10:00:00.000Z", {
      format: "markdown",
      headline: "Roundup",
      paragraphs: ["- In **Raqqa**, calm.\n- In Homs, shelling.", "> Raqqa is next, the SDF said."],
    });
    expect(rows("first", record)).toEqual<Row[]>([
      ["raqqa", "Raqqa", 0, 3, 8, true],
      ["homs", "Homs", 1, 3, 7, true],
      ["raqqa", "Raqqa", 2, 0, 5, false],
      ["syrian-democratic-forces", "SDF", 2, 19, 22, true],
    ]);
  });

  test("the default policy is first", () => {
    expect(linkArticles([REPORT], entities).articles[0]!.mentions.map((m) => m.linked)).toEqual(rows("first").map((r) => r[5]));
  });
});

describe("linkArticles: the entities an article is about", () => {
  test("named entities in first-mention order (headline first), then declared ones, each once", () => {
    const record = { ...REPORT, declaredEntities: ["homs", "palmyra", "syria", "homs"], declaredEntitiesLine: 4 };
    const result = linkArticles([record], entities);
    expect(result.diagnostics).toEqual([]);
    expect(result.articles[0]!.entityIds).toEqual(["syrian-army", "palmyra", "islamic-state", "russia", "homs", "syria"]);
  });

  test("an article naming nothing is about nothing", () => {
    const record = article("none", "2017-10-21T10:00:00.000Z", { headline: "Weather", paragraphs: ["It rained."] });
    const result = linkArticles([record], entities);
    expect(result.articles[0]!.mentions).toEqual([]);
    expect(result.articles[0]!.entityIds).toEqual([]);
  });

  test("the record is kept as it was, with mentions and entityIds added", () => {
    const [linked] = linkArticles([REPORT], entities).articles;
    const { mentions, entityIds, datelineEntity, sourceEntity, ...rest } = linked!;
    expect(rest).toEqual(REPORT);
    expect([datelineEntity, sourceEntity]).toEqual([null, null]);
    expect(entityIds).toEqual(["syrian-army", "palmyra", "islamic-state", "russia"]);
    expect(mentions).toHaveLength(10);
  });
});

describe("linkArticles: unknown declared ids", () => {
  test.each<[string, string | null]>([
    ["palmira", "palmyra"],
    ["qaryatain", "qaryatayn"],
    ["islamic-stat", "islamic-state"],
    ["kobani", null],
    // Three characters longer than the longest id: still within 3 edits of it.
    ["syrian-observatory-for-human-rights-xx", "syrian-observatory-for-human-rights"],
  ])("%j -> entity-unknown-id at the entities: line, suggesting %j", (id, suggestion) => {
    const record = { ...REPORT, declaredEntities: ["homs", id], declaredEntitiesLine: 4 };
    const result = linkArticles([record], entities);
    expect(result.diagnostics).toEqual<Diagnostic[]>([
      {
        file: "content/reports/palmyra-retaken.txt",
        line: 4,
        rule: "entity-unknown-id",
        severity: "error",
        message: `entity "${id}" is not in the gazetteer.`,
        hint: `${suggestion ? `Did you mean "${suggestion}"? ` : ""}Use an id from content/entities/, or add the entity there first.`,
      },
    ]);
    // The unknown id is left out; the known one is kept.
    expect(result.articles[0]!.entityIds).toEqual(["syrian-army", "palmyra", "islamic-state", "russia", "homs"]);
  });

  test("as the editor reads it", () => {
    const record = { ...REPORT, declaredEntities: ["palmira"], declaredEntitiesLine: 4 };
    expect(linkArticles([record], entities).diagnostics.map(formatOne)).toEqual([
      'content/reports/palmyra-retaken.txt:4: error entity "palmira" is not in the gazetteer. Did you mean "palmyra"? Use an id from content/entities/, or add the entity there first. [entity-unknown-id]',
    ]);
  });

  test("with an empty gazetteer every declared id is unknown, with no suggestion", () => {
    const record = { ...REPORT, declaredEntities: ["palmyra"], declaredEntitiesLine: 2 };
    const result = linkArticles([record], []);
    expect(result.diagnostics.map((d) => [d.line, d.message, d.hint])).toEqual([
      [2, 'entity "palmyra" is not in the gazetteer.', "Use an id from content/entities/, or add the entity there first."],
    ]);
    expect(result.articles[0]!.mentions).toEqual([]);
    expect(result.articles[0]!.entityIds).toEqual([]);
  });
});

describe("linkArticles: dateline and source", () => {
  test.each<[string, { text: string; place: string; region: string | null } | null, string | null, string | null, string | null]>([
    ["a dateline place and a known agency", { text: "BEIRUT (AP)", place: "BEIRUT", region: null }, "The Associated Press", "beirut", "associated-press"],
    ["a place the gazetteer lacks", { text: "CAIRO", place: "CAIRO", region: null }, "Reuters", null, null],
    ["no dateline, no source", null, null, null, null],
  ])("%s", (_name, dateline, source, datelineEntity, sourceEntity) => {
    const [linked] = linkArticles([{ ...REPORT, dateline, source }], entities).articles;
    expect([linked!.datelineEntity, linked!.sourceEntity]).toEqual([datelineEntity, sourceEntity]);
    for (const id of [datelineEntity, sourceEntity]) if (id) expect(linked!.entityIds).toContain(id);
  });

  test("the dateline is the place's one link under 'first': the body's mention of it is not linked again", () => {
    const record = { ...REPORT, dateline: { text: "DAMASCUS", place: "DAMASCUS", region: null }, paragraphs: ["Troops left Damascus for Palmyra."] };
    const [linked] = linkArticles([record], entities).articles;
    expect(linked!.mentions.filter((m) => m.segment >= 0).map((m) => [m.entity, m.linked])).toEqual([
      ["damascus", false],
      ["palmyra", true],
    ]);
  });
});

describe("linkArticles: adjectives", () => {
  const withAdjectives = entities.map((e) => (e.id === "russia" ? { ...e, adjectives: ["Russian"] } : e));
  const record = article("russian-jets", "2017-10-21T04:45:00.000-06:00", {
    headline: "Russian jets strike near Palmyra",
    paragraphs: ["Russian jets struck near Palmyra, and Russia said the raids would go on.", "A russian-speaking officer confirmed it."],
  });
  const linked = linkArticles([record], withAdjectives, "all").articles[0]!;

  test("an adjective is a mention of its entity, never linked; the name after it still is", () => {
    expect(linked.mentions.filter((m) => m.entity === "russia").map((m) => [m.text, m.segment, m.linked, m.adjective ?? false])).toEqual([
      ["Russian", -1, false, true],
      ["Russian", 0, false, true],
      ["Russia", 0, true, false],
    ]);
    expect(linked.entityIds).toContain("russia");
  });

  test("an adjective is matched as written: 'russian-speaking' is not one", () => {
    expect(linked.mentions.filter((m) => m.segment === 1)).toEqual([]);
  });

  test("a report that only has the adjective is about the entity, with the adjective's sentence", () => {
    const only = linkArticles([article("a", "2017-10-21T04:45:00.000-06:00", { headline: "Jets strike", paragraphs: ["Russian jets struck on Sunday."] })], withAdjectives).articles[0]!;
    expect(only.entityIds).toEqual(["russia"]);
    expect(only.mentions.map((m) => [m.text, m.linked])).toEqual([["Russian", false]]);
  });
});
