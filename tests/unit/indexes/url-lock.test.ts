// lockedEntry, updatedLock and lockText: a report's URL under the lock, and the lock a build writes.
import { describe, expect, test } from "vitest";
import { lockedEntry, lockText, updatedLock, type UrlLock } from "../../../src/indexes/url-lock.ts";
import type { ArchiveEntry } from "../../../src/types.ts";

const entry = (more: Partial<ArchiveEntry>) => ({ id: "ferry", url: "/2017/10/21/new-headline/", ...more }) as ArchiveEntry;
const LOCK: UrlLock = new Map([["ferry", { url: "/2017/10/21/first/", previous: ["/2017/10/20/older/"] }]]);

describe("lockedEntry", () => {
  test.each<[string, Partial<ArchiveEntry>, UrlLock | null, Partial<ArchiveEntry>]>([
    ["no lock: as computed", {}, null, { url: "/2017/10/21/new-headline/" }],
    ["not in the lock: as computed", { id: "other" }, LOCK, { url: "/2017/10/21/new-headline/" }],
    ["a new headline: the locked URL", {}, LOCK, { url: "/2017/10/21/first/" }],
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
