// parseGazetteer: entities with their file and line from good YAML, and every bad-gazetteer fixture fails with exactly its expected.txt.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { formatDiagnostics } from "../../../src/diagnostics/format-diagnostics.ts";
import { parseGazetteer } from "../../../src/entities/parse-gazetteer.ts";
import { loadArchive } from "../../../src/load-archive.ts";
import { readContent } from "../../../src/read/read-content.ts";
import type { Diagnostic, Entity } from "../../../src/types.ts";
import { entityListUrl, RESERVED_ENTITY_IDS } from "../../../src/routes.ts";

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
  adjectives: [Syrian]
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
        adjectives: [],
        description: "Town in Homs Governorate, central Syria.",
        coordinates: [34.2294, 37.2406],
        timezone: null,
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
        adjectives: ["Syrian"],
        description: "Country in western Asia.",
        coordinates: null,
        timezone: null,
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
        adjectives: [],
        description: "Syrian politician.",
        coordinates: null,
        timezone: null,
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
        adjectives: [],
        description: "American news agency.",
        coordinates: null,
        timezone: null,
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
        "wikidata-without-source", "bad-wikidata-id", "markup-in-name", "markup-in-alias", "html-character-code",
        "control-character", "common-word-alias",
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
        // Spellings that are common words only warn: the build goes on.
        expect(d.severity).toBe(d.rule === "entity-alias-common-word" ? "warning" : "error");
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

describe("parseGazetteer: ids that are a list page's address", () => {
  test.each([...RESERVED_ENTITY_IDS])("id %j is refused: /places/%s/ is the list by number of reports", (id) => {
    const text = `- id: ${id}\n  kind: place\n  name: Byreportsville\n  description: Town.\n`;
    const { entities, diagnostics } = parseGazetteer([{ path: "places.yaml", text }]);
    expect(entities).toEqual([]);
    expect(diagnostics.map((d) => [d.line, d.rule])).toEqual([[1, "entity-field-invalid"]]);
    expect(diagnostics[0]!.message).toContain(`other than ${id} (a list page's address)`);
    expect(entityListUrl("place", "reports")).toBe(`/places/${id}/`);
  });
});

const entry = (fields: string) => `- id: palmyra\n  kind: place\n${fields}`;

describe("parseGazetteer: a place's time zone", () => {
  const place = (zone: string, kind = "place") => parseGazetteer([{ path: "places.yaml", text: `- id: beirut\n  kind: ${kind}\n  name: Beirut\n  description: City.\n  timezone: ${zone}\n` }]);

  test("an IANA zone is kept as the time zone database spells it", () => {
    expect(place("Asia/Beirut").entities[0]!.timezone).toBe("Asia/Beirut");
  });

  test.each([["GMT+3"], ["EEST"], ["Beirut"], ["Asia/Atlantis"], ["asia/beirut"]])("%j is refused, on its line: an IANA zone name is wanted", (zone) => {
    const { entities, diagnostics } = place(zone);
    expect(entities).toEqual([]);
    expect(diagnostics.map((d) => [d.line, d.rule])).toEqual([[5, "entity-field-invalid"]]);
    expect(diagnostics[0]!.message).toContain("a time zone name such as Asia/Beirut");
  });

  test("only a place has one", () => {
    expect(place("Asia/Beirut", "person").diagnostics.map((d) => d.message)).toEqual(['timezone "Asia/Beirut" is given for a person; only places have a time zone.']);
  });
});

