// Linear time on any input (issue 9): the command line's --path-prefix and --site-url are checked in
// linear time however long they are, and a refusal quotes them shortened.
import { describe, expect, test } from "vitest";
import { makeSiteOptions, type SiteOptions } from "../../../src/site/site-options.ts";
import { BUDGET_MS, MB, timed } from "../../helpers/time-budget.ts";

/** The options made, as [siteUrl length, pathPrefix length], or the message of the refusal. */
function check(input: Partial<Pick<SiteOptions, "siteUrl" | "pathPrefix">>): [number, number] | string {
  try {
    const site = makeSiteOptions(input);
    return [site.siteUrl.length, site.pathPrefix.length];
  } catch (error) {
    return (error as Error).message;
  }
}

const REFUSED = "is not a folder path. Write it as /news/ (letters, digits, - _ . ~ and slashes; no . or .. segments).";

describe("site options take linear time", () => {
  test.each<[string, () => unknown, unknown]>([
    // The old pattern tried every way to split the letters into segments: 2^n.
    ["a 47-character --path-prefix ending in a bad character", () => check({ pathPrefix: `/${"a".repeat(45)}!` }), `--path-prefix "/${"a".repeat(45)}!" ${REFUSED}`],
    ["a 1 MB --path-prefix ending in a bad character", () => check({ pathPrefix: `/${"a".repeat(MB)}!` }), `--path-prefix "/${"a".repeat(76)}..." ${REFUSED}`],
    ["1 MB of a/ segments and a bad character", () => check({ pathPrefix: `/${"a/".repeat(MB / 2)}!` }), `--path-prefix "/${"a/".repeat(38)}..." ${REFUSED}`],
    ["1 MB of a/ segments", () => check({ pathPrefix: `/${"a/".repeat(MB / 2)}` }), [21, MB + 1]],
    // Trimming with /\/+$/ rescanned the run of slashes from each of them.
    ["a --site-url ending in 1 MB of slashes", () => check({ siteUrl: `https://example.org${"/".repeat(MB)}` }), [19, 1]],
    ["a --site-url with 1 MB of slashes inside", () => check({ siteUrl: `https://example.org${"/".repeat(MB)}x` }), [MB + 20, 1]],
  ])("%s", (_name, work, expected) => {
    const { value, ms } = timed(work);
    expect(value).toEqual(expected);
    expect(ms).toBeLessThan(BUDGET_MS);
  });
});
