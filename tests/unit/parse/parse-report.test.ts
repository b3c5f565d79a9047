// parseReport: one report file in, an article record (front matter winning over the text) or its problems out.
import { describe, expect, test } from "vitest";
import { parseReport } from "../../../src/parse/parse-report.ts";
import type { ArticleRecord, SourceFile } from "../../../src/types.ts";

const OPTIONS = { defaultZone: "UTC" };
const PROMO =
  "STAY CONNECTED: Have the stories that matter most delivered every night to your email inbox. Subscribe to our daily local news wrap.";

function file(text: string, format: SourceFile["format"] = "text"): SourceFile {
  const ext = format === "text" ? "txt" : "md";
  return { path: `content/reports/report.${ext}`, id: "report", format, text };
}

function record(text: string, format: SourceFile["format"] = "text", options = OPTIONS): ArticleRecord {
  const result = parseReport(file(text, format), options);
  expect(result.diagnostics).toEqual([]);
  if (!result.record) throw new Error("expected a record");
  return result.record;
}

const WIRE = [
  "Troops retake central town",
  "",
  "Oct 21, 2017 | 4:45 AM",
  "",
  "BEIRUT (AP) — Syrian troops retook a central town on Saturday.",
  "",
  "Residents began to return.",
].join("\n");

describe("parseReport", () => {
  test("a seed-style report becomes a full record", () => {
    const text = ["---", "timezone: America/Edmonton", "---", PROMO, "", WIRE, "", "Bassem Mroue, The Associated Press", ""].join("\n");
    expect(record(text)).toEqual({
      id: "report",
      slug: "troops-retake-central-town",
      url: "/2017/10/21/troops-retake-central-town/",
      headline: "Troops retake central town",
      published: "2017-10-21T04:45:00-06:00",
      precision: "minute",
      zone: "America/Edmonton",
      zoneStated: true,
      dateline: { text: "BEIRUT (AP)", place: "BEIRUT", region: null },
      byline: "Bassem Mroue",
      source: "The Associated Press",
      paragraphs: ["Syrian troops retook a central town on Saturday.", "Residents began to return."],
      format: "text",
      summary: "Syrian troops retook a central town on Saturday.",
      wordCount: 12,
      sourcePath: "content/reports/report.txt",
      bodyLine: 10,
      removed: [
        { line: 4, rule: "promo-newsletter", text: PROMO },
        { line: 14, rule: "sign-off", text: "Bassem Mroue, The Associated Press" },
      ],
      declaredEntities: [],
      declaredEntitiesLine: 1,
    } satisfies ArticleRecord);
  });

  test("front matter wins over the text", () => {
    const text = [
      "---",
      "headline: Army says town is back under control",
      "date: 2017-10-22",
      "dateline: DAMASCUS, Syria",
      "byline: Zeina Karam",
      "source: Al-Waqt Daily",
      "---",
      WIRE,
      "",
      "Bassem Mroue, The Associated Press",
    ].join("\n");
    expect(record(text)).toMatchObject({
      headline: "Army says town is back under control",
      slug: "army-says-town-is-back-under-control",
      url: "/2017/10/22/army-says-town-is-back-under-control/",
      published: "2017-10-22T00:00:00+00:00",
      precision: "day",
      dateline: { text: "DAMASCUS, Syria", place: "DAMASCUS", region: "Syria" },
      byline: "Zeina Karam",
      source: "Al-Waqt Daily",
      // The text's own headline and date line are still recognised, and kept out of the body.
      paragraphs: ["Syrian troops retook a central town on Saturday.", "Residents began to return."],
      bodyLine: 12,
      // ... and listed as replaced, so --verbose shows what the front matter overrode.
      removed: [
        { line: 8, rule: "replaced-by-front-matter", text: "Troops retake central town" },
        { line: 10, rule: "replaced-by-front-matter", text: "Oct 21, 2017 | 4:45 AM" },
        { line: 16, rule: "sign-off", text: "Bassem Mroue, The Associated Press" },
      ],
    });
  });

  test.each<[string, string, ArticleRecord["dateline"]]>([
    ["place only", "BEIRUT", { text: "BEIRUT", place: "BEIRUT", region: null }],
    ["place and region", "DAMASCUS, Syria", { text: "DAMASCUS, Syria", place: "DAMASCUS", region: "Syria" }],
    ["two commas", "PORTLAND, Maine, USA", { text: "PORTLAND, Maine, USA", place: "PORTLAND", region: "Maine, USA" }],
  ])("front matter dateline %s: %j", (_name, dateline, expected) => {
    expect(record(`---\ndateline: ${dateline}\n---\n${WIRE}`).dateline).toEqual(expected);
  });

  test.each<[string, string, string | null]>([
    ["AP in the dateline", "BEIRUT (AP) — Troops advanced.", "The Associated Press"],
    ["AFP in the dateline", "GENEVA, Oct 21, 2017 (AFP) - Talks resumed.", "Agence France-Presse"],
    ["Reuters in the dateline", "BEIRUT (Reuters) - Troops advanced.", "Reuters"],
    ["unknown agency kept as written", "SEOUL, April 3 (Yonhap) -- Troops advanced.", "Yonhap"],
    ["'Agencies' names none", "BAGHDAD, April 3, (Agencies): Troops advanced.", null],
    ["no agency anywhere", "BEIRUT — Troops advanced.", null],
  ])("source from %s: %j", (_name, first, source) => {
    const text = `Troops advance\n\nOct 21, 2017 | 4:45 AM\n\n${first}\n\nMore text.`;
    expect(record(text).source).toBe(source);
  });

  test("the byline's organisation wins over the dateline's agency", () => {
    const text = "Troops advance\n\nBy Sarah El Deeb, Associated Press\n\n2017-10-21\n\nBEIRUT (AFP) - Troops advanced.\n\nMore text.";
    expect(record(text)).toMatchObject({ byline: "Sarah El Deeb", source: "The Associated Press" });
  });

  test("front matter slug is used in the URL", () => {
    const text = `---\nslug: town-retaken\n---\n${WIRE}`;
    expect(record(text)).toMatchObject({ slug: "town-retaken", url: "/2017/10/21/town-retaken/" });
  });

  test("a markdown report keeps markdown paragraphs and a plain-text summary", () => {
    const text = "---\nheadline: Temple reopens\ndate: 2017-10-21 16:30\ntimezone: Asia/Tokyo\n---\nKYOTO (Kyodo) -- A *temple* reopened.\n\n- one\n- two\n";
    expect(record(text, "markdown")).toMatchObject({
      format: "markdown",
      published: "2017-10-21T16:30:00+09:00",
      zone: "Asia/Tokyo",
      source: "Kyodo News",
      paragraphs: ["A *temple* reopened.", "- one\n- two"],
      summary: "A temple reopened.",
      bodyLine: 6,
    });
  });

  test.each<[string, string, { rule: string; line?: number; message: string }[]]>([
    [
      "no headline",
      "2017-10-21\n\nBacked by Russian warplanes, Syrian forces have regained control of a strategic town near Palmyra.",
      [
        {
          rule: "headline-missing",
          line: 1,
          message: "the report has no headline: none was found at the top of the text and the front matter has no 'headline'.",
        },
      ],
    ],
    ["empty file", "  \n\n", [{ rule: "empty-file", message: "the file is empty." }]],
    [
      "no body",
      "---\nheadline: Troops retake town\ndate: 2017-10-21\n---\n___\n",
      [{ rule: "body-empty", line: 5, message: "the report has no body text after its headline and date." }],
    ],
    [
      "invalid front matter slug",
      `---\nheadline: Troops retake town\nslug: Town Retaken!\n---\n${WIRE}`,
      [{ rule: "slug-invalid", line: 3, message: 'slug "Town Retaken!" is not usable in a URL.' }],
    ],
    [
      "headline with nothing to slug",
      `---\ndate: 2017-10-21\nheadline: "!!!"\n---\nTroops retook the town.`,
      [{ rule: "slug-invalid", line: 3, message: 'slug "!!!" is not usable in a URL.' }],
    ],
    [
      "headline, zone and date problems together",
      "---\ntimezone: Mars/Olympus\n---\nBacked by Russian warplanes, Syrian forces have regained control of a strategic town near Palmyra.",
      [
        {
          rule: "headline-missing",
          line: 1,
          message: "the report has no headline: none was found at the top of the text and the front matter has no 'headline'.",
        },
        { rule: "timezone-unknown", line: 2, message: 'time zone "Mars/Olympus" is not a known time zone.' },
        { rule: "date-missing", line: 1, message: "the report has no date: the text has no date line and the front matter no 'date'." },
      ],
    ],
  ])("%s: no record", (_name, text, expected) => {
    const result = parseReport(file(text), OPTIONS);
    expect(result.record).toBeNull();
    expect(result.diagnostics.map(({ rule, line, message }) => (line === undefined ? { rule, message } : { rule, line, message }))).toEqual(
      expected,
    );
    for (const d of result.diagnostics) expect(d).toMatchObject({ file: "content/reports/report.txt", severity: "error" });
  });
});

