// Find what makes gazetteer text not plain text: an HTML tag, an HTML character code, or a control
// character. Names, aliases and descriptions are printed as text on every page and in search, so
// any of these is an editor's mistake at best, and script on /search/ at worst.
import { controlCharacterName } from "../parse/find-control-characters.ts";

export interface MarkupFound {
  kind: "tag" | "reference" | "control";
  /** What was found, in the user's words: `the HTML tag "<img"`, `a line break`. */
  what: string;
}

// What an HTML parser would start a tag, end tag, comment or doctype at ("<b", "</", "<!--", "<?xml").
// A "<" before a space or a digit ("5 < 6", "<3") is text to a browser too, so it is allowed.
const TAG = /<!--|<[/!?]?[a-z][a-z0-9-]*|<[/!?]/i;
// A character code such as &amp; &lt; &#60; &#x3c;. Dateline escapes everything it prints, so a
// code would show literally ("AT&amp;T") on every page, and it is markup in disguise to any layer
// that decodes once too often (Pagefind does: see src/site/pagefind-filter.ts). A bare "&", as in
// "AT&T", is fine.
const REFERENCE = /&(?:#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
// C0 and C1 controls, including tabs and line breaks (a name or description is one line), and
// noncharacters. A YAML escape ("\a") puts one in a value although the file itself has none.
const CONTROL = /[\p{Cc}\p{Noncharacter_Code_Point}]/u;

const CONTROL_NAMES: Record<string, string> = { "\n": "a line break", "\r": "a line break", "\t": "a tab" };

export function findMarkup(text: string): MarkupFound | null {
  const tag = TAG.exec(text);
  if (tag) return { kind: "tag", what: `${tag[0] === "<!--" ? "an HTML comment" : "the HTML tag"} ${JSON.stringify(tag[0])}` };
  const reference = REFERENCE.exec(text);
  if (reference) return { kind: "reference", what: `the HTML character code ${JSON.stringify(reference[0])}` };
  const control = CONTROL.exec(text);
  if (control) return { kind: "control", what: CONTROL_NAMES[control[0]] ?? `the control character ${controlCharacterName(control[0])}` };
  return null;
}
