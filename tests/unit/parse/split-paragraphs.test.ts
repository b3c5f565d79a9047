// splitParagraphs: blank-line paragraphs, one-per-line text, hard-wrapped text joined, markdown kept, line numbers.
import { describe, expect, test } from "vitest";
import { splitParagraphs, WRAP_WIDTH, type Paragraph } from "../../../src/parse/split-paragraphs.ts";

const LONG_A = `Backed by Russian warplanes, Syrian forces have reportedly regained control of a strategic town near Palmyra.`;
const LONG_B = `The Syrian Army said in a statement on Sunday that units from the army had restored security to the town.`;

describe("splitParagraphs", () => {
  test("the long lines in these tests are longer than WRAP_WIDTH", () => {
    expect(WRAP_WIDTH).toBe(100);
    expect(LONG_A.length).toBeGreaterThan(WRAP_WIDTH);
    expect(LONG_B.length).toBeGreaterThan(WRAP_WIDTH);
  });

  test.each<[string, string, number, Paragraph[]]>([
    ["blank-line separated", "One.\n\nTwo.\n\nThree.", 1, [{ text: "One.", line: 1 }, { text: "Two.", line: 3 }, { text: "Three.", line: 5 }]],
    ["several blank lines", "One.\n\n\n\nTwo.", 1, [{ text: "One.", line: 1 }, { text: "Two.", line: 5 }]],
    ["whitespace-only lines are blank", "One.\n   \t\nTwo.", 1, [{ text: "One.", line: 1 }, { text: "Two.", line: 3 }]],
    ["leading and trailing blank lines", "\n\nOne.\n\n", 1, [{ text: "One.", line: 3 }]],
    ["indentation trimmed", "   One.   \n\n\tTwo.", 1, [{ text: "One.", line: 1 }, { text: "Two.", line: 3 }]],
    ["start line counted from", "One.\n\nTwo.", 6, [{ text: "One.", line: 6 }, { text: "Two.", line: 8 }]],
    [
      "a compound broken at its hyphen is joined without a space",
      "Security sources said fighters of the powerful Iranian-\nbacked militias held the road.",
      1,
      [{ text: "Security sources said fighters of the powerful Iranian-backed militias held the road.", line: 1 }],
    ],
    [
      "a dash between words keeps its space",
      "Government troops retook the town -\nofficials said on Sunday.",
      1,
      [{ text: "Government troops retook the town - officials said on Sunday.", line: 1 }],
    ],
    [
      "short lines of unlike lengths are one paragraph each (a masthead, a section, a headline, a byline)",
      "Reuters\nAfrica\nArmy jets pound Omdurman as truce talks stall\nBy Halima Osman\nMay 2, 2023 2:05 PM",
      1,
      [
        { text: "Reuters", line: 1 },
        { text: "Africa", line: 2 },
        { text: "Army jets pound Omdurman as truce talks stall", line: 3 },
        { text: "By Halima Osman", line: 4 },
        { text: "May 2, 2023 2:05 PM", line: 5 },
      ],
    ],
    ["a list of tags is not joined", "Brazil\nFloods\nClimate", 1, [{ text: "Brazil", line: 1 }, { text: "Floods", line: 2 }, { text: "Climate", line: 3 }]],
    [
      "a headline and a dateline paragraph pasted without a blank line",
      "Russian shelling kills two in Kherson as power cuts spread\nKYIV, Ukraine: Russian shelling killed at least two people.",
      1,
      [
        { text: "Russian shelling kills two in Kherson as power cuts spread", line: 1 },
        { text: "KYIV, Ukraine: Russian shelling killed at least two people.", line: 2 },
      ],
    ],
    [
      "one paragraph per line",
      `${LONG_A}\n${LONG_B}\nShort last line.`,
      4,
      [{ text: LONG_A, line: 4 }, { text: LONG_B, line: 5 }, { text: "Short last line.", line: 6 }],
    ],
    [
      "one long line among short ones keeps every line apart",
      `Headline\n${LONG_A}\nShort.`,
      1,
      [{ text: "Headline", line: 1 }, { text: LONG_A, line: 2 }, { text: "Short.", line: 3 }],
    ],
    [
      "hard-wrapped text joined, a name across the break",
      "Iran has been one of Syrian President Bashar\nAssad's strongest supporters since the\ncrisis began in 2011.\n\nSecond paragraph.",
      10,
      [
        { text: "Iran has been one of Syrian President Bashar Assad's strongest supporters since the crisis began in 2011.", line: 10 },
        { text: "Second paragraph.", line: 14 },
      ],
    ],
    [
      "a short line before a long one stays apart (a wrapped paragraph never starts short)",
      `Short first line\n${LONG_A}`,
      1,
      [{ text: "Short first line", line: 1 }, { text: LONG_A, line: 2 }],
    ],
    ["empty body", "", 5, []],
    ["blank body", "\n  \n\n", 5, []],
  ])("text: %s (%j from line %i)", (_name, body, start, expected) => {
    expect(splitParagraphs(body, start, "text")).toEqual(expected);
  });

  test.each<[string, string, number, Paragraph[]]>([
    [
      "blocks keep their newlines",
      "- first item\n- second item\n\n> A quote\n> that goes on",
      4,
      [{ text: "- first item\n- second item", line: 4 }, { text: "> A quote\n> that goes on", line: 7 }],
    ],
    ["indentation kept, trailing space dropped", "Text with *emphasis*   \n    indented code", 1, [{ text: "Text with *emphasis*\n    indented code", line: 1 }]],
    [
      "short lines not joined with spaces",
      "Iran has been one of Syrian President Bashar\nAssad's strongest supporters.",
      2,
      [{ text: "Iran has been one of Syrian President Bashar\nAssad's strongest supporters.", line: 2 }],
    ],
    [
      "long lines not split",
      `${LONG_A}\n${LONG_B}`,
      1,
      [{ text: `${LONG_A}\n${LONG_B}`, line: 1 }],
    ],
  ])("markdown: %s (%j from line %i)", (_name, body, start, expected) => {
    expect(splitParagraphs(body, start, "markdown")).toEqual(expected);
  });
});
