// The problem report editors read: one line per problem, counted with plurals, capped unless --verbose.
import { describe, expect, test } from "vitest";
import { problems } from "../../../src/diagnostics/catalog.ts";
import { formatDiagnostics, formatOne, hasErrors } from "../../../src/diagnostics/format-diagnostics.ts";
import type { Diagnostic } from "../../../src/types.ts";

const empty = (file: string) => problems.emptyFile({ file });
const warning: Diagnostic = { ...empty("c.txt"), severity: "warning" };

describe("formatDiagnostics", () => {
  test("places a problem at file:line and ends with its rule", () => {
    expect(formatOne(problems.timezoneUnknown({ file: "a.md", line: 2 }, "Mars/Olympus"))).toBe(
      'a.md:2: error time zone "Mars/Olympus" is not a known time zone. Use an IANA zone name such as America/Edmonton, Asia/Damascus or Europe/London, or a fixed offset such as UTC+3. [timezone-unknown]',
    );
  });

  test.each([
    [[empty("a.txt")], "Found 1 error in 1 file."],
    [[empty("a.txt"), empty("b.txt")], "Found 2 errors in 2 files."],
    [[empty("a.txt"), warning], "Found 1 error and 1 warning in 2 files."],
    [[warning], "Found 1 warning in 1 file."],
  ])("summary for %#", (diagnostics, summary) => {
    expect(formatDiagnostics(diagnostics).split("\n").at(-1)).toBe(summary);
  });

  test("caps the list and says how many more there are", () => {
    const many = Array.from({ length: 5 }, (_, i) => empty(`r${i}.txt`));
    const lines = formatDiagnostics(many, { limit: 2 }).split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe("... and 3 more problems (run with --verbose to see all).");
    expect(formatDiagnostics(many, { limit: Infinity }).split("\n")).toHaveLength(6);
  });

  test("only errors fail a build", () => {
    expect(hasErrors([warning])).toBe(false);
    expect(hasErrors([warning, empty("a.txt")])).toBe(true);
  });

  test("long values are shortened when repeated", () => {
    const d = problems.dateUnparseable({ file: "a.md", line: 3 }, "x".repeat(200), "date");
    expect(d.message).toBe(`date "${"x".repeat(77)}..." is not a date Dateline can read.`);
  });
});
