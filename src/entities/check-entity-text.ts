// Check the words of one gazetteer entry: markup in a name, alias or description is an error (it
// would be text on the page but HTML to anything that decodes it, such as Pagefind's filter list);
// a name or alias that is one letter or a common word is a warning (it would link false mentions).
import { problems } from "../diagnostics/catalog.ts";
import type { Diagnostic } from "../types.ts";
import { commonSpelling } from "./common-words.ts";
import { findMarkup } from "./find-markup.ts";

interface EntryText {
  id: string;
  name: string;
  aliases: readonly string[];
  adjectives: readonly string[];
  description: string;
}

/** Where a field's value is written (for aliases, the line of that alias). */
export type LineOf = (field: "name" | "aliases" | "adjectives" | "description", value: string) => { file: string; line: number };

export function checkEntityText(entry: EntryText, lineOf: LineOf): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const spellings = [["name", entry.name] as const, ...[...new Set(entry.aliases)].map((alias) => ["aliases", alias] as const)];
  const adjectives = entry.adjectives.map((adjective) => ["adjectives", adjective] as const);
  for (const [field, value] of [...spellings, ...adjectives, ["description", entry.description] as const]) {
    const markup = findMarkup(value.trim());
    if (markup) diagnostics.push(problems.entityNotPlainText(lineOf(field, value), field, value.trim(), markup));
  }
  for (const [field, spelling] of spellings) {
    const why = commonSpelling(spelling);
    if (why) diagnostics.push(problems.entityAliasCommonWord(lineOf(field, spelling), field === "name" ? "name" : "alias", spelling.trim(), entry.id, why));
  }
  return diagnostics;
}
