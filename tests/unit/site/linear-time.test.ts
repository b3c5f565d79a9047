// Linear time on any input (issue 9): the command line's --path-prefix and --site-url are checked in
// linear time however long they are, and a refusal quotes them shortened; a page's JSON-LD reads
// a byline of any length in linear time. Each case runs at two sizes ten times apart and compares
// the two costs (tests/helpers/scaling.ts).
import { describe, test } from "vitest";
import { makeSiteOptions, type SiteOptions } from "../../../src/site/site-options.ts";
import { newsArticle } from "../../../src/site/structured-data.ts";
import { article, linked } from "../entities/records.ts";
import { expectLinear, KB, type ScalingCase } from "../../helpers/scaling.ts";

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

const SIZE = 50 * KB;

describe("site options take linear time", () => {
  test.each<ScalingCase>([
    // The old pattern tried every way to split the letters into segments: 2^n, so 47 characters (and
    // a tenth, 5) are enough; short enough to be quoted whole.
    ["a 47-character --path-prefix ending in a bad character", 47, (n) => check({ pathPrefix: `/${"a".repeat(n - 2)}!` }), (n) => `--path-prefix "/${"a".repeat(n - 2)}!" ${REFUSED}`],
    ["a long --path-prefix ending in a bad character", SIZE, (n) => check({ pathPrefix: `/${"a".repeat(n)}!` }), () => `--path-prefix "/${"a".repeat(76)}..." ${REFUSED}`],
    ["a/ segments and a bad character", SIZE, (n) => check({ pathPrefix: `/${"a/".repeat(n / 2)}!` }), () => `--path-prefix "/${"a/".repeat(38)}..." ${REFUSED}`],
    ["a/ segments", SIZE, (n) => check({ pathPrefix: `/${"a/".repeat(n / 2)}` }), (n) => [21, n + 1]],
    // Trimming with /\/+$/ rescanned the run of slashes from each of them.
    ["a --site-url ending in a run of slashes", SIZE, (n) => check({ siteUrl: `https://example.org${"/".repeat(n)}` }), () => [19, 1]],
    ["a --site-url with a run of slashes inside", SIZE, (n) => check({ siteUrl: `https://example.org${"/".repeat(n)}x` }), (n) => [n + 20, 1]],
    // Splitting at /\s+and\s+/ tried every space of a long run, each time to the run's end.
    ["a byline of two names a run of spaces apart", SIZE, (n) => authorLengths(`Tom Perry${" ".repeat(n)}and Ellen Francis`), () => [9, 13]],
    ["a byline with a run of spaces inside a name", SIZE, (n) => authorLengths(`Tom${" ".repeat(n)}Perry`), (n) => [n + 8]],
  ])("%s", (_name, size, work, expected) => expectLinear(size, work, expected));
});
