// Fuzz the two parsers that read what editors write (reports and the gazetteer): whatever the
// input, only diagnostics come out, never an exception, and what they accept keeps its text.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseGazetteer } from "../../src/entities/parse-gazetteer.ts";
import { parseReport } from "../../src/parse/parse-report.ts";
import type { Diagnostic } from "../../src/types.ts";

const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
// A fixed seed by default, so `npm test` sees the same inputs on every run (and the "accepted"
// counts below cannot dip under their floor by chance); FUZZ_SEED=... FUZZ_RUNS=... explores more.
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);

/** Pieces real and broken reports are made of; random text is mixed in between them. */
const FENCES = ["---", "---js", "---javascript", "---json", "--- BREAKING NEWS ---", "----", "...", "---yaml", "--- "];
const FIELDS = [
  "headline: Troops retake town",
  "headline: [unclosed",
  "headline: \"a: b\"",
  "headline: 1984",
  "headline: !!js/function 'function () {}'",
  "date: 2016-04-03",
  "date: 2017-13-45",
  "date: 2017-10-21T04:45:00+15:00",
  "date: 0001-01-01T00:30:00+00:00",
  "date: 9999-12-31T23:59:00-12:00",
  "date: [2017, 10, 21]",
  "timezone: America/Edmonton",
  "timezone: Mountain Time",
  "slug: a-b",
  `slug: ${"x".repeat(120)}`,
  "entities: [qaryatayn, palmyra]",
  "__proto__: { polluted: true }",
  "constructor: x",
  "toString: 1",
  "a: &a [lol, lol]",
  "b: [*a, *a]",
  "  indented: oops",
  "? [complex, key]",
  ": value",
];
const LINES = [
  "Syria troops capture central town recently taken by IS",
  "Oct 21, 2017 | 4:45 AM",
  "Feb 30, 2017 | 4:45 AM",
  "21.10.2017",
  "Updated Oct 21, 2017 10:45 GMT",
  "BEIRUT —",
  "BEIRUT (AP) — Syrian troops on Saturday captured a town.",
  "DAMASCUS, Syria, April 3, (Agencies): The army said.",
  "By Bassem Mroue",
  "Bassem Mroue, The Associated Press",
  "(Reporting by Tom Perry; Editing by Jane Doe)",
  "Copyright 2017 The Associated Press. All rights reserved.",
  "STAY CONNECTED: Have the stories that matter most delivered to your inbox.",
  "bur-kir/jm",
  "Iranian-",
  "backed militias entered the town.",
  "# A heading",
  "* a list item",
  "<script>alert(1)</script>",
  "Ok \u0000 nul \u0007 bell \u001b esc \ufffe",
  "",
  "",
];

const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom(" ".repeat(200), "\t", "Copyright" + " ".repeat(300), "a\r\nb"),
);
const frontMatter = fc.tuple(fc.constantFrom(...FENCES), fc.array(fc.oneof(fc.constantFrom(...FIELDS), text), { maxLength: 6 }), fc.boolean());
const body = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...LINES) }, { weight: 1, arbitrary: text }), { maxLength: 14 });

// Half the reports start the way wire copy does, so that many are accepted and their text checked.
const WIRE_TOP = "Troops retake a town\n\nOct 21, 2017 | 4:45 AM\n\nBEIRUT (AP) — Troops retook a town.\n";
const report = fc
  .tuple(fc.option(frontMatter, { nil: null }), fc.boolean(), body, fc.constantFrom("text" as const, "markdown" as const))
  .map(([fm, wireTop, lines, format]) => {
    const head = fm ? [fm[0], ...fm[1], ...(fm[2] ? ["---"] : [])].join("\n") + "\n" : "";
    return { text: head + (wireTop ? WIRE_TOP : "") + lines.join("\n"), format };
  });

function expectWellFormed(diagnostics: readonly Diagnostic[], file: string, lineCount: number): void {
  for (const d of diagnostics) {
    expect(d.file).toBe(file);
    expect(["error", "warning"]).toContain(d.severity);
    expect(d.message.length).toBeGreaterThan(5);
    expect(d.hint.length).toBeGreaterThan(5);
    // Messages quote a capped part of the bad value, never the whole input.
    expect(d.message.length).toBeLessThan(600);
    expect(d.message).not.toContain("[object Object]");
    if (d.line !== undefined) {
      expect(Number.isInteger(d.line)).toBe(true);
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.line).toBeLessThanOrEqual(lineCount + 1);
    }
  }
}

