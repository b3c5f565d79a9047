// Linear time on any input (issue 9): the one slug function takes a headline of any length (front
// matter does not limit it) in linear time and still makes a short slug. Each case runs at two sizes
// ten times apart and compares the two costs (tests/helpers/scaling.ts).
import { describe, test } from "vitest";
import { isValidSlug, toSlug } from "../../../src/indexes/slug.ts";
import { expectLinear, KB, type ScalingCase } from "../../helpers/scaling.ts";

const SIZE = 50 * KB;

describe("slugs take linear time", () => {
  test.each<ScalingCase>([
    ["a long headline", SIZE, (n) => toSlug("Syria troops retake town ".repeat(n / 25)), () => "syria-troops-retake-town-syria-troops-retake-town-syria-troops-retake-town-syria"],
    ["a headline of hyphens", SIZE, (n) => toSlug("-".repeat(n)), () => ""],
    ["a long slug", SIZE, (n) => isValidSlug(`${"a-".repeat(n / 2)}a`), () => true],
    ["a long slug that ends badly", SIZE, (n) => isValidSlug(`${"a".repeat(n)}-`), () => false],
  ])("%s", (_name, size, work, expected) => expectLinear(size, work, expected));
});
