// The record store, in memory and on disk: what is written is read back, what is not kept is
// forgotten, and a damaged entry reads as missing (the report is parsed again), never as data.
import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { archiveEntry } from "../../../src/entities/archive-entry.ts";
import { diskStore, memoryStore, type RecordStore } from "../../../src/store/record-store.ts";
import { tempDir } from "../../helpers/temp-content.ts";
import { article, linked } from "../entities/records.ts";

const one = linked(article("one", "2017-10-21T04:45:00.000-06:00", { paragraphs: ["Troops entered Palmyra."] }), [["palmyra", "Palmyra", 0]]);
const two = linked(article("two", "2017-10-22T04:45:00.000-06:00"), []);

const stores: [string, () => RecordStore][] = [
  ["memory", () => memoryStore()],
  ["disk", () => diskStore(path.join(tempDir("records"), "records"))],
];

describe.each(stores)("the %s store", (_, make) => {
  test("gives back each record and entry under its key", () => {
    const store = make();
    expect(store.cached("k1")).toBeNull();
    store.write("k1", one, { linked: archiveEntry(one, "k1"), diagnostics: [] });
    expect(store.cached("k1")).toEqual({ linked: archiveEntry(one, "k1"), diagnostics: [] });
    expect(store.read({ key: "k1", sourcePath: one.sourcePath })).toEqual(one);
  });

  test("keeps only the keys it is told to", () => {
    const store = make();
    store.write("k1", one, { linked: archiveEntry(one, "k1"), diagnostics: [] });
    store.write("k2", two, { linked: archiveEntry(two, "k2"), diagnostics: [] });
    store.keepOnly(new Set(["k2"]));
    expect(store.cached("k1")).toBeNull();
    expect(store.cached("k2")).not.toBeNull();
  });

  test("names the report when its record is missing", () => {
    expect(() => make().read({ key: "nope", sourcePath: "content/reports/x.txt" })).toThrow(/content\/reports\/x\.txt/);
  });
});

test("on disk, a damaged entry reads as not stored", () => {
  const dir = path.join(tempDir("records"), "records");
  const store = diskStore(dir);
  store.write("ab12", one, { linked: archiveEntry(one, "ab12"), diagnostics: [] });
  expect(readdirSync(path.join(dir, "ab")).sort()).toEqual(["ab12.entry.json", "ab12.json"]);
  writeFileSync(path.join(dir, "ab", "ab12.entry.json"), '{"entry": {"id"');
  expect(diskStore(dir).cached("ab12")).toBeNull();
});