describe("parseGazetteer: names are plain text", () => {
  test.each<[string, string, number, string]>([
    ["a tag in the name", "  name: <img src=x onerror=alert(1)>\n  description: Town.\n", 3, `entity field "name" is "<img src=x onerror=alert(1)>", which contains the HTML tag "<img".`],
    ["an end tag in an alias", "  name: Palmyra\n  aliases:\n    - Tadmur\n    - Tadmor</a>\n  description: Town.\n", 6, `entity field "aliases" is "Tadmor</a>", which contains the HTML tag "</a".`],
    ["a comment in the description", "  name: Palmyra\n  description: Town <!-- check -->.\n", 4, `entity field "description" is "Town <!-- check -->.", which contains an HTML comment "<!--".`],
    ["a character code", "  name: Palmyra &amp; Tadmur\n  description: Town.\n", 3, `entity field "name" is "Palmyra &amp; Tadmur", which contains the HTML character code "&amp;".`],
    ["a numeric character code", "  name: Palmyra\n  aliases: [\"&#x3c;b&#x3e;\"]\n  description: Town.\n", 4, `entity field "aliases" is "&#x3c;b&#x3e;", which contains the HTML character code "&#x3c;".`],
    ["a line break", "  name: \"Pal\\nmyra\"\n  description: Town.\n", 3, `entity field "name" is "Pal\\nmyra", which contains a line break.`],
    ["DEL", "  name: \"Palmyra\\x7F\"\n  description: Town.\n", 3, `entity field "name" is "Palmyra\\u007f", which contains the control character U+007F (DEL).`],
  ])("%s is an error at its line, repeating the value", (_case, fields, line, message) => {
    const { entities, diagnostics } = parseGazetteer([{ path: "places.yaml", text: entry(fields) }]);
    expect(entities).toEqual([]);
    expect(diagnostics.map((d) => [d.line, d.rule, d.severity, d.message])).toEqual([[line, "entity-not-plain-text", "error", message]]);
  });

  test.each([["AT&T"], ["Procter & Gamble"], ["5 < 6"], ["SDF <3"], ["R&D"], ["a > b"]])("%j is plain text", (name) => {
    const { diagnostics } = parseGazetteer([{ path: "places.yaml", text: entry(`  name: ${JSON.stringify(name)}\n  description: Town.\n`) }]);
    expect(diagnostics).toEqual([]);
  });

  test("a long value is repeated shortened", () => {
    const long = `${"Town in Homs Governorate, central Syria ".repeat(3)}<b>bold</b>`;
    const [d] = parseGazetteer([{ path: "places.yaml", text: entry(`  name: Palmyra\n  description: ${long}\n`) }]).diagnostics;
    expect(d!.message).toBe(`entity field "description" is "${long.slice(0, 77)}...", which contains the HTML tag "<b".`);
  });
});

describe("parseGazetteer: spellings that are common words", () => {
  test.each<[string, string, string]>([
    ["The", "name", `name "The" of "palmyra" is a common English word: it matches in any case, so every "the" in the reports would link to "palmyra".`],
    ["of", "alias", `alias "of" of "palmyra" is a common English word: it matches in any case, so every "of" in the reports would link to "palmyra".`],
    ["and", "alias", `alias "and" of "palmyra" is a common English word: it matches in any case, so every "and" in the reports would link to "palmyra".`],
    ["In the", "alias", `alias "In the" of "palmyra" is a common English word: it matches in any case, so every "in the" in the reports would link to "palmyra".`],
    ["a", "alias", `alias "a" of "palmyra" is a single letter: it matches in any case, so every "a" in the reports would link to "palmyra".`],
    ["P.", "alias", `alias "P." of "palmyra" is a single letter: it matches in any case, so every "p." in the reports would link to "palmyra".`],
    ["7", "alias", `alias "7" of "palmyra" is a single digit, so every "7" in the reports would link to "palmyra".`],
    ["Is", "alias", `alias "Is" of "palmyra" is a common English word: it matches in any case, so every "is" in the reports would link to "palmyra".`],
  ])("%j is a warning, and the entity is kept", (spelling, field, message) => {
    const fields = field === "name" ? `  name: ${spelling}\n` : `  name: Palmyra\n  aliases: [${JSON.stringify(spelling)}]\n`;
    const { entities, diagnostics } = parseGazetteer([{ path: "places.yaml", text: entry(`${fields}  description: Town.\n`) }]);
    expect(entities.map((e) => e.id)).toEqual(["palmyra"]);
    expect(diagnostics.map((d) => [d.line, d.rule, d.severity, d.message])).toEqual([[field === "name" ? 3 : 4, "entity-alias-common-word", "warning", message]]);
  });

  // Two or more capitals and no lowercase: the linker matches these only as written.
  test.each([["US"], ["U.S."], ["IS"], ["IT"], ["AP"], ["Tadmur"], ["The Hague"], ["Of Mice"]])("%j is not warned about", (spelling) => {
    const { diagnostics } = parseGazetteer([{ path: "places.yaml", text: entry(`  name: Palmyra\n  aliases: [${JSON.stringify(spelling)}]\n  description: Town.\n`) }]);
    expect(diagnostics).toEqual([]);
  });
});
