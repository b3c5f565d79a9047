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
