// The read stage: which files are reports, strict UTF-8 with the place of a bad byte, stable order.
import { mkdirSync, writeFileSync } from "node:fs";
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
    expect(read.skipped).toEqual(["reports/notes.docx"]);
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

describe("readContent paths in messages", () => {
  test("inside the working folder: relative; outside it: absolute", () => {
    const root = tempDir("read");
    const outside = tempDir("elsewhere");
    expect(readContent("missing", root).diagnostics[0]?.file).toBe("missing");
    expect(readContent(path.join(outside, "missing"), root).diagnostics[0]?.file).toBe(path.join(outside, "missing"));
  });
});
