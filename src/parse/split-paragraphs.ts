// Split a report body into paragraphs with their source lines, for plain wire text and markdown alike.

export interface Paragraph {
  text: string;
  /** 1-based file line where the paragraph starts. */
  line: number;
}

/**
 * Lines no longer than this inside a block are taken as hard-wrapped and joined into one paragraph.
 * Wire copy arrives either hard-wrapped (60-80 columns) or one paragraph per line with no blank lines
 * between (report 003); the two are told apart by line length, per block.
 */
export const WRAP_WIDTH = 100;

const BROKEN_COMPOUND = /\p{L}-$/u;

export function splitParagraphs(body: string, startLine: number, format: "text" | "markdown"): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let block: Paragraph[] = [];
  const flush = () => {
    // A loop, not push(...): a block can hold more lines than a call may take arguments.
    if (block.length > 0) for (const paragraph of joinBlock(block, format)) paragraphs.push(paragraph);
    block = [];
  };
  body.split("\n").forEach((raw, index) => {
    const text = format === "text" ? raw.trim() : raw.trimEnd();
    if (text === "") flush();
    else block.push({ text, line: startLine + index });
  });
  flush();
  return paragraphs;
}

function joinBlock(lines: Paragraph[], format: "text" | "markdown"): Paragraph[] {
  const first = lines[0]!;
  // Markdown keeps its own line structure (lists, quotes); markdown-it decides what a paragraph is.
  if (format === "markdown") return [{ text: lines.map((l) => l.text).join("\n"), line: first.line }];
  const wrapped = lines.slice(0, -1).every((l) => l.text.length <= WRAP_WIDTH);
  if (!wrapped) return lines;
  // Wire copy breaks lines at spaces, so a line ending in a hyphen was broken inside a compound
  // ("Iranian-" / "backed"): join it without a space. Only the previous line's end is looked at,
  // and the parts are joined once: testing the growing paragraph made this quadratic.
  const parts: string[] = [first.text];
  for (let i = 1; i < lines.length; i++) {
    if (!BROKEN_COMPOUND.test(lines[i - 1]!.text)) parts.push(" ");
    parts.push(lines[i]!.text);
  }
  return [{ text: parts.join(""), line: first.line }];
}
