// Fold text for name matching (case, diacritics, hyphens and spaces, apostrophes) while remembering
// where each folded character came from, so a match maps back to the text exactly as written.

export interface FoldedText {
  text: string;
  /** For each UTF-16 unit of `text`, the offset in the original of the character it came from. */
  origin: Int32Array;
}

const DASHES = /[\s\-\u2010-\u2015\u2212]/u;
const APOSTROPHES = /['\u2018\u2019\u02BC`]/u;
const MARKS = /\p{M}/gu;

/** How one character folds: " " for dashes and spaces, "'" for apostrophes, else lowercase without marks. */
function foldChar(char: string): string {
  // A soft hyphen is invisible: "Pal\u00ADmyra" is "Palmyra".
  if (char === "\u00AD") return "";
  if (DASHES.test(char)) return " ";
  if (APOSTROPHES.test(char)) return "'";
  return char.normalize("NFD").replace(MARKS, "").toLowerCase();
}

// Folding runs over every report's full text, so each character is folded once and remembered
// (ASCII up front); the regexes and NFD above then run once per distinct character, not per letter.
const folds = new Map<number, string>();
for (let code = 0; code < 128; code++) folds.set(code, foldChar(String.fromCharCode(code)));

export function foldText(input: string): FoldedText {
  let text = "";
  // One character can fold to several (a Hangul syllable decomposes into three jamo): grow as needed.
  let origin = new Int32Array(input.length + 16);
  let length = 0;
  const append = (folded: string, from: number) => {
    if (length + folded.length > origin.length) {
      const grown = new Int32Array(origin.length * 2 + folded.length);
      grown.set(origin);
      origin = grown;
    }
    text += folded;
    for (let k = 0; k < folded.length; k++) origin[length++] = from;
  };
  let lastWasSpace = true; // also trims leading space
  for (let i = 0; i < input.length; ) {
    const codePoint = input.codePointAt(i)!;
    let folded = folds.get(codePoint);
    if (folded === undefined) {
      folded = foldChar(String.fromCodePoint(codePoint));
      folds.set(codePoint, folded);
    }
    if (folded === " ") {
      if (!lastWasSpace) append(" ", i);
      lastWasSpace = true;
    } else if (folded.length > 0) {
      append(folded, i);
      lastWasSpace = false;
    }
    i += codePoint > 0xffff ? 2 : 1;
  }
  return { text, origin: origin.subarray(0, length) };
}

/** The key two spellings share when they differ only in what foldText ignores: "Al-Qaryatain" -> "al qaryatain". */
export function foldName(name: string): string {
  return foldText(name).text.trim();
}

const ARTICLE = /^(?:al|el) (?=\S)/;

/** The name without a leading Arabic article: "al qaryatain" -> "qaryatain". */
export function stripArticle(key: string): string {
  return key.replace(ARTICLE, "");
}

/**
 * Every spelling of a folded name that differs only by a leading article, so "Qaryatain" in the
 * gazetteer also finds "Al-Qaryatain" and "el-Qaryatain" in a report, and the other way round.
 */
export function articleVariants(key: string): string[] {
  const base = stripArticle(key);
  return [...new Set([key, base, `al ${base}`, `el ${base}`])];
}

/** Acronyms are written without lowercase letters ("IS", "U.S.", "SDF") and match case-sensitively. */
export function isCaseSensitive(alias: string): boolean {
  return !/\p{Ll}/u.test(alias) && (alias.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}
