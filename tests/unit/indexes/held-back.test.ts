// holdBackReason: which reports a build publishes, by its clock and options.
import { describe, expect, test } from "vitest";
import { holdBackReason, type PublishOptions } from "../../../src/indexes/held-back.ts";

const NOW = Date.parse("2017-10-21T05:00:00-04:00");
const LIVE = { published: "2017-10-20T09:00:00-04:00" };

describe("holdBackReason", () => {
  test.each<[string, { draft?: true; embargo?: string; published: string }, PublishOptions, string | null]>([
    ["an ordinary report", LIVE, {}, null],
    ["a draft", { ...LIVE, draft: true }, {}, "a draft"],
    ["a draft, --drafts", { ...LIVE, draft: true }, { drafts: true }, null],
    ["a draft, --future only", { ...LIVE, draft: true }, { future: true }, "a draft"],
    ["an embargo not yet passed", { ...LIVE, embargo: "2017-10-21T06:00:00-04:00" }, {}, "embargoed until 2017-10-21T06:00:00-04:00"],
    ["an embargo passed", { ...LIVE, embargo: "2017-10-21T04:59:00-04:00" }, {}, null],
    ["an embargo passed to the second", { ...LIVE, embargo: "2017-10-21T05:00:00-04:00" }, {}, null],
    ["an embargo, --future", { ...LIVE, embargo: "2017-10-21T06:00:00-04:00" }, { future: true }, null],
    ["dated after the clock", { published: "2017-10-21T09:00:00-04:00" }, {}, "dated 2017-10-21T09:00:00-04:00, after the build's clock"],
    ["dated after the clock, --future", { published: "2017-10-21T09:00:00-04:00" }, { future: true }, null],
  ])("%s", (_name, entry, options, reason) => {
    expect(holdBackReason(entry, options, NOW)).toBe(reason);
  });
});
