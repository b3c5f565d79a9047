// quote() and the catalog's messages: a user's value is repeated shortened, whatever its size or shape.
import { describe, expect, test } from "vitest";
import { problems, quote } from "../../../src/diagnostics/catalog.ts";
import type { Diagnostic } from "../../../src/types.ts";
import { expectLinear, KB, MB, type ScalingCase } from "../../helpers/scaling.ts";

const HUGE = "x".repeat(MB);
const at = { file: "content/reports/x.txt", line: 3 };

/** A list that contains itself, as the YAML `&a [*a]` loads. */
const circular: unknown[] = [];
circular.push(circular);

/** Two of the same list, `depth` levels deep: 2^depth leaves when written out in full (a YAML alias bomb). */
function aliasBomb(depth: number): unknown {
  let bomb: unknown = ["lol"];
  for (let level = 0; level < depth; level++) bomb = [bomb, bomb];
  return bomb;
}

/** How quote() writes an alias bomb `depth` levels deep: each list once, a repeat as "[...]", over 80 characters cut to 77 and "...". */
function quotedBomb(depth: number): string {
  const json = `${"[".repeat(depth + 1)}"lol"]${',"[...]"]'.repeat(depth)}`;
  return JSON.stringify(json.length > 80 ? `${json.slice(0, 77)}...` : json);
}

describe("quote", () => {
  test.each<[string, unknown, string]>([
    ["a short string", "Mars/Olympus", '"Mars/Olympus"'],
    ["80 characters, kept whole", "x".repeat(80), `"${"x".repeat(80)}"`],
    ["81 characters, cut to 77 and ...", "x".repeat(81), `"${"x".repeat(77)}..."`],
    ["a megabyte", HUGE, `"${"x".repeat(77)}..."`],
    ["an emoji across the cut, left out whole", `${"x".repeat(76)}😀${"y".repeat(10)}`, `"${"x".repeat(76)}..."`],
    ["a number", 1984, '"1984"'],
    ["a list", ["a", 1], '"[\\"a\\",1]"'],
    ["undefined", undefined, '"undefined"'],
    ["a list that contains itself", circular, '"[\\"[...]\\"]"'],
    ["an alias bomb, each list written once", aliasBomb(30), quotedBomb(30)],
  ])("%s", (_name, value, expected) => expect(quote(value)).toBe(expected));
});

// Issue 9: quote() takes linear time on the values above that grow (tests/helpers/scaling.ts).
describe("quote takes linear time", () => {
  test.each<ScalingCase>([
    ["a long string", 50 * KB, (n) => quote("x".repeat(n)), () => `"${"x".repeat(77)}..."`],
    // Written out in full, 30 levels are 2^30 leaves: the test would time out.
    ["an alias bomb", 30, (depth) => quote(aliasBomb(depth)), quotedBomb],
  ])("%s", (_name, size, work, expected) => expectLinear(size, work, expected));
});

// Issue 9: a message repeats at most a few short quotes, however long the values it is given.
describe("messages stay short with megabyte values", () => {
  test.each<[string, Diagnostic]>([
    ["contentMissing", problems.contentMissing(HUGE)],
    ["reportsMissing", problems.reportsMissing(HUGE)],
    ["yamlInvalid", problems.yamlInvalid(at, HUGE, `unidentified alias "${HUGE}"`)],
    ["frontMatterNotMapping", problems.frontMatterNotMapping(at, [HUGE])],
    ["unknownField", problems.unknownField(at, HUGE, ["headline", "date"], HUGE)],
    ["fieldType", problems.fieldType(at, "headline", { text: HUGE }, "a line of text")],
    ["dateUnparseable", problems.dateUnparseable(at, HUGE, "date line")],
    ["dateImpossible", problems.dateImpossible(at, HUGE, "date", "you specified 45 (of type number) as a day")],
    ["timezoneUnknown", problems.timezoneUnknown(at, HUGE)],
    ["slugInvalid", problems.slugInvalid(at, HUGE)],
    ["idCollision", problems.idCollision(at, HUGE, "content/reports/y.txt")],
    ["urlClaimed", problems.urlClaimed({ ...at, line: 1, url: HUGE, kind: "report" }, "the address of the report content/reports/y.txt (line 1)")],
    ["urlRefused", problems.urlRefused({ ...at, line: 1, url: HUGE, kind: "redirect" }, "it has a backslash, which browsers read as /")],
    ["gazetteerInvalid", problems.gazetteerInvalid(at, `Unresolved alias (the anchor must be set before the alias): ${HUGE}`)],
    ["entityNotMapping", problems.entityNotMapping(at, HUGE)],
    ["entityDuplicateId", problems.entityDuplicateId(at, HUGE, "content/entities/places.yaml:4")],
    ["entityAliasConflict", problems.entityAliasConflict(at, HUGE, HUGE, HUGE, HUGE, "content/entities/places.yaml:4")],
    ["entityKindUnknown", problems.entityKindUnknown(at, HUGE)],
    ["entityCoordinatesInvalid", problems.entityCoordinatesInvalid(at, [HUGE, HUGE])],
    ["entityCoordinatesNotPlace", problems.entityCoordinatesNotPlace(at, [HUGE], "person")],
    ["entityFieldUnknown", problems.entityFieldUnknown(at, HUGE, ["id", "name"], HUGE)],
    ["entityFieldInvalid", problems.entityFieldInvalid(at, "name", HUGE, "the entity's name")],
    ["entityUnknownId", problems.entityUnknownId(at, HUGE, HUGE)],
  ])("%s", (_name, diagnostic) => {
    expect(diagnostic.message.length).toBeLessThan(600);
    expect(diagnostic.hint.length).toBeLessThan(300);
  });

  test("a YAML reason is kept whole up to 200 characters", () => {
    const reason = "can not read a block mapping entry; a multiline key may not be an implicit key";
    expect(problems.yamlInvalid(at, "a: b: c", reason).message).toBe(`the front matter is not valid YAML at "a: b: c": ${reason}.`);
    expect(problems.gazetteerInvalid(at, `Unresolved alias: ${"y".repeat(300)}`).message).toBe(`the gazetteer is not valid YAML: Unresolved alias: ${"y".repeat(179)}....`);
  });
});