describe("parseReport: copy as real sites paste it", () => {
  test("a page title holds the headline, the site and the date", () => {
    const text = "Germany: Scholz defends budget deal | News | DW | 14.12.2023\n\nChancellor Olaf Scholz on Thursday defended the budget agreement in parliament, telling lawmakers it was fair.\n\nThe opposition said the deal dodged the court ruling.";
    expect(record(text)).toMatchObject({ headline: "Germany: Scholz defends budget deal", published: "2023-12-14T00:00:00+00:00", precision: "day", source: "Deutsche Welle" });
  });

  test("an unknown zone abbreviation in the date line keeps the report, with a warning", () => {
    const result = parseReport(file("Curfew reimposed in Imphal\n\nPTI | Updated: Jun 15, 2023 22:40 IST\n\nImphal, Jun 15 (PTI) Authorities reimposed a curfew on Thursday."), { defaultZone: "UTC" });
    expect(result.record).toMatchObject({ published: "2023-06-15T22:40:00+00:00", source: "Press Trust of India", dateline: { place: "Imphal" } });
    expect(result.diagnostics.map((d) => [d.rule, d.severity])).toEqual([["date-line-zone-unknown", "warning"]]);
  });

  test.each<[string, string, string, string]>([
    ["2019-11-04-dw-iraq.txt", "Protesters block bridges\n\nProtesters blocked the bridges in Baghdad on Monday, witnesses said.", "date-missing", "The file name (2019-11-04-dw-iraq.txt) gives 2019-11-04: if that is the day the report was published, add 'date: 2019-11-04'"],
    [
      "blast.txt",
      "https://levantdispatch.net/news/2021/08/04/lebanon-marks-port-blast-anniversary\n\nBEIRUT • Thousands of people marched through Beirut on Wednesday.",
      "headline-missing",
      `The address on line 1 gives "Lebanon marks port blast anniversary": if that is the headline, add 'headline: Lebanon marks port blast anniversary' to the front matter.`,
    ],
  ])("a report without %s: the problem suggests what is nearby (%s)", (name, text, rule, hint) => {
    const result = parseReport({ path: `content/reports/${name}`, id: name.replace(/\.txt$/, ""), format: "text", text }, { defaultZone: "UTC" });
    expect(result.diagnostics.find((d) => d.rule === rule)?.hint).toContain(hint);
  });
});

