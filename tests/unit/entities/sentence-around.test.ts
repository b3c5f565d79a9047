// sentenceAround: the sentence that quotes a mention, across the abbreviations and quotes of wire copy.
import { describe, expect, test } from "vitest";
import { sentenceAround } from "../../../src/entities/sentence-around.ts";

/** The sentence around the first occurrence of `name` in `text`. */
const around = (text: string, name: string) => {
  const start = text.indexOf(name);
  if (start < 0) throw new Error(`${name} is not in ${text}`);
  return sentenceAround(text, start, start + name.length);
};

describe("sentenceAround", () => {
  test.each<[string, string, string]>([
    // Abbreviations are not sentence ends.
    ["The U.S. military said Raqqa fell. Troops moved on.", "Raqqa", "The U.S. military said Raqqa fell."],
    ["Troops moved on. The U.S. military said Raqqa fell. Then it rained.", "Raqqa", "The U.S. military said Raqqa fell."],
    ["He met Maj. Gen. Ali Mayhoub in Homs. They talked.", "Homs", "He met Maj. Gen. Ali Mayhoub in Homs."],
    ["They talked. Maj. Gen. Ali Mayhoub went to Homs. They left.", "Homs", "Maj. Gen. Ali Mayhoub went to Homs."],
    ["Mr. Assad spoke. Gen. Smith said Homs fell. End.", "Homs", "Gen. Smith said Homs fell."],
    ["It ended. Donald J. Trump visited Damascus. Nobody came.", "Damascus", "Donald J. Trump visited Damascus."],
    ["The fighting at 10 a.m. reached Homs. Later it stopped.", "Homs", "The fighting at 10 a.m. reached Homs."],
    ["It happened in Jan. 2017 in Homs.", "Homs", "It happened in Jan. 2017 in Homs."],
    ["The St. Elian monastery near Qaryatayn was destroyed. Later.", "Qaryatayn", "The St. Elian monastery near Qaryatayn was destroyed."],
    // The mention itself may hold abbreviation dots.
    ["Troops left. U.S. officials said so. Then it rained.", "U.S.", "U.S. officials said so."],
    // Quotes and brackets after the full stop belong to the sentence they close.
    ['He said, "We took Palmyra." Then Homs fell.', "Homs", "Then Homs fell."],
    ['He said, "We took Palmyra." Then Homs fell.', "Palmyra", 'He said, "We took Palmyra."'],
    ["He said, “We took Palmyra.” Then Homs fell.", "Homs", "Then Homs fell."],
    ["He said the army would “retake Palmyra.” Homs was next.", "Palmyra", "He said the army would “retake Palmyra.”"],
    ["He asked: “Is Palmyra safe?” Nobody answered in Homs.", "Homs", "Nobody answered in Homs."],
    ["Fighters (from Raqqa.) Then Homs.", "Raqqa", "Fighters (from Raqqa.)"],
    ["Syria’s army. “Homs is ours,” he said.", "Homs", "“Homs is ours,” he said."],
    // Other ends.
    ["Did Raqqa fall? Yes. Homs did.", "Raqqa", "Did Raqqa fall?"],
    ["Did Raqqa fall? Yes. Homs did.", "Homs", "Homs did."],
    ["Raqqa fell... Homs did not.", "Homs", "Homs did not."],
    ["Raqqa fell! Homs did not.", "Raqqa", "Raqqa fell!"],
    ["In 2017. 3 people died in Homs.", "Homs", "3 people died in Homs."],
    ["Ten died.\nHoms fell.", "Homs", "Homs fell."],
    // Not ends: no space after, or a lowercase word next.
    ["Ten died.Homs was next.", "Homs", "Ten died.Homs was next."],
    ["Ten died. homs was next.", "homs", "Ten died. homs was next."],
    ["He asked “why?” in Homs.", "Homs", "He asked “why?” in Homs."],
    // Mention at the start or the end of the text.
    ["Palmyra fell. Homs did not.", "Palmyra", "Palmyra fell."],
    ["Palmyra fell. Homs did not.", "not", "Homs did not."],
    ["Troops entered the town. Palmyra", "Palmyra", "Palmyra"],
    // No full stop anywhere: the whole text, trimmed.
    ["Troops entered Palmyra", "Palmyra", "Troops entered Palmyra"],
    ["  Troops entered Palmyra  ", "Palmyra", "Troops entered Palmyra"],
    ["Palmyra", "Palmyra", "Palmyra"],
  ])("%j around %j -> %j", (text, name, sentence) => {
    expect(around(text, name)).toBe(sentence);
  });

  // Known limits of a rule without a dictionary, kept visible: a sentence that really ends with an
  // abbreviation or a single capital letter is joined to the next one.
  test.each<[string, string, string]>([
    ["Aid came from the U.S. Palmyra fell.", "Palmyra", "Aid came from the U.S. Palmyra fell."],
    ["It was Plan B. Homs was next.", "Homs", "It was Plan B. Homs was next."],
  ])("limit: %j around %j -> %j", (text, name, sentence) => {
    expect(around(text, name)).toBe(sentence);
  });

  // A straight single quote closes a sentence too ("'secure.'" is common in British-style copy and
  // in quotes within quotes); it once let the sentence run on into the next.
  test.each<[string, string, string]>([
    ["They said it was 'secure.' Homs was next.", "Homs", "Homs was next."],
  ])("%j around %j -> %j", (text, name, sentence) => {
    expect(around(text, name)).toBe(sentence);
  });
});
