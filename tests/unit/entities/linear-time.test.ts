// Linear time on any input (issue 9): the link stage gets through a megabyte of hostile text well
// within budget, and still finds what it finds in short text.
import { describe, test } from "vitest";
import { findMentions } from "../../../src/entities/find-mentions.ts";
import { linkArticles } from "../../../src/entities/link-articles.ts";
import { foldText } from "../../../src/entities/normalize-name.ts";
import { sentenceAround, sentenceStarts } from "../../../src/entities/sentence-around.ts";
import { parseReport } from "../../../src/parse/parse-report.ts";
import type { ArticleRecord, SourceFile } from "../../../src/types.ts";
import { copiesFor, repeatedReport } from "../../helpers/repeated-report.ts";
import { expectWithinBudget, MB } from "../../helpers/time-budget.ts";
import { article, realGazetteer } from "./records.ts";

const { entities, matcher } = realGazetteer();

/** How many mentions the link stage finds in one article, and how many of them it links. */
function linkCounts(more: Partial<ArticleRecord>): { mentions: number; linked: number; problems: string[] } {
  const { articles, diagnostics } = linkArticles([article("huge", "2017-10-21T04:45:00-06:00", more)], entities);
  const mentions = articles[0]!.mentions;
  return { mentions: mentions.length, linked: mentions.filter((m) => m.linked).length, problems: diagnostics.map((d) => d.rule) };
}

/** A whole report, parsed and then linked: how many mentions it has, and of which entities. */
function parsedAndLinked(copies: number, format: SourceFile["format"]): { mentions: number; entityIds: string[] } {
  const { record } = parseReport(repeatedReport(copies, format), { defaultZone: "UTC" });
  const linked = linkArticles(record ? [record] : [], entities).articles[0];
  return { mentions: linked?.mentions.length ?? 0, entityIds: linked?.entityIds ?? [] };
}

/** What the megabyte version must find: one copy's mentions, plus one more copy's worth per copy added. */
function scaled(format: SourceFile["format"], copies: number): { mentions: number; entityIds: string[] } {
  const one = parsedAndLinked(1, format);
  const perCopy = parsedAndLinked(2, format).mentions - one.mentions;
  return { mentions: one.mentions + (copies - 1) * perCopy, entityIds: one.entityIds };
}

const COPIES = copiesFor(MB);

describe("link steps take linear time", () => {
  test.each<[string, () => unknown, unknown]>([
    ["a 1 MB plain paragraph naming a place", () => linkCounts({ paragraphs: ["Troops retook Palmyra on Sunday. ".repeat(MB / 33)] }), { mentions: Math.floor(MB / 33), linked: 1, problems: [] }],
    // A scan of the paragraph's text tokens per mention made this quadratic.
    ["a 1 MB markdown paragraph, a text token per mention", () => linkCounts({ format: "markdown", paragraphs: ["Palmyra and *the* town. ".repeat(MB / 24)] }), { mentions: Math.floor(MB / 24), linked: 1, problems: [] }],
    ["a 1 MB declared entity id", () => linkCounts({ declaredEntities: ["x".repeat(MB)] }), { mentions: 0, linked: 0, problems: ["entity-unknown-id"] }],
    ["a name across 1 MB of spaces", () => findMentions(`Islamic${" ".repeat(MB)}State group`, matcher).map((m) => [m.entity, m.text.length]), [["islamic-state", MB + 18]]],
    ["folding 1 MB of accented letters", () => foldText("Ḥomṣ ".repeat(MB / 5)).text.length, MB],
    ["1 MB of abbreviations, one sentence", () => sentenceStarts("U.S. ".repeat(MB / 5)), [0]],
    ["the sentence around a mention in 1 MB of sentences", () => sentenceAround("It fell. ".repeat(MB / 9), MB / 2, MB / 2 + 2), "It fell."],
    ["a real report repeated to 1 MB, parsed and linked, plain text", () => parsedAndLinked(COPIES, "text"), scaled("text", COPIES)],
    ["a real report repeated to 1 MB, parsed and linked, markdown", () => parsedAndLinked(COPIES, "markdown"), scaled("markdown", COPIES)],
  ])("%s", (_name, work, expected) => expectWithinBudget(work, expected));
});
