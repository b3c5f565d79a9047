// parseGazetteer: entities with their file and line from good YAML, and every bad-gazetteer fixture fails with exactly its expected.txt.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { formatDiagnostics } from "../../../src/diagnostics/format-diagnostics.ts";
import { parseGazetteer } from "../../../src/entities/parse-gazetteer.ts";
import { loadArchive } from "../../../src/pipeline.ts";
import { readContent } from "../../../src/read/read-content.ts";
import type { Diagnostic, Entity } from "../../../src/types.ts";

const GOOD = `# Places, as an editor writes them.
- id: qaryatayn
  kind: place
  name: Qaryatayn
  aliases:
    - Qaryatain
    - " Al-Qaryatain "
    - ""
  description: Town in Homs Governorate, central Syria.
  coordinates: [34.2294, 37.2406]

- id: syria
  kind: place
  name: Syria
  description: Country in western Asia.
  wikidata: Q858
  wikidata_source: Seed reference facts
`;

const PEOPLE = `- id: bashar-assad
  kind: person
  name: Bashar al-Assad
  aliases: [Assad, 2000]
  description: Syrian politician.
- id: associated-press
  kind: organization
  name: The Associated Press
  description: American news agency.
`;

describe("parseGazetteer: good input", () => {
  test("gives one Entity per entry, with its file, line and URL", () => {
    const result = parseGazetteer([
      { path: "content/entities/places.yaml", text: GOOD },
      { path: "content/entities/people.yaml", text: PEOPLE },
    ]);
    expect(result.diagnostics).toEqual([]);
    expect(result.entities).toEqual<Entity[]>([
      {
        id: "qaryatayn",
        kind: "place",
        name: "Qaryatayn",
        // Trimmed; empty spellings dropped.
        aliases: ["Qaryatain", "Al-Qaryatain"],
        description: "Town in Homs Governorate, central Syria.",
        coordinates: [34.2294, 37.2406],
        wikidata: null,
        wikidataSource: null,
        url: "/places/qaryatayn/",
        sourcePath: "content/entities/places.yaml",
        line: 2,
      },
      {
        id: "syria",
        kind: "place",
        name: "Syria",
        aliases: [],
        description: "Country in western Asia.",
        coordinates: null,
        wikidata: "Q858",
        wikidataSource: "Seed reference facts",
        url: "/places/syria/",
        sourcePath: "content/entities/places.yaml",
        line: 12,
      },
      {
        id: "bashar-assad",
        kind: "person",
        name: "Bashar al-Assad",
        // A number in a list of spellings is read as the text it is.
        aliases: ["Assad", "2000"],
        description: "Syrian politician.",
        coordinates: null,
        wikidata: null,
        wikidataSource: null,
        url: "/people/bashar-assad/",
        sourcePath: "content/entities/people.yaml",
        line: 1,
      },
      {
        id: "associated-press",
        kind: "organization",
        name: "The Associated Press",
        aliases: [],
        description: "American news agency.",
        coordinates: null,
        wikidata: null,
        wikidataSource: null,
        url: "/organizations/associated-press/",
        sourcePath: "content/entities/people.yaml",
        line: 6,
      },
    ]);
  });

  test.each<[string, string]>([
    ["an empty file", ""],
    ["a file of comments only", "# Nothing here yet.\n"],
    ["an empty list", "[]\n"],
  ])("%s adds nothing and is not a problem (%j)", (_name, text) => {
    expect(parseGazetteer([{ path: "content/entities/places.yaml", text }])).toEqual({ entities: [], diagnostics: [] });
  });

  test("the gazetteer the site ships parses without problems, each entity at its own line", () => {
    const read = readContent("content");
    const result = parseGazetteer(read.gazetteer);
    expect(read.diagnostics).toEqual([]);
    expect(result.diagnostics).toEqual([]);
    expect(result.entities.length).toBeGreaterThan(0);
    for (const e of result.entities) {
      expect(e.sourcePath).toMatch(/^content\/entities\/(places|people|organizations)\.yaml$/);
      const lines = read.gazetteer.find((f) => f.path === e.sourcePath)!.text.split("\n");
      expect(lines[e.line - 1]).toBe(`- id: ${e.id}`);
    }
  });
});

const ROOT = "tests/fixtures/bad-gazetteer";
// The fixtures' reports/ folders are empty on purpose: only the gazetteer's problems are expected.
const EMPTY_OK = { allowEmpty: true };
const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** The order the build prints problems in: by file, then line (as loadArchive sorts them). */
const byPlace = (a: Diagnostic, b: Diagnostic) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0));

describe("parseGazetteer: bad-gazetteer fixtures", () => {
  test("covers every kind of bad gazetteer", () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        "broken-yaml", "not-a-list", "entry-not-mapping", "duplicate-id", "alias-conflict", "unknown-kind",
        "coordinates-out-of-range", "coordinates-for-person", "missing-name-description", "unknown-field",
        "wikidata-without-source", "bad-wikidata-id",
      ]),
    );
  });

  test.each(cases)("%s: fails with the expected message", (name) => {
    const read = readContent(`${ROOT}/${name}`, process.cwd(), EMPTY_OK);
    expect(read.diagnostics).toEqual([]);
    const { diagnostics } = parseGazetteer(read.gazetteer);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(`${formatDiagnostics([...diagnostics].sort(byPlace))}\n`).toBe(readFileSync(`${ROOT}/${name}/expected.txt`, "utf8"));
  });

  test.each(cases)("%s: the build prints the same", (name) => {
    expect(`${formatDiagnostics(loadArchive(`${ROOT}/${name}`, undefined, EMPTY_OK).diagnostics)}\n`).toBe(readFileSync(`${ROOT}/${name}/expected.txt`, "utf8"));
  });

  test("every problem names its gazetteer file and line, and says what to do", () => {
    for (const name of cases) {
      for (const d of parseGazetteer(readContent(`${ROOT}/${name}`, process.cwd(), EMPTY_OK).gazetteer).diagnostics) {
        expect(d.file.startsWith(`${ROOT}/${name}/entities/`)).toBe(true);
        expect(d.line).toBeGreaterThan(0);
        expect(d.severity).toBe("error");
        expect(d.hint.length).toBeGreaterThan(10);
      }
    }
  });
});

describe("parseGazetteer: spellings that fold to nothing", () => {
  test.each([["-"], ["Al-"], ["el"], ["’"]])("alias %j is refused: it would match everywhere or nowhere", (alias) => {
    const text = `- id: palmyra\n  kind: place\n  name: Palmyra\n  aliases: [${JSON.stringify(alias)}]\n  description: Town.\n`;
    const { entities, diagnostics } = parseGazetteer([{ path: "places.yaml", text }]);
    expect(entities).toEqual([]);
    expect(diagnostics.map((d) => [d.line, d.rule, d.message])).toEqual([
      [4, "entity-field-invalid", `entity field "aliases" is ${JSON.stringify(alias)}, not a list of spellings with letters in them.`],
    ]);
  });
});
