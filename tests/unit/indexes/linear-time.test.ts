// Linear time on any input (issue 9): the one slug function takes a megabyte-long headline (front
// matter does not limit it) in linear time and still makes a short slug.
import { describe, test } from "vitest";
import { isValidSlug, toSlug } from "../../../src/indexes/slug.ts";
import { expectWithinBudget, MB } from "../../helpers/time-budget.ts";

describe("slugs take linear time", () => {
  test.each<[string, () => unknown, unknown]>([
    ["a 1 MB headline", () => toSlug("Syria troops retake town ".repeat(MB / 25)), "syria-troops-retake-town-syria-troops-retake-town-syria-troops-retake-town-syria"],
    ["a 1 MB headline of hyphens", () => toSlug("-".repeat(MB)), ""],
    ["a 1 MB slug", () => isValidSlug(`${"a-".repeat(MB / 2)}a`), true],
    ["a 1 MB slug that ends badly", () => isValidSlug(`${"a".repeat(MB)}-`), false],
  ])("%s", (_name, work, expected) => expectWithinBudget(work, expected));
});
