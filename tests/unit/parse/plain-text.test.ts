// plainText and countWords: the reader-visible text of a paragraph in either format, and its word count.
import { describe, expect, test } from "vitest";
import { countWords, plainText } from "../../../src/parse/plain-text.ts";

describe("plainText", () => {
  test.each<[string, string]>([
    ["Syrian *forces* advanced.", "Syrian forces advanced."],
    ["**Strong** and _emphasis_ and `code`", "Strong and emphasis and code"],
    ["A [link](https://example.com/) here", "A link here"],
    ["Line one\nline two", "Line one line two"],
    ["# Heading text", "Heading text"],
    ["Escaped \\*stars\\*", "Escaped *stars*"],
    ["A “quoted” word — and a dash", "A “quoted” word — and a dash"],
  ])("markdown %j is %j", (paragraph, text) => {
    expect(plainText(paragraph, "markdown")).toBe(text);
  });

  test.each(["Syrian *forces* advanced.", "A [link](https://example.com/) here", "# Heading text"])(
    "text %j is unchanged",
    (paragraph) => {
      expect(plainText(paragraph, "text")).toBe(paragraph);
    },
  );
});

describe("countWords", () => {
  test.each<[string, number]>([
    ["", 0],
    ["Syrian forces advanced.", 3],
    ["U.S. forces don’t stop", 4],
    ["Iranian-backed militiamen", 2],
    ["Al-Qaryatain's 3.5 km", 3],
    ["100 kilometers southwest of Palmyra—an ancient city", 8],
    ["— — —", 0],
    ["Qaryatayn, Homs; Palmyra.", 3],
  ])("%j has %i words", (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});
