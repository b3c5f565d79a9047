// Spellings the linker would find in almost every report: one letter, or only common English
// function words ("the", "of", "a"). The gazetteer warns about them; see commonSpelling().
import { foldName, isCaseSensitive } from "./normalize-name.ts";

/**
 * Articles, prepositions, conjunctions, pronouns and auxiliaries: words wire copy is made of.
 * Lowercase, as foldName() leaves them. Short on purpose: a word here is never a name on its own.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  "a", "an", "the",
  "about", "after", "against", "among", "at", "before", "between", "by", "during", "for", "from",
  "in", "into", "near", "of", "off", "on", "over", "since", "through", "to", "under", "until",
  "up", "with", "without",
  "and", "as", "but", "if", "nor", "or", "so", "than", "that", "then", "yet",
  "he", "her", "him", "his", "i", "it", "its", "me", "my", "our", "she", "their", "them", "they",
  "this", "those", "these", "us", "we", "what", "which", "who", "whom", "whose", "you", "your",
  "am", "are", "be", "been", "being", "can", "could", "did", "do", "does", "had", "has", "have",
  "is", "may", "might", "must", "no", "not", "shall", "should", "was", "were", "will", "would",
  "all", "any", "each", "more", "most", "some", "such", "there", "here", "where", "when", "how",
  "also", "only", "very",
  // Not function words, but in nearly every wire report.
  "said", "says",
]);

export type CommonSpelling = "one-letter" | "common-word";

/**
 * Why a spelling would link false mentions everywhere, or null. Consistent with the linker
 * (build-matcher.ts): a spelling of two or more capitals and no lowercase ("US", "IS", "U.S.")
 * matches only as written, so it never links "us" or "is" and is not a common word. Anything else
 * matches in any case: "A" links every "a", "The" every "the".
 */
export function commonSpelling(spelling: string): CommonSpelling | null {
  if (isCaseSensitive(spelling)) return null;
  const key = foldName(spelling);
  if ((key.match(/[\p{L}\p{N}]/gu)?.length ?? 0) === 1) return "one-letter";
  return key.split(" ").every((word) => COMMON_WORDS.has(word)) ? "common-word" : null;
}
