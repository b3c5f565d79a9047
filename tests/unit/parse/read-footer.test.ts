// readFooter: the lines below a story, read from the last one up, one row per rule.
import { describe, expect, test } from "vitest";
import { readFooter } from "../../../src/parse/read-footer.ts";

const STORY = { text: "The talks resume on Monday, officials said.", line: 1 };
const footerOf = (...lines: string[]) => {
  const body = [STORY, ...lines.map((text, i) => ({ text, line: i + 3 }))];
  const footer = readFooter(body);
  return { ...footer, kept: body.length };
};

describe("readFooter", () => {
  test.each<[string[], string[], Partial<ReturnType<typeof footerOf>>]>([
    [["Source: Al Jazeera, News Agencies"], ["source-footer"], { publisher: null, agencies: ["Al Jazeera"] }],
    [["SOURCE: DW and agencies"], ["source-footer"], { agencies: ["Deutsche Welle"] }],
    [["Source: The Valley Courier"], ["source-footer"], { publisher: "The Valley Courier" }],
    [["lo/wd (AFP, Reuters, dpa)"], ["source-initials"], { agencies: ["Agence France-Presse", "Reuters", "Deutsche Presse-Agentur"] }],
    [["This report by The Canadian Press was first published April 26, 2023."], ["first-published"], { agencies: ["The Canadian Press"] }],
    [["Compiled by Ayesha Rauf from wire reports"], ["compiled-by"], { byline: null }],
    [["Continue reading on Kyodo News »"], ["continue-reading"], { agencies: ["Kyodo News"] }],
    [["Keep up with AP’s reporting on the war: https://apnews.com/hub/russia-ukraine"], ["keep-up"], {}],
    [["Share this article", "Subscribe to our newsletter"], ["share-subscribe", "share-subscribe"], {}],
    [["== Kyodo"], ["kyodo-signature"], { agencies: ["Kyodo News"] }],
    [["(Reporting by Tom Perry in Beirut; Editing by Alison Williams)"], ["sign-off"], { byline: { names: "Tom Perry", organization: null }, agencies: ["Reuters"] }],
    [["Bassem Mroue, The Associated Press"], ["sign-off"], { byline: { names: "Bassem Mroue", organization: "The Associated Press" }, agencies: ["The Associated Press"] }],
    [["Tags", "Brazil", "Floods", "Climate"], ["tags", "tags", "tags", "tags"], {}],
  ])("%j", (lines, rules, expected) => {
    const footer = footerOf(...lines);
    expect(footer.removed.map((r) => r.rule)).toEqual(rules);
    expect(footer.kept).toBe(1);
    expect(footer).toMatchObject(expected);
  });

  test("the date a footer gives", () => {
    expect(footerOf("This report by The Canadian Press was first published April 26, 2023.").dateLine?.parts).toEqual({ year: 2023, month: 4, day: 26 });
  });

  test("a story paragraph ends the footer; a story of one paragraph keeps it", () => {
    expect(footerOf("More of the story, said officials on Monday.", "Source: Xinhua").kept).toBe(2);
    expect(readFooter([{ text: "Bassem Mroue, The Associated Press", line: 1 }]).removed).toEqual([]);
  });
});
