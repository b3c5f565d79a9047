// parseDateline: the place, region and agency that open a story's first paragraph, and what is left.
import { describe, expect, test } from "vitest";
import { parseDateline } from "../../../src/parse/parse-dateline.ts";

const REST = "Syrian forces advanced on Saturday.";

describe("parseDateline", () => {
  test.each<[string, { text: string; place: string; region: string | null; agency: string | null; rest: string }]>([
    [`BEIRUT — ${REST}`, { text: "BEIRUT", place: "BEIRUT", region: null, agency: null, rest: REST }],
    [`BEIRUT (AP) — ${REST}`, { text: "BEIRUT (AP)", place: "BEIRUT", region: null, agency: "AP", rest: REST }],
    [`BEIRUT (Reuters) - ${REST}`, { text: "BEIRUT (Reuters)", place: "BEIRUT", region: null, agency: "Reuters", rest: REST }],
    [`DAMASCUS, Syria – ${REST}`, { text: "DAMASCUS, Syria", place: "DAMASCUS", region: "Syria", agency: null, rest: REST }],
    [
      `BAGHDAD, April 3, (Agencies): ${REST}`,
      { text: "BAGHDAD, April 3, (Agencies)", place: "BAGHDAD", region: null, agency: "Agencies", rest: REST },
    ],
    [`NEW YORK (AP) — ${REST}`, { text: "NEW YORK (AP)", place: "NEW YORK", region: null, agency: "AP", rest: REST }],
    [
      `RAS AL-AIN, Syria (AFP) - ${REST}`,
      { text: "RAS AL-AIN, Syria (AFP)", place: "RAS AL-AIN", region: "Syria", agency: "AFP", rest: REST },
    ],
    [
      `GENEVA, Oct 21, 2017 (AFP) - ${REST}`,
      { text: "GENEVA, Oct 21, 2017 (AFP)", place: "GENEVA", region: null, agency: "AFP", rest: REST },
    ],
    [
      `WASHINGTON, Oct. 21 (UPI) -- ${REST}`,
      { text: "WASHINGTON, Oct. 21 (UPI)", place: "WASHINGTON", region: null, agency: "UPI", rest: REST },
    ],
    [
      `ST. JOHN'S, N.L. — ${REST}`,
      { text: "ST. JOHN'S, N.L.", place: "ST. JOHN'S", region: "N.L.", agency: null, rest: REST },
    ],
    [
      `ROCKLAND, Maine (AP) — ${REST}`,
      { text: "ROCKLAND, Maine (AP)", place: "ROCKLAND", region: "Maine", agency: "AP", rest: REST },
    ],
    [`KYOTO (Kyodo) -- ${REST}`, { text: "KYOTO (Kyodo)", place: "KYOTO", region: null, agency: "Kyodo", rest: REST }],
    [`BEIRUT— ${REST}`, { text: "BEIRUT", place: "BEIRUT", region: null, agency: null, rest: REST }],
  ])("%j", (paragraph, expected) => {
    const match = parseDateline(paragraph);
    expect(match).toEqual({
      dateline: { text: expected.text, place: expected.place, region: expected.region },
      agency: expected.agency,
      rest: expected.rest,
    });
  });

  test.each([
    "IS fighters — who had taken the town weeks earlier — fled overnight.",
    "NOTE: This story has been corrected to show the town is in Homs province.",
    "UPDATE: Adds army statement.",
    "The army said — in a statement on state TV — that the town was secure.",
    "beirut — Syrian forces advanced on Saturday.",
    "Beirut — Syrian forces advanced on Saturday.",
    "BEIRUT —",
    "BEIRUT",
    "Syria troops capture central town recently taken by IS",
    "A — B",
  ])("%j has no dateline", (paragraph) => {
    expect(parseDateline(paragraph)).toBeNull();
  });
});
