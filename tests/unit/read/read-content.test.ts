// The read stage: which files are reports, strict UTF-8 with the place of a bad byte, stable order.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { decodeUtf8 } from "../../../src/read/decode-utf8.ts";
import { readContent } from "../../../src/read/read-content.ts";
import { tempDir } from "../../helpers/temp-content.ts";

describe("decodeUtf8", () => {
  test.each([
    ["ASCII", [0x61, 0x62], { ok: true, text: "ab" }],
    ["an em dash", [0xe2, 0x80, 0x94], { ok: true, text: "—" }],
    ["Latin-1 é on line 2", [0x61, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x20], { ok: false, line: 2, bytes: "0xE9 0x20" }],
    ["a truncated sequence", [0x61, 0xe2, 0x80], { ok: false, line: 1, bytes: "0xE2 0x80" }],
    ["an overlong encoding", [0xc0, 0xaf], { ok: false, line: 1, bytes: "0xC0 0xAF" }],
  ])("%s", (_name, bytes, expected) => {
    expect(decodeUtf8(Uint8Array.from(bytes))).toEqual(expected);
  });
});

describe("readContent", () => {
  test("reads .txt and .md reports in nested folders, sorted; skips other files visibly", () => {
    const root = tempDir("read");
    mkdirSync(path.join(root, "reports/2017"), { recursive: true });
    writeFileSync(path.join(root, "reports/b.md"), "\uFEFFheadline\r\nbody\r\n");
    writeFileSync(path.join(root, "reports/2017/a.txt"), "text");
    writeFileSync(path.join(root, "reports/notes.docx"), "x");
    writeFileSync(path.join(root, "reports/.DS_Store"), "x");
    const read = readContent(root, root);
    expect(read.reports).toEqual([
      { path: "reports/2017/a.txt", id: "a", format: "text", text: "text" },
      { path: "reports/b.md", id: "b", format: "markdown", text: "headline\nbody\n" },
    ]);
    expect(read.skipped).toEqual([
      { path: "reports/.DS_Store", reason: "a hidden file" },
      { path: "reports/notes.docx", reason: "not a .txt or .md report" },
    ]);
    expect(read.reportFileCount).toBe(2);
    expect(read.diagnostics).toEqual([]);
  });

  test.each([
    ["no content folder", (root: string) => path.join(root, "missing"), "content-missing"],
    ["no reports folder", (root: string) => root, "reports-missing"],
  ])("%s", (_name, dirOf, rule) => {
    const root = tempDir("read");
    const read = readContent(dirOf(root), root);
    expect(read.diagnostics.map((d) => d.rule)).toEqual([rule]);
  });
});

// Issue 9, point 7: every entry of the reports folder is either read or listed with the reason.
describe("readContent: nothing skipped silently", () => {
  const REPORT = "headline\n\nbody\n";
  test.each<[string, (reports: string) => void, { read?: string[]; skipped?: [string, string][] }]>([
    ["a symlink to a report", (r) => symlinkSync(writeElsewhere("real.txt"), path.join(r, "linked.txt")), { read: ["reports/linked.txt"] }],
    ["a symlink to a folder of reports", (r) => symlinkSync(path.dirname(writeElsewhere("deep.md")), path.join(r, "more")), { read: ["reports/more/deep.md"] }],
    ["a symlink loop back to the reports folder", (r) => { mkdirSync(path.join(r, "sub")); symlinkSync("..", path.join(r, "sub/up")); }, { skipped: [["reports/sub/up", "the same folder as reports, already read"]] }],
    ["a second link to a report already read", (r) => { writeFileSync(path.join(r, "a.txt"), REPORT); symlinkSync("a.txt", path.join(r, "b.txt")); }, { read: ["reports/a.txt"], skipped: [["reports/b.txt", "the same file as reports/a.txt, already read"]] }],
    ["a broken symlink", (r) => symlinkSync("nowhere.txt", path.join(r, "gone.txt")), { skipped: [["reports/gone.txt", "a broken symbolic link (what it points to does not exist)"]] }],
    ["a symlink to itself", (r) => symlinkSync("self.txt", path.join(r, "self.txt")), { skipped: [["reports/self.txt", "a symbolic link loop"]] }],
    ["a file named .txt", (r) => writeFileSync(path.join(r, ".txt"), REPORT), { skipped: [["reports/.txt", "no report id: the name is only an extension"]] }],
    ["a file named .md", (r) => writeFileSync(path.join(r, ".md"), REPORT), { skipped: [["reports/.md", "no report id: the name is only an extension"]] }],
    ["a hidden folder", (r) => { mkdirSync(path.join(r, ".git")); writeFileSync(path.join(r, ".git/x.txt"), REPORT); }, { skipped: [["reports/.git", "a hidden folder"]] }],
    ["a named pipe (never opened: that would block)", (r) => execFileSync("mkfifo", [path.join(r, "pipe.txt")]), { skipped: [["reports/pipe.txt", "not a regular file (a named pipe)"]] }],
    ["an upper-case extension", (r) => writeFileSync(path.join(r, "LOUD.TXT"), REPORT), { read: ["reports/LOUD.TXT"] }],
  ])("%s", (_name, setUp, expected) => {
    const root = tempDir("read");
    const reports = path.join(root, "reports");
    mkdirSync(reports);
    setUp(reports);
    // Links out of the content folder are followed only when the settings allow it (content-boundaries.test.ts tests the default).
    const read = readContent(root, root, { allowEmpty: true, followSymlinksOutOfContent: true });
    expect(read.diagnostics).toEqual([]);
    expect(read.reports.map((r) => r.path)).toEqual(expected.read ?? []);
    expect(read.skipped.map((s) => [s.path, s.reason])).toEqual(expected.skipped ?? []);
  });

  // As root (the test machine) chmod does not stop reads; /proc/sys/vm/compact_memory is
  // write-only even for root, so a link to it is a real EACCES.
  test.skipIf(!existsSync("/proc/sys/vm/compact_memory"))("an unreadable file is a diagnostic naming it and the error, not a crash", () => {
    const root = tempDir("read");
    mkdirSync(path.join(root, "reports"));
    symlinkSync("/proc/sys/vm/compact_memory", path.join(root, "reports/locked.txt"));
    const read = readContent(root, root, { followSymlinksOutOfContent: true });
    expect(read.diagnostics.map((d) => [d.file, d.rule, d.message])).toEqual([
      ["reports/locked.txt", "unreadable", "the file cannot be read: permission denied (EACCES)."],
    ]);
    expect(read.reportFileCount).toBe(1);
  });

  test.each([
    ["is an error", {}, ["reports-empty"]],
    ["is allowed with allowEmpty (--allow-empty)", { allowEmpty: true }, []],
  ])("an empty reports folder %s", (_name, options, rules) => {
    const root = tempDir("read");
    mkdirSync(path.join(root, "reports"));
    expect(readContent(root, root, options).diagnostics.map((d) => d.rule)).toEqual(rules);
  });
});

/** A report file outside the content folder, for symlinks to point at. */
function writeElsewhere(name: string): string {
  const file = path.join(tempDir("elsewhere"), name);
  writeFileSync(file, "headline\n\nbody\n");
  return file;
}

describe("readContent paths in messages", () => {
  test("inside the working folder: relative; outside it: absolute", () => {
    const root = tempDir("read");
    const outside = tempDir("elsewhere");
    expect(readContent("missing", root).diagnostics[0]?.file).toBe("missing");
    expect(readContent(path.join(outside, "missing"), root).diagnostics[0]?.file).toBe(path.join(outside, "missing"));
  });
});
