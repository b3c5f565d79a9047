// The link stage's compact output: a linked report as the index stage and the list pages know it
// (no body, no mention offsets), with what each entity's page quotes from it worked out here, once,
// while the body is at hand.
import { textFingerprint } from "../indexes/text-fingerprint.ts";
import { plainText } from "../parse/plain-text.ts";
import { bodySegments } from "./body-segments.ts";
import { sentenceAt, sentenceStarts } from "./sentence-around.ts";
import type { EntityRef, LinkedArticle, LinkedEntry, Mention } from "../types.ts";

export function archiveEntry(article: LinkedArticle, key: string): LinkedEntry {
  const { paragraphs: _body, mentions: _offsets, ...rest } = article;
  const fingerprint = textFingerprint(article.paragraphs.map((p) => plainText(p, article.format)));
  return { entry: { ...rest, key }, refs: entityRefs(article), fingerprint };
}

/** Per entity the report is about, in entityIds order: its role, first sentence and spellings. */
function entityRefs(article: LinkedArticle): EntityRef[] {
  const byEntity = groupByEntity(article.mentions);
  const sentence = sentenceFinder(article);
  return article.entityIds.map((id) => {
    const mentions = byEntity.get(id) ?? [];
    // The body's first mention says more than the headline's, and a name more than an adjective.
    const names = mentions.filter((m) => !m.adjective);
    const first = names.find((m) => m.segment >= 0) ?? names[0] ?? mentions.find((m) => m.segment >= 0) ?? mentions[0];
    const role = first ? "mention" : article.datelineEntity === id ? "dateline" : article.sourceEntity === id ? "source" : "declared";
    // "Russian" is not a way of writing Russia: the entity's page lists spellings of its name only.
    const spellings = new Map<string, number>();
    for (const m of names) spellings.set(m.text, (spellings.get(m.text) ?? 0) + 1);
    return { id, role, sentence: first ? sentence(first) : "", mentions: mentions.length, spellings: [...spellings] };
  });
}

/** The sentence around a mention; each segment's sentences are found once, however many entities it names. */
function sentenceFinder(article: LinkedArticle): (mention: Mention) => string {
  let segments: string[] | null = null;
  const starts = new Map<number, number[]>();
  return (mention) => {
    segments ??= [article.headline, ...bodySegments(article).map((s) => s.text)];
    const text = segments[mention.segment + 1] ?? "";
    let found = starts.get(mention.segment);
    if (!found) starts.set(mention.segment, (found = sentenceStarts(text)));
    return sentenceAt(text, found, mention.start, mention.end);
  };
}

function groupByEntity(mentions: readonly Mention[]): Map<string, Mention[]> {
  const map = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = map.get(m.entity);
    if (list) list.push(m);
    else map.set(m.entity, [m]);
  }
  return map;
}
