// commonSpelling warns exactly about the spellings the linker would find in ordinary prose: it is checked against findMentions itself.
import { describe, expect, test } from "vitest";
import { buildMatcher } from "../../../src/entities/build-matcher.ts";
import { commonSpelling, COMMON_WORDS } from "../../../src/entities/common-words.ts";
import { findMentions } from "../../../src/entities/find-mentions.ts";
import { entity, realGazetteer } from "./records.ts";

const PROSE = "The army said a convoy of the SDF is in Raqqa and it is near us; 7 p. m. Tell them to be there, or not.";

/** The words of PROSE the linker links to an entity that has `spelling` as an alias. */
const linkedBy = (spelling: string) => findMentions(PROSE, buildMatcher([entity("x", "Xanadu", "place", { aliases: [spelling] })])).map((m) => m.text);

describe("commonSpelling", () => {
  test.each<[string, ReturnType<typeof commonSpelling>, string[]]>([
    // Matched in any case, so they link ordinary words today: warned about.
    ["the", "common-word", ["The", "the"]],
    ["The", "common-word", ["The", "the"]],
    ["of the", "common-word", ["of the"]],
    ["Is", "common-word", ["is", "is"]],
    ["Us", "common-word", ["us"]],
    ["a", "one-letter", ["a"]],
    ["A", "one-letter", ["a"]],
    ["P.", "one-letter", ["p."]],
    ["7", "one-letter", ["7"]],
    // Two or more capitals, no lowercase: matched only as written, so "is" and "us" stay unlinked.
    ["IS", null, []],
    ["US", null, []],
    ["U.S.", null, []],
    ["SDF", null, ["SDF"]],
    // Names that contain common words are names.
    ["Raqqa", null, ["Raqqa"]],
    ["The Hague", null, []],
  ])("%j: %s, and the linker links %j in the test prose", (spelling, why, linked) => {
    expect(commonSpelling(spelling)).toBe(why);
    expect(linkedBy(spelling)).toEqual(linked);
  });

  test("every listed word is lowercase and one word, as foldName leaves a spelling", () => {
    for (const word of COMMON_WORDS) expect(word).toMatch(/^[a-z]+$/);
  });

  test("the gazetteer the site ships has no such spelling", () => {
    const spellings = realGazetteer().entities.flatMap((e) => [e.name, ...e.aliases]);
    expect(spellings.filter((s) => commonSpelling(s) !== null)).toEqual([]);
  });
});
