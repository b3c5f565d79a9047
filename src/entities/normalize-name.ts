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

export function foldText(input: string): FoldedText {
  const out: string[] = [];
  const origin: number[] = [];
  let lastWasSpace = true; // also trims leading space
  for (let i = 0; i < input.length; ) {
    const codePoint = input.codePointAt(i)!;
    const char = String.fromCodePoint(codePoint);
    let folded: string;
    if (DASHES.test(char)) folded = " ";
    else if (APOSTROPHES.test(char)) folded = "'";
    else folded = char.normalize("NFD").replace(MARKS, "").toLowerCase();
    if (folded === " ") {
      if (!lastWasSpace) {
        out.push(" ");
        origin.push(i);
      }
      lastWasSpace = true;
    } else {
      for (const unit of folded.split("")) {
        out.push(unit);
        origin.push(i);
      }
      if (folded.length > 0) lastWasSpace = false;
    }
    i += char.length;
  }
  return { text: out.join(""), origin: Int32Array.from(origin) };
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
