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
  { id: "promo-read-more", pattern: /^(read more|related|also read|read also|see also|click here)\s*:/i },
  // A teaser heading alone; the teasers' titles under it go too (see parse-wire-text.ts).
  { id: "nav-teaser", pattern: /^(?:related(?: stories| coverage| articles| content| news)?|more on this (?:story|topic)|don['’]t miss|[\p{L}]{2,12} recommends|recommended(?: stories)?|more stories|most read|trending|latest news|top stories|read (?:next|more|also))\s*:?$/iu },
  { id: "promo-read-more-bar", pattern: /^(?:also read|read also|read more|see also)\s*\|/i },
  { id: "end-mark", pattern: /^\((?:end|more)\)$/i },
  { id: "tags", pattern: /^(?:keywords|tags|topics)\s*:?$/i },
  { id: "hashtags", pattern: /^(?:#[\p{L}\d_]+\s*)+$/u },
  { id: "promo-follow-channel", pattern: /^(?:get|follow) (?:the latest|our)\b.{0,60}\bon (?:whatsapp|telegram|x|twitter|facebook|instagram|google news)\b/i },
  { id: "disclaimer-quoting", pattern: /^quoting (?:our|these) materials\b/i },
  { id: "story-continues", pattern: /^(?:story|content|article) continues(?: below)?$/i },
  // A wire service's story slug left in the copy: "Reuters- BRAZIL-FLOODS2 - May8".
  { id: "story-slug", pattern: /^[\p{L}]+\s*-\s*[A-Z0-9][A-Z0-9-]{3,}(?:\s*-\s*\S+)?$/u },
  { id: "agency-feed", pattern: /^this (?:copy|story|report) (?:comes|is) from an? (?:agency|syndicated|wire) feed\b/i },
  { id: "video-title", pattern: /^(?:video|watch)\s*:\s*.{0,200}$/i },
  { id: "video-duration", pattern: /^video duration \d+ minutes?(?: \d+ seconds?)?$/i },
  { id: "gallery", pattern: /^(?:gallery|photos?|images?)\s*:?\s*\d+\s+(?:photos|images|pictures)$/i },
  { id: "photo-credit", pattern: /^(?:(?:image|photo|foto|picture)s?(?:\s+credit)?|credit)\s*:\s*\S.{0,200}$/iu },
  { id: "photo-credit-name", pattern: /^[\p{L} .'’-]{2,40}\/(?:AP|AFP|Reuters|EPA|Getty Images|Anadolu|Xinhua)$/u },
  { id: "gallery-count", pattern: /^(?:image|photo|picture|slide) \d+ of \d+$/i },
  { id: "photo-credit-agency", pattern: /^\((?:[\p{L} .'’-]{1,40}\/)?(?:reuters|afp|ap|sana|dpa|epa|efe|xinhua|anadolu|getty images)(?:\/[\p{L} .'’-]{1,40})?\)$/iu },
  { id: "photo-caption", pattern: /(?:(?<!\])\((?:AP Photo|[^()]{0,80}\/[^()]{0,80})\)|\[[^\[\]]{0,80}\/[^\[\]]{0,80}\]|\b(?:REUTERS|AFP|EPA|SANA|XINHUA|EFE|DPA)\/[\p{L} ]{1,40}|\b[A-Z]{2,}\/[\p{L} ]{1,40}\/(?:Getty Images|picture alliance))\.?$/u },
  { id: "photo-caption-file", pattern: /^FILE\s*[-–—]\s/ },
  { id: "licensing", pattern: /^purchase licensing rights$/i },
  { id: "feedback", pattern: /^send us your feedback\.?$/i },
  { id: "share-subscribe", pattern: /^(?:share|share this (?:article|story)|share (?:on|via) [\p{L} ]{1,20}|copy link|email|e-mail|facebook|twitter|reddit|whatsapp|linkedin|telegram|print|comments?)$/iu },
  { id: "disclaimer", pattern: /^only part of .{0,60} news output appears on this website\b/i },
  { id: "advertisement", pattern: /^advertisement$/i },
  { id: "share-links", pattern: /^(share( this( article| story)?)?|tweet|email|print)( [|·] (share|tweet|email|print|facebook|twitter|whatsapp))+$/i },
  // AP's trailers.
  { id: "copyright", pattern: /^(copyright|©)\s*(\d{4}\s+)?(the\s+)?[\w .,-]{2,60}\.?\s*all rights reserved\b/i },
  { id: "copyright-line", pattern: /^(?:copyright\s*)?(?:\(c\)|©)\s*\S.{0,80}$/i },
  { id: "rights-notice", pattern: /^this material may not be published, broadcast, rewritten,? or redistributed\.?$/i },
  // Reuters' trailer.
  { id: "reuters-standards", pattern: /^our standards:\s*the thomson reuters trust principles\.?$/i },
  { id: "separator", pattern: /^(_{3,}|-{3,}|\*{3,}|#{3,})$/ },
  { id: "lone-punctuation", pattern: /^[\p{P}\p{S}]{1,3}$/u },
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

function isTeaserTitle(text: string): boolean {
  return text.length <= 160 && !/[.!?"”’]$/.test(text.trim()) && /^\p{Lu}/u.test(text) && text.split(" ", 25).length <= 20;
}

/** For each paragraph, the boilerplate rule it matches (or null), with end-only rules tried on the closing run. */
export function findBoilerplate(paragraphs: readonly string[]): (string | null)[] {
  const rules = paragraphs.map((p) => matchBoilerplate(p));
  // The teasers' titles under a "Related Stories" heading: short lines that are not sentences.
  for (let i = 0; i < rules.length; i++) {
    if (rules[i] !== "nav-teaser") continue;
    for (let j = i + 1; j < Math.min(rules.length, i + 6) && rules[j] === null && isTeaserTitle(paragraphs[j]!); j++) rules[j] = "nav-teaser";
  }
  // A video's running time on the line under its title ("02:14").
  for (let i = 1; i < rules.length; i++) {
    if ((rules[i - 1] === "video-title" || rules[i - 1] === "video-duration") && rules[i] === null && /^\d{1,2}:\d{2}$/.test(paragraphs[i]!.trim())) rules[i] = "video-title";
  }
  // The tags under a "Tags" or "Keywords" heading: words, not sentences.
  for (let i = 0; i < rules.length; i++) {
    if (rules[i] !== "tags") continue;
    for (let j = i + 1; j < rules.length && (rules[j] === null || rules[j] === "hashtags") && paragraphs[j]!.split(/\s+/).length <= 4 && !/[.!?]$/.test(paragraphs[j]!); j++) rules[j] = "tags";
  }
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    rules[i] ??= matchBoilerplate(paragraphs[i]!, true);
    if (rules[i] === null) break;
  }
  return rules;
}
