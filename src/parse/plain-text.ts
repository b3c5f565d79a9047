// Plain text and word counts of body paragraphs, whichever format they are written in.
import { createMarkdown, inlineText } from "./markdown.ts";

const inline = createMarkdown("markdown");

/** The text a reader sees in a paragraph: markdown syntax removed, plain wire text unchanged. */
export function plainText(paragraph: string, format: "text" | "markdown"): string {
  if (format === "text") return paragraph;
  return inlineText(inline.parseInline(paragraph, {})[0]?.children ?? []).replace(/^#{1,6}\s+/, "");
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Words are runs of letters and digits; an apostrophe, full stop or hyphen between two letters
 * joins them ("Syria’s", "U.S", "co-operation"). Counted in one pass without building substrings.
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const code = char.charCodeAt(0);
    const letter = code < 128 ? (code | 32) >= 97 && (code | 32) <= 122 || (code >= 48 && code <= 57) : LETTER_OR_DIGIT.test(char);
    if (letter) {
      if (!inWord) count++;
      inWord = true;
    } else if (!(inWord && "'’.-".includes(char) && i + 1 < text.length && isLetter(text[i + 1]!))) {
      inWord = false;
    }
  }
  return count;
}

function isLetter(char: string): boolean {
  return LETTER_OR_DIGIT.test(char);
}
