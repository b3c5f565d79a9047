// Find every gazetteer name in a text: one automaton pass over the folded text, then word
// boundaries, case-sensitive acronyms, and leftmost-longest selection ("Islamic State group" over
// "Islamic State"). Returns offsets in the text as written.
import type { EntityMatcher, Spelling } from "./build-matcher.ts";
import { foldText } from "./normalize-name.ts";

export interface FoundMention {
  entity: string;
  text: string;
  start: number;
  end: number;
  /** Set when the text is an adjective of the entity ("Russian"), not its name. */
  adjective?: true;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const DASH_OR_SPACE = /[\s\-\u2010-\u2015\u2212]+/gu;

export function findMentions(text: string, matcher: EntityMatcher): FoundMention[] {
  const folded = foldText(text);
  const candidates: FoundMention[] = [];
  for (const hit of matcher.automaton.matchInText(folded.text)) {
    // Most raw hits are inside words ("is" in "this"): reject them before any slicing.
    if (!endsAtWord(folded.text, hit.end)) continue;
    const start = folded.origin[hit.begin]!;
    const spelling = matcher.spellings.get(hit.keyword)!;
    if (!startsAtWord(text, start, folded.text, hit.begin, spelling)) continue;
    const end = hit.end < folded.text.length ? folded.origin[hit.end]! : text.length;
    const written = text.slice(start, end).trimEnd();
    if (spelling.caseSensitive && squash(written) !== squash(spelling.written)) continue;
    candidates.push({ entity: spelling.entity, text: written, start, end: start + written.length, ...(spelling.adjective ? { adjective: true as const } : {}) });
  }
  // Leftmost first; at the same start, the longest. A chosen mention hides those overlapping it.
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: FoundMention[] = [];
  let reached = 0;
  for (const c of candidates) {
    if (c.start < reached) continue;
    const province = matcher.provinceOf.get(c.entity);
    chosen.push(province && namesProvince(text, c.start, c.end) ? { ...c, entity: province } : c);
    reached = c.end;
  }
  return chosen;
}

const PROVINCE_BEFORE = /\b(?:governor|governorate|province|region|oblast)s? of (?:the )?$/i;
const PROVINCE_AFTER = /^(?:['’]s)? (?:provincial|regional|province|region|governorate|oblast|governor)\b/i;

/**
 * "the governor of Kherson", "Kherson's regional council", "Kherson governor": the province named
 * after the place, not the place (when the gazetteer has the province).
 */
function namesProvince(text: string, start: number, end: number): boolean {
  return PROVINCE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || PROVINCE_AFTER.test(text.slice(end, end + 30));
}

function endsAtWord(folded: string, end: number): boolean {
  return end >= folded.length || !isWordChar(folded.codePointAt(end)!);
}

/** A letter or digit; ASCII is decided without a regex, since this runs for every raw hit. */
function isWordChar(codePoint: number): boolean {
  if (codePoint < 128) return (codePoint >= 97 && codePoint <= 122) || (codePoint >= 65 && codePoint <= 90) || (codePoint >= 48 && codePoint <= 57);
  return WORD_CHAR.test(String.fromCodePoint(codePoint));
}

/** The code point that ends just before `index` (a whole surrogate pair, not half of one). */
function codePointBefore(text: string, index: number): number {
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) return text.codePointAt(index - 2)!;
  return low;
}

/**
 * A name starts at a word boundary, or where a lowercase letter runs into a capital: wire copy
 * sometimes loses a space ("Chief of StaffofIran's"), and the name is still there to find.
 */
function startsAtWord(text: string, start: number, folded: string, begin: number, spelling: Spelling): boolean {
  if (begin === 0 || !isWordChar(codePointBefore(folded, begin))) return true;
  // Only for names, not acronyms: "hIS" is a typo, not the Islamic State.
  return !spelling.caseSensitive && /\p{Ll}/u.test(text[start - 1] ?? "") && /\p{Lu}/u.test(text[start] ?? "");
}

function squash(text: string): string {
  return text.replace(DASH_OR_SPACE, " ");
}
