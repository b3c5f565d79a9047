// buildDateIndex, buildDatePages and paginate: local days, periods with reports only, paging and links.
import { describe, expect, test } from "vitest";
import { buildDateIndex, localDay } from "../../../src/indexes/build-date-index.ts";
import { buildDatePages, dateCrumbs, dayLabel } from "../../../src/indexes/date-pages.ts";
import { pageWindow, paginate } from "../../../src/indexes/paginate.ts";
import type { LinkedArticle } from "../../../src/types.ts";

const article = (id: string, published: string, slug = id): LinkedArticle =>
  ({ id, slug, url: `/x/${slug}/`, headline: id, published, zone: "UTC", precision: "minute", summary: "", dateline: null }) as unknown as LinkedArticle;

describe("localDay", () => {
  test.each([
    ["2017-10-21T23:30:00-06:00", { year: 2017, month: 10, day: 21 }],
    ["2017-10-22T01:30:00+03:00", { year: 2017, month: 10, day: 22 }],
    ["2016-04-03T00:00:00+00:00", { year: 2016, month: 4, day: 3 }],
  ])("%s is filed under %j", (iso, day) => expect(localDay(iso)).toEqual(day));

  test("a value without a time is a programming error", () => expect(() => localDay("2016-04-03")).toThrow(/not an ISO date-time/));
});

describe("buildDateIndex", () => {
  const index = buildDateIndex([
    article("late-west", "2017-10-21T23:30:00-06:00"),
    article("early-east", "2017-10-22T01:30:00+03:00"),
    article("b", "2017-10-21T04:45:00-06:00", "b-slug"),
    article("a", "2017-10-21T04:45:00-06:00", "a-slug"),
    article("old", "2015-01-02T10:00:00+00:00"),
  ]);

  test("only years, months and days with reports, oldest first", () => {
    expect(index.years.map((y) => [y.year, y.count, y.months.map((m) => [m.month, m.days.map((d) => [d.day, d.articles.map((a) => a.id)])])])).toEqual([
      [2015, 1, [[1, [[2, ["old"]]]]]],
      // Early morning east of UTC is the 22nd although it is still the 21st in UTC; same instant -> by slug.
      [2017, 4, [[10, [[21, ["a", "b", "late-west"]], [22, ["early-east"]]]]]],
    ]);
  });

  test("neighbours follow the instant, not the filing day", () => {
    // 22 Oct 01:30 +03:00 is 21 Oct 22:30 UTC, before 21 Oct 23:30 -06:00 (22 Oct 05:30 UTC).
    expect(index.neighbours["early-east"]).toMatchObject({ older: { id: "b" }, newer: { id: "late-west" } });
    expect(index.neighbours.old?.older).toBeNull();
    expect(index.neighbours["late-west"]?.newer).toBeNull();
  });
});

describe("buildDatePages", () => {
  const pages = buildDatePages(buildDateIndex([article("x", "2015-01-02T10:00:00+00:00"), article("y", "2017-03-05T10:00:00+00:00")]), 50);

  test("one page per period, linked to the neighbouring periods that have reports", () => {
    expect(pages.map((p) => [p.kind, p.paged.url, p.previous?.url ?? null, p.next?.url ?? null])).toEqual([
      ["year", "/2015/", null, "/2017/"],
      ["year", "/2017/", "/2015/", null],
      ["month", "/2015/01/", null, "/2017/03/"],
      ["month", "/2017/03/", "/2015/01/", null],
      ["day", "/2015/01/02/", null, "/2017/03/05/"],
      ["day", "/2017/03/05/", "/2015/01/02/", null],
    ]);
  });

  test("labels and breadcrumbs", () => {
    expect(dayLabel({ year: 2017, month: 10, day: 21 })).toBe("Saturday, October 21, 2017");
    expect(dateCrumbs({ year: 2017, month: 10, day: 21 })).toEqual([
      { label: "Archive", url: "/archive/" },
      { label: "2017", url: "/2017/" },
      { label: "October", url: "/2017/10/" },
      { label: "21", url: null },
    ]);
    expect(dateCrumbs({ year: 2017, month: 10, day: 21 }, true).at(-1)).toEqual({ label: "21", url: "/2017/10/21/" });
  });
});

describe("paginate", () => {
  test.each([
    [0, 1, [0]],
    [50, 1, [50]],
    [51, 2, [50, 1]],
    [120, 3, [50, 50, 20]],
    [25, 3, [10, 10, 5], 10],
  ])("%i items make %i pages of %j", (n, count, sizes, size = 50) => {
    const pages = paginate(Array.from({ length: n }, (_, i) => i), "/2017/10/", size);
    expect(pages.map((p) => p.items.length)).toEqual(sizes);
    expect(pages.map((p) => p.first)).toEqual(sizes.map((_, i) => i * size + 1));
    expect(pages.every((p) => p.count === count)).toBe(true);
    expect(pages.map((p) => p.url)).toEqual(Array.from({ length: count }, (_, i) => (i === 0 ? "/2017/10/" : `/2017/10/page/${i + 1}/`)));
    expect(pages[0]!.previous).toBeNull();
    expect(pages.at(-1)!.next).toBeNull();
  });
});

describe("pageWindow", () => {
  /** Links as text: "1 … 4 5 [6] 7 8 … 20". */
  const shown = (number: number, count: number) =>
    pageWindow("/x/", number, count)
      .map((l) => (l === null ? "…" : l.number === number ? `[${l.number}]` : String(l.number)))
      .join(" ");

  test.each([
    [1, 1, "[1]"],
    [1, 3, "[1] 2 3"],
    [4, 7, "1 2 3 [4] 5 6 7"],
    [1, 20, "[1] 2 3 … 20"],
    [6, 20, "1 … 4 5 [6] 7 8 … 20"],
    // One hidden page is shown rather than hidden behind "…".
    [5, 20, "1 2 3 4 [5] 6 7 … 20"],
    [20, 20, "1 … 18 19 [20]"],
    [1000, 2000, "1 … 998 999 [1000] 1001 1002 … 2000"],
  ])("page %i of %i: %s", (number, count, expected) => {
    expect(shown(number, count)).toBe(expected);
  });

  test("page n's links point at /x/page/n/, page 1 at /x/", () => {
    expect(pageWindow("/x/", 2, 3)).toEqual([{ number: 1, url: "/x/" }, { number: 2, url: "/x/page/2/" }, { number: 3, url: "/x/page/3/" }]);
  });
});
