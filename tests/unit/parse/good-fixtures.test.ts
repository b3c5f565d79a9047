// The good fixtures: one report per agency house style, each parsed into the exact record fields with no problems.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parseReport } from "../../../src/parse/parse-report.ts";
import type { ArticleRecord, RemovedLine, SourceFile } from "../../../src/types.ts";

const DIR = "tests/fixtures/good/reports";
const OPTIONS = { defaultZone: "UTC" };

function readFixture(name: string): SourceFile {
  const file = path.join(DIR, name);
  const text = readFileSync(file, "utf8");
  return { path: file, id: path.basename(name, path.extname(name)), format: name.endsWith(".md") ? "markdown" : "text", text };
}

interface Expected {
  file: string;
  headline: string;
  slug: string;
  published: string;
  precision: ArticleRecord["precision"];
  zone: string;
  dateline: ArticleRecord["dateline"];
  byline: string | null;
  source: string | null;
  firstParagraph: string;
  summary: string;
  paragraphCount: number;
  bodyLine: number;
  removed: RemovedLine[];
}

const AP_COPYRIGHT =
  "Copyright 2017 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.";

const FIXTURES: Expected[] = [
  {
    // AP: "By NAME" on top, "CITY, State (AP) —", a "___" rule and the copyright trailer.
    file: "ap-ferry-pier.txt",
    headline: "Storm-battered ferry pier reopens on Maine island before winter",
    slug: "storm-battered-ferry-pier-reopens-on-maine-island-before-winter",
    published: "2017-10-21T04:45:00-04:00",
    precision: "minute",
    zone: "UTC-4",
    dateline: { text: "ROCKLAND, Maine (AP)", place: "ROCKLAND", region: "Maine" },
    byline: "Daniel Whitcomb",
    source: "The Associated Press",
    firstParagraph:
      "Ferry service to one of Maine’s smallest year-round island communities resumed Saturday, three weeks after a coastal storm tore away part of the pier that links it to the mainland.",
    summary:
      "Ferry service to one of Maine’s smallest year-round island communities resumed Saturday, three weeks after a coastal storm tore away part of the pier that links it to the mainland.",
    paragraphCount: 6,
    bodyLine: 7,
    removed: [
      { line: 19, rule: "separator", text: "___" },
      // A contributor's credit, not story (issue 11's fixtures judge it so).
      { line: 21, rule: "contributors", text: "Associated Press writer Lena Forsberg in Portland contributed to this report." },
      { line: 23, rule: "copyright", text: AP_COPYRIGHT },
    ],
  },
  {
    // Reuters: "Updated ... ago" date line, "CITY (Reuters) -", a credit line at the end.
    file: "reuters-copper-strike.txt",
    headline: "Chile copper output slips as strike drags on at northern mine",
    slug: "chile-copper-output-slips-as-strike-drags-on-at-northern-mine",
    published: "2017-10-21T10:45:00+00:00",
    precision: "minute",
    zone: "UTC",
    dateline: { text: "SANTIAGO (Reuters)", place: "SANTIAGO", region: null },
    byline: "Natalia Ramos",
    source: "Reuters",
    firstParagraph:
      "Copper production at Chile’s state-run mines fell 4 percent in September from a year earlier, the government’s mining commission said on Saturday, as a strike at a mid-sized northern mine entered its third week.",
    summary:
      "Copper production at Chile’s state-run mines fell 4 percent in September from a year earlier, the government’s mining commission said on Saturday, as a strike at a mid-sized northern mine entered its third week.",
    paragraphCount: 6,
    bodyLine: 5,
    removed: [
      {
        line: 17,
        rule: "sign-off",
        text: "(Reporting by Natalia Ramos in Santiago; Additional reporting by Peter Holm in London; Editing by Alison Brandt)",
      },
    ],
  },
  {
    // AFP: "21 October 2017 10:45 GMT", "By First LAST", "CITY, Oct 21, 2017 (AFP) -", desk signature.
    file: "afp-glacier-evacuation.txt",
    headline: "Swiss Alpine village evacuated as glacier threatens to break away",
    slug: "swiss-alpine-village-evacuated-as-glacier-threatens-to-break-away",
    published: "2017-10-21T10:45:00+00:00",
    precision: "minute",
    zone: "UTC",
    dateline: { text: "SION, Oct 21, 2017 (AFP)", place: "SION", region: null },
    byline: "Claire DUVAL",
    source: "Agence France-Presse",
    firstParagraph:
      "Around 200 residents of a village in the Swiss Alps were ordered to leave their homes on Saturday after geologists warned that part of a glacier above it could break away within days.",
    summary:
      "Around 200 residents of a village in the Swiss Alps were ordered to leave their homes on Saturday after geologists warned that part of a glacier above it could break away within days.",
    paragraphCount: 6,
    bodyLine: 7,
    removed: [{ line: 19, rule: "afp-signature", text: "bur-kir/jm" }],
  },
  {
    // UPI, hard-wrapped at 70 columns, with a front matter zone: "CITY, Oct. 21 (UPI) --".
    file: "upi-orchard-aid-wrapped.txt",
    headline: "Farm groups urge Congress to extend disaster aid for orchards",
    slug: "farm-groups-urge-congress-to-extend-disaster-aid-for-orchards",
    published: "2017-10-21T16:45:00-04:00",
    precision: "minute",
    zone: "America/New_York",
    dateline: { text: "WASHINGTON, Oct. 21 (UPI)", place: "WASHINGTON", region: null },
    byline: "Ruth Castellano",
    source: "United Press International",
    firstParagraph:
      "Farm groups from 11 states on Saturday urged Congress to extend a federal disaster program to fruit growers whose orchards were damaged by a late spring frost, saying many small farms would not survive another season without help.",
    summary:
      "Farm groups from 11 states on Saturday urged Congress to extend a federal disaster program to fruit growers whose orchards were damaged by a late spring frost, saying many small farms would not survive another season without help.",
    paragraphCount: 6,
    bodyLine: 10,
    removed: [],
  },
  {
    // Markdown with front matter headline, date and timezone; "CITY (Kyodo) --"; emphasis and a list.
    file: "kyodo-temple-roof.md",
    headline: "Kyoto temple reopens main hall after five-year roof restoration",
    slug: "kyoto-temple-reopens-main-hall-after-five-year-roof-restoration",
    published: "2017-10-21T16:30:00+09:00",
    precision: "minute",
    zone: "Asia/Tokyo",
    dateline: { text: "KYOTO (Kyodo)", place: "KYOTO", region: null },
    byline: null,
    source: "Kyodo News",
    firstParagraph:
      "A Buddhist temple in northern Kyoto reopened its main hall to the public on Saturday after a five-year restoration in which craftsmen replaced the roof's *hinoki* cypress bark by hand.",
    summary:
      "A Buddhist temple in northern Kyoto reopened its main hall to the public on Saturday after a five-year restoration in which craftsmen replaced the roof's hinoki cypress bark by hand.",
    paragraphCount: 7,
    bodyLine: 6,
    removed: [],
  },
  {
    // The Canadian Press, one paragraph per line with no blank lines: date line above the headline,
    // "CITY, Prov. —", a "Related:" promo mid-story and a "Name, The Canadian Press" sign-off.
    file: "cp-whale-rescue-per-line.txt",
    headline: "Rescue crews free humpback whale tangled in fishing gear off Newfoundland",
    slug: "rescue-crews-free-humpback-whale-tangled-in-fishing-gear-off-newfoundland",
    published: "2017-10-21T16:45:00-04:00",
    precision: "minute",
    zone: "America/New_York",
    dateline: { text: "ST. JOHN'S, N.L.", place: "ST. JOHN'S", region: "N.L." },
    byline: "Maya Lindqvist",
    source: "The Canadian Press",
    firstParagraph:
      "A young humpback whale that had been dragging several hundred metres of fishing rope for at least two days swam free on Saturday after a rescue team spent most of the afternoon cutting it loose.",
    summary:
      "A young humpback whale that had been dragging several hundred metres of fishing rope for at least two days swam free on Saturday after a rescue team spent most of the afternoon cutting it loose.",
    paragraphCount: 6,
    bodyLine: 3,
    removed: [
      { line: 5, rule: "promo-read-more", text: "Related: Whale entanglements on the rise along the coast, researchers say" },
      { line: 10, rule: "sign-off", text: "Maya Lindqvist, The Canadian Press" },
    ],
  },
];

