// Find characters no page or feed can carry (NUL, BEL, ESC, U+FFFE...) in a file's text, with their line.

export interface ControlCharacters {
  /** 1-based line of the first one. */
  line: number;
  /** How it is named in a message: "U+001B (ESC)". */
  name: string;
  /** The text around the first one, each such character shown as <its name>. */
  lineText: string;
  /** How many other lines have one. */
  moreLines: number;
}

// Control characters (except tab and line feed: CRLF is normalised when files are read) and
// Unicode noncharacters. XML 1.0 forbids most of them, so one in a headline makes every feed
// invalid; HTML treats them all as parse errors.
const FORBIDDEN = /(?![\t\n])[\p{Cc}\p{Noncharacter_Code_Point}]/gu;

const C0_NAMES = "NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US".split(" ");

export function controlCharacterName(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  const short = code < 32 ? C0_NAMES[code] : code === 0x7f ? "DEL" : undefined;
  return short ? `${hex} (${short})` : hex;
}

/** The first line with a forbidden character, or null. One pass over the text. */
export function findControlCharacters(text: string): ControlCharacters | null {
  FORBIDDEN.lastIndex = 0;
  const first = FORBIDDEN.exec(text);
  if (!first) return null;
  const lineStart = text.lastIndexOf("\n", first.index) + 1;
  const lineEnd = text.indexOf("\n", first.index);
  // A window of the line around the character, so a long line still shows where it is.
  const windowStart = Math.max(lineStart, first.index - 30);
  const raw = text.slice(windowStart, Math.min(lineEnd === -1 ? text.length : lineEnd, first.index + 30));
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < lineStart; i = text.indexOf("\n", i + 1)) line++;
  // Count the other lines that have one, jumping to each next line after a hit.
  let moreLines = 0;
  let from = lineEnd;
  while (from !== -1) {
    FORBIDDEN.lastIndex = from;
    const next = FORBIDDEN.exec(text);
    if (!next) break;
    moreLines++;
    from = text.indexOf("\n", next.index);
  }
  return {
    line,
    name: controlCharacterName(first[0]),
    lineText: (windowStart > lineStart ? "..." : "") + raw.replace(FORBIDDEN, (c) => `<${controlCharacterName(c)}>`),
    moreLines,
  };
}

/** A character a one-line value (a setting) cannot hold, as a message names it. */
export interface NotOneLine {
  /** "U+0000 (NUL)", "U+2028 (LINE SEPARATOR)". */
  name: string;
  /** It ends a line (LF, CR, VT, FF, NEL, U+2028, U+2029): in robots.txt it would start a new one. */
  lineBreak: boolean;
  /** Its UTF-16 offset in the text, for a message to show the text around it. */
  index: number;
}

// In a value that must be one line, every control character is refused, tab and line feed too, and
// so are U+2028 and U+2029: they are not controls, but they end a line for JavaScript, editors and
// some feed readers, so a setting holding one writes two lines wherever it is written.
const NOT_ONE_LINE = /[\p{Cc}\p{Noncharacter_Code_Point}\u2028\u2029]/u;
const LINE_BREAK = /[\n\v\f\r\u0085\u2028\u2029]/;
const BREAK_NAMES: Record<string, string> = { "\u0085": "NEL", "\u2028": "LINE SEPARATOR", "\u2029": "PARAGRAPH SEPARATOR" };

/** The first character of `text` that a one-line value cannot hold, or null. */
export function findNotOneLine(text: string): NotOneLine | null {
  const found = NOT_ONE_LINE.exec(text);
  if (!found) return null;
  const char = found[0];
  const name = BREAK_NAMES[char] ? `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")} (${BREAK_NAMES[char]})` : controlCharacterName(char);
  return { name, lineBreak: LINE_BREAK.test(char), index: found.index };
}
