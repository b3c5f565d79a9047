// lockedEntry, updatedLock and lockText: a report's URL under the lock, and the lock a build writes.
import { describe, expect, test } from "vitest";
import { lockedEntry, lockText, parseUrlLock, updatedLock, type UrlLock } from "../../../src/indexes/url-lock.ts";
import type { TextFile } from "../../../src/read/read-content.ts";
import { expectLinear } from "../../helpers/scaling.ts";
import type { ArchiveEntry } from "../../../src/types.ts";

const entry = (more: Partial<ArchiveEntry>) => ({ id: "ferry", url: "/2017/10/21/new-headline/", ...more }) as ArchiveEntry;
const LOCK: UrlLock = new Map([["ferry", { url: "/2017/10/21/first/", previous: ["/2017/10/20/older/"] }]]);

describe("lockedEntry", () => {
  test.each<[string, Partial<ArchiveEntry>, UrlLock | null, Partial<ArchiveEntry>]>([
    ["no lock: as computed", {}, null, { url: "/2017/10/21/new-headline/" }],
    ["not in the lock: as computed", { id: "other" }, LOCK, { url: "/2017/10/21/new-headline/" }],
    ["a new headline: the locked URL, its earlier ones redirecting", {}, LOCK, { url: "/2017/10/21/first/", redirectFrom: ["/2017/10/20/older/"] }],
    // Issue 21: a build after the one that moved it keeps the redirects (they were lost then).
    ["moved by an earlier build: its old URLs still redirect", { slugSet: true, url: "/2017/10/21/first/" }, LOCK, { url: "/2017/10/21/first/", redirectFrom: ["/2017/10/20/older/"] }],
    ["in the lock with nothing to redirect: as it is", { url: "/2017/10/21/first/" }, new Map([["ferry", { url: "/2017/10/21/first/", previous: [] }]]), { url: "/2017/10/21/first/" }],
    ["a new slug: its URL, the old ones redirecting", { slugSet: true }, LOCK, { url: "/2017/10/21/new-headline/", redirectFrom: ["/2017/10/21/first/", "/2017/10/20/older/"] }],
  ])("%s", (_name, more, lock, expected) => {
    expect(lockedEntry(entry(more), lock)).toMatchObject(expected);
  });
});

describe("updatedLock and lockText", () => {
  test("a moved report keeps its old URLs; a new one is added; ids sorted; the file ends with a newline", () => {
    const next = updatedLock(LOCK, [entry({ url: "/2017/10/22/moved/" }), entry({ id: "a-new-one", url: "/2017/10/23/new/" })]);
    expect(lockText(next)).toBe(
      `${JSON.stringify({ "a-new-one": { url: "/2017/10/23/new/" }, ferry: { url: "/2017/10/22/moved/", previous: ["/2017/10/21/first/", "/2017/10/20/older/"] } }, null, 2)}\n`,
    );
  });
});

// Issue 20: the lock is JSON, read in one pass (the yaml package's uniqueKeys check made a
// 100,000-entry lock take minutes); every id written twice is found, in linear time too.
describe("parseUrlLock scales linearly", () => {
  const lockFile = (entries: number, repeatEvery = 0): TextFile => {
    const lines = Array.from({ length: entries }, (_, i) => `  "report-${repeatEvery > 0 && i % repeatEvery === 1 ? i - 1 : i}": { "url": "/2017/10/21/headline-${i}/", "previous": ["/2017/10/20/old-${i}/"] }`);
    return { path: "content/urls.lock.json", text: `{\n${lines.join(",\n")}\n}\n` } as TextFile;
  };
  test("a lock of many entries", () => {
    expectLinear(3_000, (n) => parseUrlLock(lockFile(n)).lock?.size, (n) => n);
  });
  test("a lock whose ids are written twice", () => {
    expectLinear(3_000, (n) => parseUrlLock(lockFile(n, 2)).diagnostics.length, (n) => n / 2);
  });
});