describe("parseReport: draft and embargo", () => {
  const withFront = (front: string) => file(`---\n${front}\n---\nTroops advance\n\nOct 21, 2017 | 4:45 AM EDT\n\nBEIRUT (AP) — Troops advanced.`);
  test("draft: true and an embargo with its offset are kept on the record", () => {
    expect(parseReport(withFront("draft: true\nembargo: 2017-10-21T06:00:00-04:00"), { defaultZone: "UTC" }).record).toMatchObject({ draft: true, embargo: "2017-10-21T06:00:00-04:00" });
  });

  test("an embargo without an offset is in the report's own zone", () => {
    expect(parseReport(withFront("embargo: 2017-10-21 06:00"), { defaultZone: "UTC" }).record?.embargo).toBe("2017-10-21T06:00:00-04:00");
  });

  test.each([
    ["embargo: tomorrow", "date-unparseable", 'embargo "tomorrow" is not a date Dateline can read.'],
    ["embargo: 2017-02-30", "date-impossible", 'embargo "2017-02-30" is not a real date'],
  ])("%s is a problem naming the field", (front, rule, message) => {
    const { record, diagnostics } = parseReport(withFront(front), { defaultZone: "UTC" });
    expect(record).toBeNull();
    expect(diagnostics).toMatchObject([{ rule, line: 2 }]);
    expect(diagnostics[0]!.message).toContain(message);
  });
});

describe("parseReport: updated and corrections", () => {
  const withFront = (front: string, dateLines = "Oct 21, 2017 | 4:45 AM EDT") => file(`---\n${front}\n---\nTroops advance\n\n${dateLines}\n\nBEIRUT (AP) — Troops advanced.`);
  test("front matter's updated and corrections, in the report's zone", () => {
    const { record } = parseReport(withFront("updated: 2017-10-22 09:30\ncorrections:\n  - date: 2017-10-22\n    note: A name was misspelt."), { defaultZone: "UTC" });
    expect(record).toMatchObject({ updated: { at: "2017-10-22T09:30:00-04:00", precision: "minute" }, corrections: [{ date: "2017-10-22", note: "A name was misspelt." }] });
  });

  test("a correction's unreadable date is a problem naming it", () => {
    const { diagnostics } = parseReport(withFront("corrections:\n  - date: soon\n    note: Fixed."), { defaultZone: "UTC" });
    expect(diagnostics.map((d) => d.message)).toEqual(['corrections[0].date "soon" is not a date Dateline can read.']);
  });

  test("an 'Updated' date line beside the first publication's is the update; alone, it is the date", () => {
    const both = parseReport(file("Troops advance\nPublished 9:40 AM EST, November 8, 2023\nUpdated 4:12 PM EST, November 8, 2023\n\nKYIV (AP) — Troops advanced on Wednesday."), { defaultZone: "UTC" }).record;
    expect(both).toMatchObject({ published: "2023-11-08T09:40:00-05:00", updated: { at: "2023-11-08T16:12:00-05:00", precision: "minute" } });
    const alone = parseReport(file("Troops advance\nUpdated 4:12 PM EST, November 8, 2023\n\nKYIV (AP) — Troops advanced on Wednesday."), { defaultZone: "UTC" }).record;
    expect(alone?.published).toBe("2023-11-08T16:12:00-05:00");
    expect(alone?.updated).toBeUndefined();
  });
});
