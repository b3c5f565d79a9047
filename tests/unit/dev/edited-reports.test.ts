// The dev server's quick path: which saves it may show at once from the archive as it was, and
// which need the whole archive loaded again (null).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, test } from "vitest";
import { editedReports } from "../../../src/dev/edited-reports.ts";
import { buildArchive, DEFAULT_OPTIONS } from "../../../src/load-archive.ts";
import { memoryStore, type RecordStore } from "../../../src/store/record-store.ts";
import type { Archive, SourceFile } from "../../../src/types.ts";
import { tempDir } from "../../helpers/temp-content.ts";

const report = (headline: string, body: string, date = "March 3, 2018 | 9:10 AM") => `${headline}\n\n${date}\n\nDAMASCUS, Syria (AP) — ${body}\n`;
const FERRY = report("Ferry crews return", "Crews returned to the crossing near Palmyra.\n\nThe crossing had been closed.");
const MARKET = report("Market reopens", "Traders reopened the covered market.");
const GAZETTEER = "- id: palmyra\n  kind: place\n  name: Palmyra\n  description: An oasis city.\n";

let cwd: string;
let store: RecordStore;
let archive: Archive;

beforeEach(() => {
  cwd = tempDir("edited");
  mkdirSync(path.join(cwd, "content/reports"), { recursive: true });
  mkdirSync(path.join(cwd, "content/entities"), { recursive: true });
  const files: SourceFile[] = [];
  for (const [name, text] of [["ferry", FERRY], ["market", MARKET]] as const) {
    writeFileSync(path.join(cwd, `content/reports/${name}.txt`), text);
    files.push({ path: `content/reports/${name}.txt`, id: name, format: "text", text });
  }
  writeFileSync(path.join(cwd, "content/entities/places.yaml"), GAZETTEER);
  store = memoryStore();
  const built = buildArchive(files, [{ path: "content/entities/places.yaml", text: GAZETTEER }], DEFAULT_OPTIONS, store);
  expect(built.diagnostics).toEqual([]);
  archive = built.archive;
  return () => rmSync(cwd, { recursive: true, force: true });
});

const save = (name: string, text: string) => writeFileSync(path.join(cwd, "content/reports", name), text);
const edited = (...changed: string[]) => editedReports(changed, archive, DEFAULT_OPTIONS, store, cwd);
const entryOf = (id: string) => archive.articles.find((a) => a.id === id)!;

describe("editedReports", () => {
  test("a report edited in place: its new entry, same id and URL, its record in the store", () => {
    save("ferry.txt", FERRY.replace("had been closed.", "had been closed since May."));
    const entries = edited("./content/reports/ferry.txt")!;
    expect(entries.map((e) => [e.id, e.url])).toEqual([["ferry", entryOf("ferry").url]]);
    expect(entries[0]!.key).not.toBe(entryOf("ferry").key);
    expect(store.read(entries[0]!).paragraphs.at(-1)).toBe("The crossing had been closed since May.");
  });

  test("the same file named twice by the watcher, and two reports at once", () => {
    save("ferry.txt", FERRY.replace("closed.", "shut."));
    save("market.txt", MARKET.replace("covered", "old"));
    expect(edited("./content/reports/ferry.txt", "content/reports/ferry.txt", "./content/reports/market.txt")!.map((e) => e.id)).toEqual(["ferry", "market"]);
  });

  test("a save that changes nothing gives the entry as it was", () => {
    expect(edited("./content/reports/ferry.txt")!.map((e) => e.key)).toEqual([entryOf("ferry").key]);
  });

  test.each([
    ["a new headline (a new URL)", "./content/reports/ferry.txt", () => save("ferry.txt", FERRY.replace("Ferry crews return", "Ferry crews are back"))],
    ["a new date (a new URL)", "./content/reports/ferry.txt", () => save("ferry.txt", FERRY.replace("March 3", "March 4"))],
    ["a problem in the report (no date)", "./content/reports/ferry.txt", () => save("ferry.txt", "Ferry crews return\n\nNo date here.\n")],
    ["a report the archive does not hold (added)", "./content/reports/new.txt", () => save("new.txt", MARKET)],
    ["a report deleted", "./content/reports/ferry.txt", () => rmSync(path.join(cwd, "content/reports/ferry.txt"))],
    ["the gazetteer", "./content/entities/places.yaml", () => writeFileSync(path.join(cwd, "content/entities/places.yaml"), GAZETTEER + "  aliases: [Tadmur]\n")],
  ])("%s: null, the whole archive is loaded again", (_, changed, change) => {
    change();
    expect(edited(changed)).toBeNull();
  });

  test("no file named: null", () => {
    expect(edited()).toBeNull();
  });

  test("one of two changes needs the whole archive: null", () => {
    save("ferry.txt", FERRY.replace("closed.", "shut."));
    save("new.txt", MARKET);
    expect(edited("./content/reports/ferry.txt", "./content/reports/new.txt")).toBeNull();
    expect(readFileSync(path.join(cwd, "content/reports/ferry.txt"), "utf8")).toContain("shut.");
  });
});
