// Find every gazetteer name in a text: one automaton pass over the folded text, then word
// boundaries, case-sensitive acronyms, and leftmost-longest selection ("Islamic State group" over
// "Islamic State"). Returns offsets in the text as written.
import type { EntityMatcher, Spelling } from "./build-matcher.ts";
import { acronymOfOtherName, insideLongerName, nameGoesOnBefore } from "./name-context.ts";
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

export interface FindOptions {
  /**
   * Running text (a report's body): a name inside a longer proper name is not a mention of it
   * (name-context.ts). Off for a headline, whose every word may be capitalised.
   */
  runningText?: boolean;
}

export function findMentions(text: string, matcher: EntityMatcher, options: FindOptions = {}): FoundMention[] {
  const folded = foldText(text);
  const candidates: (FoundMention & { person?: boolean; acronym?: boolean })[] = [];
  for (const hit of matcher.automaton.matchInText(folded.text)) {
    // Most raw hits are inside words ("is" in "this"): reject them before any slicing.
    if (!endsAtWord(folded.text, hit.end)) continue;
    const start = folded.origin[hit.begin]!;
    const spelling = matcher.spellings.get(hit.keyword)!;
    if (!startsAtWord(text, start, folded.text, hit.begin, spelling)) continue;
    const end = hit.end < folded.text.length ? folded.origin[hit.end]! : text.length;
    const written = text.slice(start, end).trimEnd();
    if (spelling.caseSensitive && squash(written) !== squash(spelling.written)) continue;
    candidates.push({ entity: spelling.entity, text: written, start, end: start + written.length, ...(spelling.adjective ? { adjective: true as const } : {}), ...(spelling.kind === "person" ? { person: true } : {}), ...(spelling.caseSensitive ? { acronym: true } : {}) });
  }
  // Leftmost first; at the same start, the longest. A chosen mention hides those overlapping it.
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: FoundMention[] = [];
  let reached = 0;
  for (const { person, acronym, ...c } of candidates) {
    if (c.start < reached) continue;
    reached = c.end;
    if (options.runningText && !c.adjective && standsInLongerName(text, c, person === true, acronym === true, chosen)) continue;
    const province = matcher.provinceOf.get(c.entity);
    chosen.push(province && namesProvince(text, c.start, c.end) ? { ...c, entity: province } : person ? withFirstName(text, c, chosen.at(-1)?.end ?? 0) : c);
  }
  return chosen;
}

/** Part of another proper name: "Kharkiv Metro", "Bank of Japan", "Reporters Without Borders (RSF)". */
function standsInLongerName(text: string, c: FoundMention, person: boolean, acronym: boolean, chosen: readonly FoundMention[]): boolean {
  if (acronym && text[c.start - 1] === "(") return acronymOfOtherName(text, c.start, c.end) && !chosen.some((m) => m.entity === c.entity && m.end >= c.start - 4);
  // A person's name is preceded by titles and first names, and is never a place's part.
  return !person && insideLongerName(text, c.start, c.end);
}

/**
 * "Vladimir Zelensky": a surname the gazetteer lists, with the first name written before it (never
 * a word of the mention before it: "Islamic State Bagheri").
 */
function withFirstName(text: string, c: FoundMention, previousEnd: number): FoundMention {
  if (c.text.includes(" ")) return c;
  const first = /(?:^|[\s(“"‘])(\p{Lu}\p{Ll}{2,})\s$/u.exec(text.slice(Math.max(0, c.start - 30), c.start));
  if (!first || !nameGoesOnBefore(text, c.start)) return c;
  const start = c.start - first[1]!.length - 1;
  return start < previousEnd ? c : { ...c, text: text.slice(start, c.end), start };
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
