// parseWireText: promo lines, headline, date line, bylines, dateline and body found in raw report text.
import { describe, expect, test } from "vitest";
import { parseWireText, type WireParts } from "../../../src/parse/parse-wire-text.ts";

const PROMO =
  "STAY CONNECTED: Have the stories that matter most delivered every night to your email inbox. Subscribe to our daily local news wrap.";
const LONG =
  "Backed by Russian warplanes, Syrian forces have reportedly regained control of a strategic town near the historical city of Palmyra.";

const none: WireParts = { headline: null, dateLine: null, updatedLine: null, dateline: null, datelineAgency: null, agencies: [], publisher: null, byline: null, body: [], removed: [] };

describe("parseWireText", () => {
  test.each<[string, string, number, WireParts]>([
    [
      "the seed's layout",
      [
        PROMO,
        "",
        "Syria troops capture central town recently taken by IS",
        "",
        "Oct 21, 2017 | 4:45 AM",
        "",
        "BEIRUT — Syrian government forces regained control Saturday of a central town.",
        "",
        "IS still holds parts of Syria’s eastern Deir el-Zour province.",
        "",
        "Bassem Mroue, The Associated Press",
      ].join("\n"),
      5,
      {
        headline: { text: "Syria troops capture central town recently taken by IS", line: 7 },
        dateLine: { text: "Oct 21, 2017 | 4:45 AM", line: 9, parts: { year: 2017, month: 10, day: 21, hour: 4, minute: 45 } },
        updatedLine: null,
        dateline: { text: "BEIRUT", place: "BEIRUT", region: null },
        datelineAgency: null,
        agencies: ["The Associated Press"],
        publisher: null,
        byline: { names: "Bassem Mroue", organization: "The Associated Press" },
        body: [
          { text: "Syrian government forces regained control Saturday of a central town.", line: 11 },
          { text: "IS still holds parts of Syria’s eastern Deir el-Zour province.", line: 13 },
        ],
        removed: [
          { line: 5, rule: "promo-newsletter", text: PROMO },
          { line: 15, rule: "sign-off", text: "Bassem Mroue, The Associated Press" },
        ],
      },
    ],
    [
      "date line above the headline",
      "Oct 21, 2017 | 4:45 AM\n\nTroops retake town\n\nBEIRUT (AP) — Troops retook the town.\n\nMore text.",
      1,
      {
        ...none,
        headline: { text: "Troops retake town", line: 3 },
        dateLine: { text: "Oct 21, 2017 | 4:45 AM", line: 1, parts: { year: 2017, month: 10, day: 21, hour: 4, minute: 45 } },
        dateline: { text: "BEIRUT (AP)", place: "BEIRUT", region: null },
        datelineAgency: "AP",
        body: [{ text: "Troops retook the town.", line: 5 }, { text: "More text.", line: 7 }],
      },
    ],
    [
      "headline, top byline, date line and trailers",
      [
        "Troops retake town",
        "",
        "By Sarah El Deeb, Associated Press",
        "",
        "October 21, 2017 4:45 a.m. EDT",
        "",
        "DAMASCUS, Syria (AP) — Troops retook the town.",
        "",
        "More text.",
        "",
        "Copyright 2017 The Associated Press. All rights reserved.",
      ].join("\n"),
      1,
      {
        ...none,
        headline: { text: "Troops retake town", line: 1 },
        dateLine: {
          text: "October 21, 2017 4:45 a.m. EDT",
          line: 5,
          parts: { year: 2017, month: 10, day: 21, hour: 4, minute: 45, zoneName: "EDT" },
        },
        dateline: { text: "DAMASCUS, Syria (AP)", place: "DAMASCUS", region: "Syria" },
        datelineAgency: "AP",
        agencies: ["The Associated Press"],
        byline: { names: "Sarah El Deeb", organization: "Associated Press" },
        body: [{ text: "Troops retook the town.", line: 7 }, { text: "More text.", line: 9 }],
        removed: [{ line: 11, rule: "copyright", text: "Copyright 2017 The Associated Press. All rights reserved." }],
      },
    ],
    [
      "Reuters credit line closes the story",
      "Troops retake town\n\nBEIRUT (Reuters) - Troops retook the town.\n\nMore text.\n\n(Reporting by Tom Perry; Editing by Alison Williams)",
      1,
      {
        ...none,
        headline: { text: "Troops retake town", line: 1 },
        dateline: { text: "BEIRUT (Reuters)", place: "BEIRUT", region: null },
        datelineAgency: "Reuters",
        // A "Reporting by" credit line is Reuters' way of signing.
        agencies: ["Reuters"],
        byline: { names: "Tom Perry", organization: null },
        body: [{ text: "Troops retook the town.", line: 3 }, { text: "More text.", line: 5 }],
        removed: [{ line: 7, rule: "sign-off", text: "(Reporting by Tom Perry; Editing by Alison Williams)" }],
      },
    ],
    [
      "the top byline is kept over a closing sign-off",
      "By Tom Perry\n\nTroops retook the town.\n\nEllen Francis, Reuters",
      1,
      {
        ...none,
        byline: { names: "Tom Perry", organization: null },
        agencies: ["Reuters"],
        body: [{ text: "Troops retook the town.", line: 3 }],
        removed: [{ line: 5, rule: "sign-off", text: "Ellen Francis, Reuters" }],
      },
    ],
    [
      "a sign-off that is the whole body stays body",
      "Troops retake town\n\nBassem Mroue, The Associated Press",
      1,
      { ...none, headline: { text: "Troops retake town", line: 1 }, body: [{ text: "Bassem Mroue, The Associated Press", line: 3 }] },
    ],
    [
      "first line is a sentence: no headline (report 003)",
      `${LONG}\nThe Syrian Observatory for Human Rights says fighting is still ongoing in the north and the southeast of the town.`,
      5,
      {
        ...none,
        body: [
          { text: LONG, line: 5 },
          { text: "The Syrian Observatory for Human Rights says fighting is still ongoing in the north and the southeast of the town.", line: 6 },
        ],
      },
    ],
    [
      "a short first line ending in a full stop is not a headline",
      "Troops retook the town.\n\nMore text.",
      1,
      { ...none, body: [{ text: "Troops retook the town.", line: 1 }, { text: "More text.", line: 3 }] },
    ],
    [
      "a dateline paragraph is not a headline",
      "BEIRUT — Troops retook the town\n\nMore text.",
      1,
      {
        ...none,
        dateline: { text: "BEIRUT", place: "BEIRUT", region: null },
        body: [{ text: "Troops retook the town", line: 1 }, { text: "More text.", line: 3 }],
      },
    ],
    [
      "only one headline: a second short line is body",
      "Troops retake town\n\nResidents begin to return\n\nMore text.",
      1,
      {
        ...none,
        headline: { text: "Troops retake town", line: 1 },
        body: [{ text: "Residents begin to return", line: 3 }, { text: "More text.", line: 5 }],
      },
    ],
    ["a lone paragraph is body, never headline", "Troops retake town", 1, { ...none, body: [{ text: "Troops retake town", line: 1 }] }],
    ["nothing but boilerplate", "___\n\nbur-kir/jm", 1, {
      ...none,
      removed: [{ line: 1, rule: "separator", text: "___" }, { line: 3, rule: "afp-signature", text: "bur-kir/jm" }],
    }],
  ])("text: %s", (_name, text, start, expected) => {
    expect(parseWireText(text, start, "text")).toEqual(expected);
  });

  test.each<[string, string, WireParts]>([
    [
      "# heading is the headline",
      "# Troops retake town\n\nTroops retook the *town*.\n\nMore text.",
      {
        ...none,
        headline: { text: "Troops retake town", line: 1 },
        body: [{ text: "Troops retook the *town*.", line: 3 }, { text: "More text.", line: 5 }],
      },
    ],
    [
      "## heading is the headline",
      "## Troops retake town\n\nMore text.",
      { ...none, headline: { text: "Troops retake town", line: 1 }, body: [{ text: "More text.", line: 3 }] },
    ],
    [
      "a list is not a headline",
      "- one\n- two\n\nMore text.",
      { ...none, body: [{ text: "- one\n- two", line: 1 }, { text: "More text.", line: 4 }] },
    ],
    [
      "a lead photo above the story opens the body; the header reader reads around it",
      "# Ferries return\n\n![The first ferry docks](ferry.jpg)\n\nPORT SALIM -- Ferries returned on Tuesday.\n\n![Passengers board](board.jpg)",
      {
        ...none,
        headline: { text: "Ferries return", line: 1 },
        dateline: { text: "PORT SALIM", place: "PORT SALIM", region: null },
        body: [{ text: "![The first ferry docks](ferry.jpg)", line: 3 }, { text: "Ferries returned on Tuesday.", line: 5 }, { text: "![Passengers board](board.jpg)", line: 7 }],
      },
    ],
    [
      "dateline in a markdown paragraph",
      "KYOTO (Kyodo) -- A temple *reopened* on Saturday.\n\nMore text.",
      {
        ...none,
        dateline: { text: "KYOTO (Kyodo)", place: "KYOTO", region: null },
        datelineAgency: "Kyodo",
        body: [{ text: "A temple *reopened* on Saturday.", line: 1 }, { text: "More text.", line: 3 }],
      },
    ],
  ])("markdown: %s", (_name, text, expected) => {
    expect(parseWireText(text, 1, "markdown")).toEqual(expected);
  });
});

describe("parseWireText: a photo's caption above the story", () => {
  test("a line a photo credit followed is set aside as the caption, the credit as a credit", () => {
    const text = [
      "Glide bombs hit Kharkiv as evacuations widen",
      "A residential block in Kharkiv burns after an overnight strike",
      "Image: Serhiy Vovk/AFP",
      "Russian glide bombs struck Kharkiv overnight, wounding at least 14 people, regional officials said on Wednesday.",
      "",
      "More of the story followed, with the governor's figures for the evacuations.",
    ].join("\n\n");
    expect(parseWireText(text, 1, "text").removed.map((r) => [r.line, r.rule])).toEqual([
      [3, "photo-caption"],
      [5, "photo-credit"],
    ]);
  });
});
