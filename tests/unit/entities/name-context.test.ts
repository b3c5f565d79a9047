// insideLongerName and acronymOfOtherName: when a name found in running text is part of another proper name.
import { describe, expect, test } from "vitest";
import { acronymOfOtherName, insideLongerName } from "../../../src/entities/name-context.ts";

/** The text with the name in [brackets]. */
function at(marked: string): [string, number, number] {
  const start = marked.indexOf("[");
  const end = marked.indexOf("]") - 1;
  return [marked.replace("[", "").replace("]", ""), start, end];
}

describe("insideLongerName", () => {
  test.each<[string, boolean]>([
    ["Families sheltered in the [Kharkiv] Metro for weeks.", true],
    ["a building of V. N. Karazin [Kharkiv] National University", true],
    ["the University of [Khartoum] campus", true],
    ["a Bank of [Japan] survey", true],
    ["a faction of the [Sudan] Liberation Movement", true],
    ["the [UN] Security Council", true],
    ["students fled to [Khartoum] North on Tuesday", true],
    ["Shelling hit [Kharkiv] on Monday.", false],
    ["[Kharkiv] Mayor Ihor Terekhov said", false],
    ["the [Kharkiv] regional governor", false],
    ["[Kharkiv] Oblast", false],
    ["In [Kharkiv], residents said", false],
    ["northern Israel. [Israel]’s army said", false],
    ["the U.S.-backed [Syrian Democratic Forces] said", false],
    ["the Sudanese [Rapid Support Forces]", false],
    ["Chancellor Olaf Scholz's [Social Democratic Party]", false],
    ["a base used by US troops. [US] Marine Staff Sergeant Louis Cardin", false],
    ["[Syria] Tuesday, officials said", false],
  ])("%j: %s", (marked, expected) => {
    expect(insideLongerName(...at(marked))).toBe(expected);
  });
});

describe("acronymOfOtherName", () => {
  test.each<[string, boolean]>([
    ["Reporters Without Borders ([RSF]) said", true],
    ["the Rapid Support Forces ([RSF]) said", true],
    ["fighters of the [RSF] said", false],
    ["the paramilitary ([RSF])", false],
  ])("%j: %s", (marked, expected) => {
    expect(acronymOfOtherName(...at(marked))).toBe(expected);
  });
});
