// Lines that republishing sites and agencies add around a report and that are not part of it.
// A rule list, like markdown-it's: each rule has an id (shown with --verbose) and one pattern.
import { squeezeSpace } from "./squeeze-space.ts";

export interface BoilerplateRule {
  id: string;
  /** Tested against a whole paragraph. */
  pattern: RegExp;
  /** "end": only in the run of paragraphs that closes the report (a desk signature is not a sentence). */
  at?: "end";
}

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  // Newsletter and subscription promos, e.g. "STAY CONNECTED: Have the stories that matter most ..."
  { id: "promo-newsletter", pattern: /^(stay connected|subscribe( now)?|sign up|get the latest|never miss)\b.{0,200}\b(newsletter|inbox|email|subscribe)\b/i },
  { id: "promo-follow", pattern: /^(follow|like) us on\b/i },
  { id: "follow-reporter", pattern: /^follow [\p{L}.' -]{2,60} on (twitter|x|facebook|instagram|bluesky|mastodon)\b.{0,120}$/iu },
  { id: "promo-read-more", pattern: /^(read more|related|also read|see also|click here|watch)\s*:/i },
  { id: "advertisement", pattern: /^advertisement$/i },
  { id: "share-links", pattern: /^(share( this( article| story)?)?|tweet|email|print)( [|·] (share|tweet|email|print|facebook|twitter|whatsapp))+$/i },
  // AP's trailers.
  { id: "copyright", pattern: /^(copyright|©)\s*(\d{4}\s+)?(the\s+)?[\w .,-]{2,60}\.?\s*all rights reserved\b/i },
  { id: "rights-notice", pattern: /^this material may not be published, broadcast, rewritten,? or redistributed\.?$/i },
  // Reuters' trailer.
  { id: "reuters-standards", pattern: /^our standards:\s*the thomson reuters trust principles\.?$/i },
  { id: "separator", pattern: /^(_{3,}|-{3,}|\*{3,}|#{3,})$/ },
  // AFP's desk signature at the end of a story, e.g. "bur-kir/jm" or "ser/dc".
  { id: "afp-signature", pattern: /^[a-z]{2,4}(-[a-z]{2,4})*(\/[a-z]{2,4})+$/, at: "end" },
];

/** The id of the rule a paragraph matches, or null when it is report text. */
export function matchBoilerplate(paragraph: string, atEnd = false): string | null {
  // Spacing never tells boilerplate from text. "Copyright" and 20,000 spaces took the copyright rule
  // 130 s to reject, trying every way to share the run between its \s* and its name's [\w .,-].
  const squeezed = squeezeSpace(paragraph);
  for (const rule of BOILERPLATE_RULES) if ((!rule.at || atEnd) && rule.pattern.test(squeezed)) return rule.id;
  return null;
}

/** For each paragraph, the boilerplate rule it matches (or null), with end-only rules tried on the closing run. */
export function findBoilerplate(paragraphs: readonly string[]): (string | null)[] {
  const rules = paragraphs.map((p) => matchBoilerplate(p));
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    rules[i] ??= matchBoilerplate(paragraphs[i]!, true);
    if (rules[i] === null) break;
  }
  return rules;
}
