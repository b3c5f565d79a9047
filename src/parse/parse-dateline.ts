// Read the dateline that opens a wire story's first paragraph: "BEIRUT —", "BEIRUT (AP) —",
// "DAMASCUS, Syria –", "BAGHDAD, April 3, (Agencies):". Returns the dateline and the text after it.
import type { Dateline } from "../types.ts";

export interface DatelineMatch {
  dateline: Dateline;
  /** The agency in parentheses, e.g. "AP", "Reuters", "Agencies". */
  agency: string | null;
  /** The paragraph with the dateline and its dash removed. */
  rest: string;
}

// The place is written in capitals (wire style), possibly several words: "NEW YORK", "RAS AL-AIN",
// "SÃO PAULO"; or as a name ("Berlin", "Port Sudan") when an agency, region or date follows it.
const CAPS = String.raw`\p{Lu}[\p{Lu}'’.-]*(?: \p{Lu}[\p{Lu}'’.-]*){0,3}`;
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}`;
const REGION = String.raw`\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}`;
const DATE = String.raw`(?:[A-Z][a-z]{2,8}\.?|[A-Z]{3}) \d{1,2}(?:, \d{4})?`;
const AGENCY = String.raw`\((?<agency>[^()]{1,40})\)`;
const DASH = String.raw`(?<dash>—|–|--|-|:|•)`;
const DATELINE = new RegExp(
  String.raw`^(?<place>${NAME})(?: \((?<inner>${REGION})\))?(?:, (?<region>${REGION}))?(?:, (?<date>${DATE}))?,?` +
    // The agency's parentheses may end the dateline without a dash ("Imphal, Jun 15 (PTI) Authorities").
    String.raw`(?: ?${AGENCY}\.?)?(?: ?${DASH} +| (?=\p{Lu}))(?=\S)`,
  "u",
);
// TASS: "ORENBURG, April 7. /TASS/. ".
const SLASHED_AGENCY = new RegExp(String.raw`^(?<place>${CAPS})(?:, (?<date>${DATE}))?\. \/(?<agency>[A-Z][A-Za-z-]{1,20})\/\. +(?=\S)`, "u");
// ANSA puts the agency first: "(ANSA) - ROME, APR 24 - ".
const AGENCY_FIRST = new RegExp(String.raw`^${AGENCY} ?- ?(?<place>${CAPS})(?:, (?<date>${DATE}))? ?${DASH} +(?=\S)`, "u");
/** Words in capitals before a colon that label a note, not a place. */
const LABELS = /^(?:NOTE|UPDATE|UPDATED|EDITOR'S NOTE|EDITOR’S NOTE|CORRECTION|CLARIFICATION|WATCH|BREAKING|VIDEO|PHOTOS?|LIVE|EXCLUSIVE|ANALYSIS|OPINION|FACTBOX|EXPLAINER|SOURCES?|READ MORE|RELATED|ALSO READ|Q&A|FILE|WARNING|ADVISORY)$/;

export function parseDateline(paragraph: string): DatelineMatch | null {
  // A no-break space between the dateline's words is a space (one character for one: offsets hold).
  const text = paragraph.slice(0, 120).replace(/\u00a0/g, " ");
  // The forms in turn: the first that reads as a dateline wins.
  for (const form of [DATELINE, AGENCY_FIRST, SLASHED_AGENCY]) {
    const match = form.exec(text);
    const read = match ? readMatch(match, paragraph) : null;
    if (read) return read;
  }
  return null;
}

function readMatch(match: RegExpExecArray, paragraph: string): DatelineMatch | null {
  if (!match.groups) return null;
  const { place, date } = match.groups;
  // One pair of parentheses is the agency ("BEIRUT (AP)"); with two, the first is the region
  // ("Nasiriyah (Iraq) (AFP)").
  const agency = match.groups.agency ?? match.groups.inner;
  const region = match.groups.region ?? (match.groups.agency ? match.groups.inner : undefined);
  const dash = match.groups.dash;
  // A single capital letter or an acronym before a colon is text ("NOTE:", "UPDATE:"), not a place.
  if (place!.replace(/[^\p{Lu}]/gu, "").length < 2 && !/\p{Ll}/u.test(place!)) return null;
  if (LABELS.test(place!)) return null;
  const capitals = !/\p{Ll}/u.test(place!);
  // A name in mixed case is a place only with an agency, region or date after it: "Berlin (dpa) -",
  // "Kyiv, Ukraine –". "Beirut — Syrian forces" could be a sentence.
  if (!capitals && !agency && !region && !date) return null;
  if (!dash && !agency) return null;
  if (dash === ":" && !capitals && !agency) return null;
  return {
    dateline: { text: withoutDash(match[0]), place: place!, region: region ?? null },
    agency: agency?.trim() ?? null,
    rest: paragraph.slice(match[0].length),
  };
}

const DASH_OR_SPACE = /[\s—–:•-]/;

/**
 * The dateline as written, without the dash or colon that ends it. A backward loop, not
 * `replace(/[\s—–:-]+$/)`: that pattern is tried at every hyphen of a place such as "A-----A", and
 * each try runs to the end of the hyphens before it fails, which is quadratic.
 */
function withoutDash(text: string): string {
  let end = text.length;
  while (end > 0 && DASH_OR_SPACE.test(text[end - 1]!)) end--;
  // EFE's "(EFE).-": the stop belongs to the dash.
  if (text[end - 1] === "." && text[end - 2] === ")") end--;
  return text.slice(0, end).trim();
}