/** Whether every non-space character of `part` appears in `whole`, in order. */
function isSubsequence(part: string, whole: string): boolean {
  const a = part.replace(/\s+/g, "");
  const b = whole.replace(/\s+/g, "");
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    j = b.indexOf(a[i]!, j);
    if (j === -1) return false;
    j++;
  }
  return true;
}

describe("parseReport under fuzzing", () => {
  test("returns a record or diagnostics for any text, never throws", () => {
    let accepted = 0;
    fc.assert(
      fc.property(report, ({ text, format }) => {
        const file = { path: "content/reports/fuzz.txt", id: "fuzz", format, text };
        const result = parseReport(file, { defaultZone: "UTC" });
        expectWellFormed(result.diagnostics, file.path, text.split("\n").length);
        if (result.record === null) {
          expect(result.diagnostics.some((d) => d.severity === "error")).toBe(true);
          return;
        }
        const record = result.record;
        accepted++;
        // Accepted records keep their text: what the page shows comes from the file, in order.
        expect(isSubsequence(record.paragraphs.join(" "), text)).toBe(true);
        expect(record.paragraphs.length).toBeGreaterThan(0);
        expect(record.url).toMatch(/^\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]{1,80}\/$/);
        expect(record.published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // The property is only worth something if many inputs get through to a record.
    expect(accepted).toBeGreaterThan(RUNS / 20);
  });
});

const GAZ_ENTRY = "- id: qaryatayn\n  kind: place\n  name: Qaryatayn\n  aliases: [Al-Qaryatain, Karyatain]\n  description: A town in Homs Governorate.";
const GAZ_LINES = [
  GAZ_ENTRY,
  GAZ_ENTRY,
  "- id: palmyra",
  "  kind: place",
  "  kind: planet",
  "  name: Palmyra",
  "  name: <img src=x onerror=alert(1)>",
  "  aliases: [Tadmur, Tadmor]",
  "  aliases: [a, the, IS]",
  "  description: An ancient city in Homs Governorate.",
  "  coordinates: [34.5514, 38.2681]",
  "  coordinates: [134, 38]",
  "  wikidata: Q858",
  "  wikidata: not-an-id",
  "  wikidata_source: published data",
  "  __proto__: x",
  "  constructor: y",
  "- id: Bad Id",
  "- id: islamic-state",
  "  kind: organization",
  "  name: Islamic State",
  "- just text",
  "a: &a [x, x]",
  "b: [*a, *a]",
  "[unclosed",
];

describe("parseGazetteer under fuzzing", () => {
  test("returns entities or diagnostics for any file, never throws", () => {
    let accepted = 0;
    // Files of whole entries, some with a field replaced, as well as files of loose lines.
    const entries = ["palmyra", "raqqa", "homs"].map((id) => GAZ_ENTRY.replace(/qaryatayn|Qaryatayn/g, id));
    const mutated = fc.tuple(fc.constantFrom(...entries), fc.nat(4), fc.oneof(fc.constantFrom(...GAZ_LINES), text)).map(([entry, i, line]) => {
      const lines = entry.split("\n");
      lines[i] = line;
      return lines.join("\n");
    });
    const file = fc.oneof(
      fc.array(fc.oneof(fc.constantFrom(...entries), mutated), { maxLength: 4 }),
      fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...GAZ_LINES) }, { weight: 1, arbitrary: text }), { maxLength: 16 }),
    );
    fc.assert(
      fc.property(fc.array(file, { minLength: 1, maxLength: 3 }), (files) => {
        const inputs = files.map((lines, i) => ({ path: `content/entities/f${i}.yaml`, text: lines.join("\n") }));
        const result = parseGazetteer(inputs);
        for (const d of result.diagnostics) {
          const input = inputs.find((f) => f.path === d.file);
          expect(input).toBeDefined();
          expectWellFormed([d], d.file, input!.text.split("\n").length);
        }
        accepted += result.entities.length;
        for (const entity of result.entities) {
          // An accepted entity's name and spellings are written in its file.
          const source = inputs.find((f) => f.path === entity.sourcePath)!.text;
          expect(source).toContain(entity.name);
          for (const alias of entity.aliases) expect(source).toContain(alias);
          expect(entity.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(accepted).toBeGreaterThan(RUNS / 20);
  });
});
