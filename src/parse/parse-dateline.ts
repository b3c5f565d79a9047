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

// The place is written in capitals (wire style), possibly several words: "NEW YORK", "RAS AL-AIN".
const PLACE = String.raw`[A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*){0,3}`;
const REGION = String.raw`[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,2}`;
const DATE = String.raw`[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?`;
const DATELINE = new RegExp(
  String.raw`^(?<place>${PLACE})(?:, (?<region>${REGION}))?(?:, (?<date>${DATE}))?,?` +
    String.raw`(?: ?\((?<agency>[^()]{1,40})\))? ?(?<dash>—|–|--|-|:) +(?=\S)`,
  "u",
);

export function parseDateline(paragraph: string): DatelineMatch | null {
  const match = DATELINE.exec(paragraph);
  if (!match?.groups) return null;
  const { place, region, agency, date } = match.groups;
  // A single capital letter or an acronym before a colon is text ("NOTE:", "UPDATE:"), not a place.
  if (place!.replace(/[^A-Z]/g, "").length < 2) return null;
  if (match.groups.dash === ":" && !agency && !date && !region) return null;
  const text = withoutDash(match[0]);
  return {
    dateline: { text, place: place!, region: region ?? null },
    agency: agency?.trim() ?? null,
    rest: paragraph.slice(match[0].length),
  };
}

const DASH_OR_SPACE = /[\s—–:-]/;

/**
 * The dateline as written, without the dash or colon that ends it. A backward loop, not
 * `replace(/[\s—–:-]+$/)`: that pattern is tried at every hyphen of a place such as "A-----A", and
 * each try runs to the end of the hyphens before it fails, which is quadratic.
 */
function withoutDash(text: string): string {
  let end = text.length;
  while (end > 0 && DASH_OR_SPACE.test(text[end - 1]!)) end--;
  return text.slice(0, end).trim();
}
