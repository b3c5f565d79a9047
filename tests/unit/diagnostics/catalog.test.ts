// quote() and the catalog's messages: a user's value is repeated shortened, whatever its size or shape.
import { describe, expect, test } from "vitest";
import { problems, quote } from "../../../src/diagnostics/catalog.ts";
import type { Diagnostic } from "../../../src/types.ts";
import { BUDGET_MS, MB, timed } from "../../helpers/time-budget.ts";

const HUGE = "x".repeat(MB);
const at = { file: "content/reports/x.txt", line: 3 };

/** A list that contains itself, as the YAML `&a [*a]` loads. */
const circular: unknown[] = [];
circular.push(circular);

/** Two of the same list, thirty levels deep: 2^30 leaves when written out in full (a YAML alias bomb). */
let bomb: unknown = ["lol"];
for (let level = 0; level < 30; level++) bomb = [bomb, bomb];

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
    ["an alias bomb, each list written once", bomb, JSON.stringify(`${"[".repeat(31)}"lol"]${',"[...]"]'.repeat(30)}`.slice(0, 77) + "...")],
  ])("%s", (_name, value, expected) => {
    const { value: quoted, ms } = timed(() => quote(value));
    expect(quoted).toBe(expected);
    expect(ms).toBeLessThan(BUDGET_MS);
  });
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
    ["urlCollision", problems.urlCollision(at, HUGE, "content/reports/y.txt")],
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
