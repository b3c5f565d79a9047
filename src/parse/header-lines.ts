// What one line above a wire story can be: the rules the header reader (read-header.ts) scores
// lines with. Each is data: an id (shown with --verbose when the line is set aside) and a test.
import { knownAgency } from "./agencies.ts";
import { parseTopByline, type Byline } from "./parse-byline.ts";
import { parseDateLine, type DateLineParts } from "./parse-date-line.ts";
import { parseDateline, type DatelineMatch } from "./parse-dateline.ts";
import { squeezeSpace } from "./squeeze-space.ts";

export type HeaderLine =
  | { kind: "date"; parts: DateLineParts; updated: boolean; rest: string[] }
  | { kind: "time"; hour: number; minute: number }
  | { kind: "byline"; byline: Byline; rest: string[] }
  | { kind: "agency"; agency: string }
  | { kind: "dateline"; match: DatelineMatch }
  | { kind: "title"; headline: string; site: string[]; date: { parts: DateLineParts; updated: boolean } | null }
  | { kind: "noise"; rule: string }
  | { kind: "short" }
  | { kind: "heading" }
  | { kind: "sentence" };

/** A header line's kind and what it holds. The order of the tests is the order of the rules. */
export function classifyHeaderLine(text: string): HeaderLine {
  // A header line is short; a long paragraph is story (and the rules below then never see more
  // than a line's worth of text, whatever a file holds).
  // Runs of space are squeezed (only where a line is long enough to need it: a date line padded
  // with spaces is still one).
  const line = text.length > MAX_HEADER_LINE ? squeezeSpace(text.trim()) : text.trim();
  if (line.length > MAX_HEADER_LINE) return { kind: "sentence" };
  // A markdown list, quote or code block is the story's, never a header line.
  if (/^(?:[-*+>] |\d{1,3}[.)] |```)/.test(line)) return { kind: "sentence" };
  const noise = headerNoise(line);
  if (noise) return { kind: "noise", rule: noise };
  const time = /^(\d{1,2})[:.](\d{2})$/.exec(line);
  if (time) return { kind: "time", hour: Number(time[1]), minute: Number(time[2]) };
  const title = titleLine(line);
  if (title) return title;
  const date = dateIn(line);
  if (date) return date;
  const byline = bylineIn(line);
  if (byline) return byline;
  const agency = agencyLine(line);
  if (agency) return { kind: "agency", agency };
  if (isNavigation(line)) return { kind: "noise", rule: "navigation" };
  const dateline = standaloneDateline(line);
  if (dateline) return { kind: "dateline", match: dateline };
  if (words(line) <= 4 && !/[.!?]["”’]?$/.test(line)) return { kind: "short" };
  if (isHeading(line)) return { kind: "heading" };
  return { kind: "sentence" };
}

const MAX_HEADER_LINE = 250;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Lines a site puts around the story that are never part of it. */
const HEADER_NOISE: readonly { id: string; pattern: RegExp }[] = [
  { id: "skip-link", pattern: /^(?:(?:skip|go) (?:links|to [\p{L}]+(?: [\p{L}]+)?)\s*){1,3}$/iu },
  { id: "share-subscribe", pattern: /^(?:x|live|listen|tags|follow us on [\p{L} ]{2,30})$/iu },
  { id: "posted-by", pattern: /^posted by [\p{L}\d_.-]+$/iu },
  { id: "date-label", pattern: /^(?:(?:last )?updated|published|posted|modified|date|issued(?: on)?)\s*:?$/i },
  { id: "url", pattern: /^https?:\/\/\S+$/i },
  { id: "lone-punctuation", pattern: /^[\p{P}\p{S}]{1,3}$/u },
];

function headerNoise(line: string): string | null {
  for (const rule of HEADER_NOISE) if (rule.pattern.test(line)) return rule.id;
  return null;
}

const SEGMENTS = /\s*(?:\||·|•| - | – | — )\s*|\s+(?=(?:last )?(?:updated|modified)\b\s*:?)/i;
const UPDATED = /^(?:last )?(?:updated?|upd|modified)\b/i;
/** Up to three label words before a date or time ("All News 10:52 September 12, 2024"). */
const LABEL_WORDS = /^(?:\p{Lu}[\p{L}]*\s+){1,3}(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/iu;

/** A date line, or a line whose parts hold one ("PTI | Updated: Jun 15, 2023 22:40 IST"). */
function dateIn(line: string): HeaderLine | null {
  const whole = parseDateLine(line) ?? parseDateLine(line.replace(LABEL_WORDS, ""));
  if (whole) return { kind: "date", parts: whole, updated: UPDATED.test(line), rest: [] };
  // "Published: ... Updated: ...", "Source: Xinhua | 2024-05-12 19:05:33 | Editor: ...".
  const parts = line.split(SEGMENTS).filter(Boolean);
  if (parts.length < 2 || line.length > 200) return null;
  for (const [i, part] of parts.entries()) {
    const found = parseDateLine(part);
    // A date alone with a time in the next part ("KYODO NEWS - Jan 3, 2024 - 21:14").
    const joined = found && found.hour === undefined && parts[i + 1] ? (parseDateLine(`${part} ${parts[i + 1]}`) ?? found) : found;
    // "Updated - August 01, 2024 ...": the label may be a part of its own, before the date.
    const updated = parts.slice(0, i + 1).some((p) => UPDATED.test(p));
    if (joined) return { kind: "date", parts: joined, updated, rest: parts.filter((_, k) => k !== i && !(joined !== found && k === i + 1)) };
  }
  return null;
}

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|al|el|bin|de|van|von|da|dos|do))*`;
const BARE_NAMES = new RegExp(String.raw`^(?<names>${NAME}(?:, ${NAME})*(?: and | And | & )${NAME})$`, "u");
const NAME_IN_CITY = new RegExp(String.raw`^(?<names>${NAME}) in \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?$`, "u");

/** "By A and B", "A and B" alone, "A in City", "A | The Daily Star", "By A, The Associated Press". */
function bylineIn(line: string): HeaderLine | null {
  const [first, ...rest] = line.split(/\s*\|\s*/);
  // "by: NAMES, Associated Press"; "By Jane Roe, Senior Correspondent"; "A and B, Nikkei staff writers".
  const text = first!
    .trim()
    .replace(/^by:?\s+/i, "By ")
    .replace(/,\s+(?:(?:senior|chief|staff|special|foreign|political|diplomatic|economics|business|science|health)\s+)*(?:correspondent|reporter|writer|editor|journalist)s?$/i, "")
    .replace(/,\s+[\p{L}]+(?: [\p{L}]+)?\s+staff\s+writers?$/iu, "");
  const byline = byAgency(text) ?? parseTopByline(text);
  if (byline) return { kind: "byline", byline, rest };
  if (knownAgency(text)) return null;
  const bare = BARE_NAMES.exec(text) ?? NAME_IN_CITY.exec(text);
  // Each name two words or more: "Nation & World" is a section, not two people.
  if (bare?.groups && words(text) <= 9 && bare.groups.names!.split(/,? (?:and|And|&) |, /).every(isPersonName)) return { kind: "byline", byline: { names: bare.groups.names!, organization: null }, rest };
  // "Nadine Karam| The Daily Star": a name and a publisher.
  if (rest.length > 0 && isPersonName(text) && !parseDateLine(rest.join(" "))) {
    return { kind: "byline", byline: { names: text, organization: rest.join(" ").trim() || null }, rest: [] };
  }
  return null;
}

const PERSON = new RegExp(`^${NAME}$`, "u");

/** Two to four capitalised words: a person's name, as far as a header line can tell. */
export function isPersonName(text: string): boolean {
  return PERSON.test(text) && words(text) >= 2 && words(text) <= 4 && agencyLine(text) === null && !/^(?:By|From|Source|Posted|Updated|Published)\b/.test(text);
}

/** "By SAMIR EL-AMIN and NORA KIPLAGAT Associated Press": an agency after the names, without a comma. */
function byAgency(line: string): Byline | null {
  const match = /^By (?<names>.+?),? (?<agency>(?:The )?Associated Press|Reuters|AFP|Agence France-Presse)$/.exec(line);
  const top = match?.groups ? parseTopByline(`By ${match.groups.names}`) : null;
  return top ? { names: top.names, organization: match!.groups!.agency! } : null;
}

/** "AFP", "Kyodo News", ">> Reuters", "From Reuters", "Source: Xinhua": a line that names the agency alone. */
function agencyLine(line: string): string | null {
  if (line.length > 60) return null;
  const bare = line.replace(/^(?:>>|»|from|source:|by)\s*/i, "").replace(/\s*[-–—:]?\s*$/, "");
  return knownAgency(bare);
}

/** "Headline | News | DW | 14.12.2023", "Headline – DW – 05/15/2024", "Headline - WKRB 7 Action News". */
function titleLine(line: string): HeaderLine | null {
  const parts = line.split(/\s+(?:\||–|—|-)\s+/);
  if (parts.length < 2) return null;
  const dated = parts.map((p) => parseDateLine(p));
  // "May 16, 2024 | 03:12 AM" is a date line, not a title.
  if (dated[0] || parseDateLine(line)) return null;
  const date = dated.findIndex(Boolean);
  const tail = parts.slice(1).filter((_, i) => i + 1 !== date);
  // A title's tail is the site and its section: a few words each, no sentence.
  if (tail.some((p) => words(p) > 5 || /[.!?]$/.test(p))) return null;
  // Without a date, the tail must look like a site: a known agency, a news word, or one short part after " | ".
  const siteLike = tail.some((p) => knownAgency(p) !== null || /(?:news|times|post|herald|today|daily|tv|online)\b/i.test(p)) || (tail.length === 1 && line.includes(" | ") && words(tail[0]!) <= 3);
  if (date < 0 && !siteLike) return null;
  if (words(parts[0]!) < 3) return null;
  return { kind: "title", headline: parts[0]!, site: tail, date: date > 0 ? { parts: dated[date]!, updated: false } : null };
}

/** "Home » World » Asia", "Top stories | Europe | Middle East", "News|Sudan war", "Top News / World News". */
function isNavigation(line: string): boolean {
  const parts = line.split(/\s*(?:\||»|›|\s\/\s)\s*/);
  return parts.length >= 2 && parts.every((p) => words(p) <= 4) && words(line) <= 14;
}

/** A dateline on a line of its own ("KAHRAMANMARAŞ, Türkiye"), as Anadolu sends it. */
function standaloneDateline(line: string): DatelineMatch | null {
  if (!/^\p{Lu}[\p{Lu}'’. -]+(?:, \p{Lu}[\p{L}'’. -]*)?$/u.test(line) || words(line) > 5) return null;
  return parseDateline(`${line} — .`);
}

/** A headline-shaped line: a few words, no full stop at the end. */
function isHeading(line: string): boolean {
  return words(line) <= 30 && line.length <= 220 && !/[.;:,]["”’]?$/.test(line) && !/^\p{Ll}/u.test(line);
}
