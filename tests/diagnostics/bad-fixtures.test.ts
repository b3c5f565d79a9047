// Every bad-input fixture fails with exactly the message in its expected.txt: file, line, value, fix.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { formatDiagnostics, hasErrors } from "../../src/diagnostics/format-diagnostics.ts";
import { loadArchive } from "../../src/load-archive.ts";

const ROOT = "tests/fixtures/bad";
const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe("bad content fixtures", () => {
  test("covers every kind of bad input the foundation issue names", () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        "no-date", "impossible-month", "impossible-day", "unknown-timezone", "broken-yaml", "empty-file",
        "no-headline", "url-collision", "not-utf8", "missing-content", "many-problems", "unknown-entity", "no-reports",
        // Issue 9: content is data, never code; every failure is a diagnostic.
        "front-matter-js", "front-matter-javascript", "front-matter-unclosed", "yaml-alias-bomb", "prototype-keys",
        "control-characters", "offset-beyond-14", "year-out-of-range", "slug-too-long",
        // Issue 12: a markdown image is a file beside the report, with alt text.
        "images",
        // Issue 20: every address content names passes one gate and one registry.
        "url-claims",
      ]),
    );
  });

  test.each(cases)("%s: fails with the expected message", (name) => {
    const contentDir = name === "missing-content" ? `${ROOT}/${name}/content` : `${ROOT}/${name}`;
    const result = loadArchive(contentDir);
    expect(hasErrors(result.diagnostics)).toBe(true);
    expect(`${formatDiagnostics(result.diagnostics)}\n`).toBe(readFileSync(`${ROOT}/${name}/expected.txt`, "utf8"));
  });

  test("every problem names its file, and a line unless it is about a whole file or folder", () => {
    for (const name of cases) {
      const contentDir = name === "missing-content" ? `${ROOT}/${name}/content` : `${ROOT}/${name}`;
      for (const d of loadArchive(contentDir).diagnostics) {
        expect(d.file.startsWith(`${ROOT}/${name}`)).toBe(true);
        if (!["empty-file", "content-missing", "reports-missing", "reports-empty"].includes(d.rule)) expect(d.line).toBeGreaterThan(0);
        expect(d.hint.length).toBeGreaterThan(10);
      }
    }
  });
});
