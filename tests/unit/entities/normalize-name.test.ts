// foldText, foldName, stripArticle, articleVariants, isCaseSensitive: how names are folded for matching and mapped back.
import { describe, expect, test } from "vitest";
import { articleVariants, foldName, foldText, isCaseSensitive, stripArticle } from "../../../src/entities/normalize-name.ts";

describe("foldText", () => {
  test.each<[string, string, string, number[]]>([
    ["plain word lowercased", "Palmyra", "palmyra", [0, 1, 2, 3, 4, 5, 6]],
    ["hyphen becomes a space", "Al-Qaryatain", "al qaryatain", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]],
    ["diacritic dropped, one unit per letter", "Qaryatáyn", "qaryatayn", [0, 1, 2, 3, 4, 5, 6, 7, 8]],
    ["decomposed diacritic (a + U+0301) dropped, the mark has no unit", "a\u0301b", "ab", [0, 2]],
    ["capital with diacritic", "ÉCOLE", "ecole", [0, 1, 2, 3, 4]],
    ["dotted capital I folds to a plain i", "İdlib", "idlib", [0, 1, 2, 3, 4]],
    ["em dash becomes a space", "Palmyra—an", "palmyra an", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]],
    ["spaced en dash collapses to one space at the first", "x – y", "x y", [0, 1, 4]],
    ["minus sign is a dash", "x\u2212y", "x y", [0, 1, 2]],
    ["curly apostrophe becomes straight", "Raqqa’s", "raqqa's", [0, 1, 2, 3, 4, 5, 6]],
    ["left single quote becomes straight", "Da‘esh", "da'esh", [0, 1, 2, 3, 4, 5]],
    ["modifier letter apostrophe and backtick become straight", "ʼx`", "'x'", [0, 1, 2]],
    ["runs of spaces collapse", "a  \t b", "a b", [0, 1, 5]],
    ["newlines are spaces", "Bashar\nAssad", "bashar assad", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]],
    ["blank line collapses", "a\n\nb", "a b", [0, 1, 3]],
    ["leading space and no-break space dropped", " \u00a0\tHoms", "homs", [3, 4, 5, 6]],
    ["trailing space kept as one", "Homs  ", "homs ", [0, 1, 2, 3, 4]],
    ["emoji: both UTF-16 units point at the emoji's start", "🙂Homs", "🙂homs", [0, 0, 2, 3, 4, 5]],
    ["emoji between letters", "A🙂B", "a🙂b", [0, 1, 1, 3]],
    ["astral letter keeps both units", "𝐀x", "𝐀x", [0, 0, 2]],
    ["ß is not expanded", "Straße", "straße", [0, 1, 2, 3, 4, 5]],
    ["compatibility ligature is kept", "ﬁre", "ﬁre", [0, 1, 2]],
    ["dots kept (acronyms)", "U.S.", "u.s.", [0, 1, 2, 3]],
    ["empty", "", "", []],
    ["only dashes and spaces", " - — ", "", []],
  ])("%s: %j -> %j", (_name, input, text, origin) => {
    const folded = foldText(input);
    expect(folded.text).toBe(text);
    expect([...folded.origin]).toEqual(origin);
  });

  test.each(["Al-Qaryatain’s fighters", "Bashar\nAssad — 🙂 Qaryatáyn", "  x – y  ", "𝐀a\u0301\u0301b"])(
    "%j: every folded unit points into the original, in order",
    (input) => {
      const { text, origin } = foldText(input);
      expect(origin).toHaveLength(text.length);
      for (let i = 0; i < origin.length; i++) {
        expect(origin[i]).toBeGreaterThanOrEqual(0);
        expect(origin[i]).toBeLessThan(input.length);
        if (i > 0) expect(origin[i]).toBeGreaterThanOrEqual(origin[i - 1]!);
      }
    },
  );

  // NFD turns one Hangul syllable into three jamo: the origin map must grow with the folded text
  // (a fixed two-per-character buffer once dropped the extra offsets).
  test.each(["한한한한한한한한한한 Homs", "대한민국대한민국대한민국"])("%j: every folded unit has an origin", (input) => {
    const { text, origin } = foldText(input);
    expect(origin).toHaveLength(text.length);
  });
});

describe("foldName", () => {
  test.each<[string, string]>([
    ["Al-Qaryatain", "al qaryatain"],
    ["al Qaryatain", "al qaryatain"],
    ["  Deir el-Zour  ", "deir el zour"],
    ["Combined Joint Task Force – Operation Inherent Resolve", "combined joint task force operation inherent resolve"],
    ["Da’esh", "da'esh"],
    ["Qaryatáyn", "qaryatayn"],
    ["U.S.-led coalition", "u.s. led coalition"],
    ["IS", "is"],
    ["-", ""],
  ])("%j -> %j", (name, key) => {
    expect(foldName(name)).toBe(key);
  });
});

describe("stripArticle", () => {
  test.each<[string, string]>([
    ["al qaryatain", "qaryatain"],
    ["el qaryatain", "qaryatain"],
    ["qaryatain", "qaryatain"],
    ["al tanf", "tanf"],
    // Only one leading article, and only a whole word followed by a name.
    ["al al qaryatain", "al qaryatain"],
    ["alqaryatain", "alqaryatain"],
    ["elba", "elba"],
    ["al", "al"],
    ["al ", "al "],
    // Keys are folded first: an unfolded hyphen is not an article.
    ["al-tanf", "al-tanf"],
    // An article inside a name is not stripped.
    ["deir el zour", "deir el zour"],
    // Assimilated forms are separate spellings.
    ["ar raqqa", "ar raqqa"],
  ])("%j -> %j", (key, stripped) => {
    expect(stripArticle(key)).toBe(stripped);
  });
});

describe("articleVariants", () => {
  test.each<[string, string[]]>([
    ["qaryatain", ["qaryatain", "al qaryatain", "el qaryatain"]],
    ["al qaryatain", ["al qaryatain", "qaryatain", "el qaryatain"]],
    ["el qaryatain", ["el qaryatain", "qaryatain", "al qaryatain"]],
    ["mayadeen tv channel", ["mayadeen tv channel", "al mayadeen tv channel", "el mayadeen tv channel"]],
    ["deir el zour", ["deir el zour", "al deir el zour", "el deir el zour"]],
    ["al", ["al", "al al", "el al"]],
  ])("%j -> %j", (key, variants) => {
    expect(articleVariants(key)).toEqual(variants);
  });
});

describe("isCaseSensitive", () => {
  test.each<[string, boolean]>([
    ["IS", true],
    ["ISIS", true],
    ["U.S.", true],
    ["US", true],
    ["U.S.A.", true],
    ["SDF", true],
    ["CJTF-OIR", true],
    ["ÉÉ", true],
    ["ΣΑ", true],
    // One capital is a name, not an acronym.
    ["I", false],
    ["Q", false],
    ["A1", false],
    // Any lowercase letter makes a spelling case-insensitive.
    ["Is", false],
    ["Palmyra", false],
    ["U.S.-led coalition", false],
    ["anti-IS coalition", false],
    ["Al Mayadeen TV", false],
    ["1234", false],
    ["", false],
  ])("%j -> %s", (alias, expected) => {
    expect(isCaseSensitive(alias)).toBe(expected);
  });
});
