// squeezeSpace: every run of white space becomes one character, a line break if the run holds one.
import { describe, expect, test } from "vitest";
import { squeezeSpace } from "../../../src/parse/squeeze-space.ts";

describe("squeezeSpace", () => {
  test.each<[string, string]>([
    ["single spaces", "single spaces"],
    ["two  spaces", "two spaces"],
    ["a\ttab", "a tab"],
    ["no-break\u00A0space", "no-break space"],
    ["  around  ", " around "],
    ["line\nbreak", "line\nbreak"],
    ["indented \n   line", "indented\nline"],
    ["carriage\r\nreturn", "carriage\nreturn"],
    ["separator\u2028line", "separator\nline"],
    ["", ""],
  ])("%j -> %j", (text, expected) => {
    expect(squeezeSpace(text)).toBe(expected);
  });
});
