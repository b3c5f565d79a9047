// Linear time on any input (issue 9): the command line's --path-prefix and --site-url are checked in
// linear time however long they are, and a refusal quotes them shortened; a page's JSON-LD reads
// a byline of any length in linear time.
import { describe, test } from "vitest";
import { makeSiteOptions, type SiteOptions } from "../../../src/site/site-options.ts";
import { newsArticle } from "../../../src/site/structured-data.ts";
import { article, linked } from "../entities/records.ts";
import { expectWithinBudget, MB } from "../../helpers/time-budget.ts";

/** The options made, as [siteUrl length, pathPrefix length], or the message of the refusal. */
function check(input: Partial<Pick<SiteOptions, "siteUrl" | "pathPrefix">>): [number, number] | string {
  try {
    const site = makeSiteOptions(input);
    return [site.siteUrl.length, site.pathPrefix.length];
  } catch (error) {
    return (error as Error).message;
  }
}

/** The authors' name lengths in a report page's JSON-LD, for a front matter byline. */
function authorLengths(byline: string): number[] {
  const ld = newsArticle(makeSiteOptions({}), linked(article("x", "2017-10-21T04:45:00-06:00", { byline }), []), new Map());
  return [ld.author ?? []].flat().map((author) => (author as { name: string }).name.length);
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
    // Splitting at /\s+and\s+/ tried every space of a long run, each time to the run's end.
    ["a byline of two names 1 MB of spaces apart", () => authorLengths(`Tom Perry${" ".repeat(MB)}and Ellen Francis`), [9, 13]],
    ["a byline with 1 MB of spaces inside a name", () => authorLengths(`Tom${" ".repeat(MB)}Perry`), [MB + 8]],
  ])("%s", (_name, work, expected) => expectWithinBudget(work, expected));
});