function parsed(name: string): ArticleRecord {
  const result = parseReport(readFixture(name), OPTIONS);
  expect(result.diagnostics).toEqual([]);
  if (!result.record) throw new Error(`${name} gave no record`);
  return result.record;
}

describe("good fixtures", () => {
  test("every fixture file has expectations here", () => {
    expect(readdirSync(DIR).sort()).toEqual(FIXTURES.map((f) => f.file).sort());
  });

  test.each(FIXTURES)("$file", (expected) => {
    const record = parsed(expected.file);
    const id = path.basename(expected.file, path.extname(expected.file));
    expect({
      id: record.id,
      sourcePath: record.sourcePath,
      format: record.format,
      headline: record.headline,
      slug: record.slug,
      url: record.url,
      published: record.published,
      precision: record.precision,
      zone: record.zone,
      dateline: record.dateline,
      byline: record.byline,
      source: record.source,
      firstParagraph: record.paragraphs[0],
      summary: record.summary,
      paragraphCount: record.paragraphs.length,
      bodyLine: record.bodyLine,
      removed: record.removed,
    }).toEqual({
      id,
      sourcePath: `${DIR}/${expected.file}`,
      format: expected.file.endsWith(".md") ? "markdown" : "text",
      headline: expected.headline,
      slug: expected.slug,
      url: `/2017/10/21/${expected.slug}/`,
      published: expected.published,
      precision: expected.precision,
      zone: expected.zone,
      dateline: expected.dateline,
      byline: expected.byline,
      source: expected.source,
      firstParagraph: expected.firstParagraph,
      summary: expected.summary,
      paragraphCount: expected.paragraphCount,
      bodyLine: expected.bodyLine,
      removed: expected.removed,
    });
  });

  test.each(FIXTURES)("$file: line numbers point into the file", ({ file }) => {
    const lines = readFixture(file).text.split("\n");
    const record = parsed(file);
    // The body starts where the story's first paragraph (dateline included) is written.
    const firstWords = record.paragraphs[0]!.split(" ").slice(0, 3).join(" ");
    expect(lines[record.bodyLine - 1]).toContain(firstWords);
    if (record.dateline) expect(lines[record.bodyLine - 1]!.startsWith(record.dateline.text)).toBe(true);
    for (const r of record.removed) expect(lines[r.line - 1]).toBe(r.text);
  });

  test("hard-wrapped lines are joined with spaces, a name split across lines included", () => {
    const record = parsed("upi-orchard-aid-wrapped.txt");
    expect(record.paragraphs[2]).toBe(
      '"These are families who have worked the same land for four or five generations," said Thomas Okafor-Reyes, who heads the Lake Country Growers Cooperative. "One bad night in April should not be the end of that."',
    );
    expect(record.paragraphs[3]).toBe(
      "The program, created after a string of droughts a decade ago, pays growers part of the value of a lost crop but expires at the end of the year. A bill to renew it for three years, co-sponsored by Sen. Helen Marchetti of Michigan, has cleared committee in the Senate.",
    );
    for (const p of record.paragraphs) expect(p).not.toContain("\n");
  });

  test("markdown paragraphs keep their syntax and block structure", () => {
    const record = parsed("kyodo-temple-roof.md");
    expect(record.paragraphs.slice(3, 6)).toEqual([
      '"Bark that is harvested this way grows back in about ten years, so the forest and the roof can look after each other," said Kenta Morishita, who led the roofing team. "That is the point of doing it **slowly**."',
      "The restoration, which cost 1.1 billion yen (about $9.7 million), was paid for by:",
      "- the national government, which covered about half of the cost;\n- the city and prefecture of Kyoto;\n- donations from some 12,000 individuals.",
    ]);
  });

  test("trailers and closing bylines are not body text", () => {
    expect(parsed("ap-ferry-pier.txt").paragraphs.at(-1)).toBe("Islanders plan a potluck supper at the town hall on Sunday to thank the crews.");
    expect(parsed("reuters-copper-strike.txt").paragraphs.at(-1)).toBe(
      "The commission said it still expected national output to grow slightly this year, helped by higher ore grades at two large deposits in the Antofagasta region.",
    );
    expect(parsed("afp-glacier-evacuation.txt").paragraphs.at(-1)).toBe(
      "Officials said they hoped residents could return before the start of the ski season in December, but that the decision would depend on how the ice behaved over the coming weeks.",
    );
    expect(parsed("cp-whale-rescue-per-line.txt").paragraphs.at(-1)).toBe(
      "Researchers say entanglements in the province have increased as whales follow capelin closer to shore, and they have urged fishermen to report lost gear as soon as possible.",
    );
  });
});
