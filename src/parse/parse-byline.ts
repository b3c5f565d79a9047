// Recognise bylines: "By Bassem Mroue" at the top, "Bassem Mroue, The Associated Press" at the
// end, and Reuters' "(Reporting by ...; Editing by ...)" credit line.

export interface Byline {
  /** The writers, as written: "Bassem Mroue", "Tom Perry and Ellen Francis". */
  names: string;
  /** The organisation after the names, when given: "The Associated Press". */
  organization: string | null;
}

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|al|el|bin|de|van|von|da))*`;
// A comma joins names only in a list that ends with "and" ("A, B and C"); in "By A, Associated Press"
// what follows the comma is the organisation.
const NAMES = String.raw`${NAME}(?:(?:, ${NAME})*,?(?: and | & )${NAME})*`;
const ORGANIZATION = String.raw`(?:The )?\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,4}`;

const TOP = new RegExp(String.raw`^By (?<names>${NAMES})(?:,? (?<org>${ORGANIZATION}))?$`, "u");
const SIGN_OFF = new RegExp(String.raw`^(?:By )?(?<names>${NAME}(?:(?: and | & )${NAME})*), (?<org>${ORGANIZATION})$`, "u");
const IN_CITY = / in \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)*/gu;
const CREDITS = /^\((?:Reporting|Writing) by (?<names>[^;)]+)(?:;[^)]*)?\)$/i;

/** "By Bassem Mroue" (optionally with ", The Associated Press"): a byline above the body. */
export function parseTopByline(paragraph: string): Byline | null {
  // A top byline names at most a few people; a longer line is a sentence that begins with "By".
  if (hasMoreWords(paragraph, 12)) return null;
  const match = TOP.exec(paragraph);
  if (!match?.groups) return null;
  return { names: match.groups.names!, organization: match.groups.org ?? null };
}

/** A sign-off as the last paragraph ("Bassem Mroue, The Associated Press") or a Reuters credit line. */
export function parseClosingByline(paragraph: string): Byline | null {
  const credits = CREDITS.exec(paragraph);
  // "Reporting by Ellen Francis in Beirut": the city is where the reporter filed from, not a name.
  if (credits?.groups) return { names: credits.groups.names!.trim().replace(/\s+/g, " ").replace(IN_CITY, ""), organization: null };
  if (hasMoreWords(paragraph, 10)) return null;
  const match = SIGN_OFF.exec(paragraph);
  if (!match?.groups) return null;
  return { names: match.groups.names!, organization: match.groups.org! };
}

/**
 * More than `max` space-separated words? Asked before the patterns run, so they only ever see a
 * few words, and without splitting a long paragraph into all of its words.
 */
function hasMoreWords(text: string, max: number): boolean {
  return text.split(" ", max + 1).length > max;
}
