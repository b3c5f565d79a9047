// Linear time on any input (issue 9): the link stage's cost grows in step with hostile text, and it
// still finds what it finds in short text. Each case runs at two sizes ten times apart and compares
// the two costs (tests/helpers/scaling.ts).
import { closest } from "fastest-levenshtein";
import { describe, test, vi } from "vitest";
import { findMentions } from "../../../src/entities/find-mentions.ts";
import { createLinker } from "../../../src/entities/link-articles.ts";
import { foldText } from "../../../src/entities/normalize-name.ts";
import { sentenceAround, sentenceStarts } from "../../../src/entities/sentence-around.ts";
import { parseReport } from "../../../src/parse/parse-report.ts";
import type { ArticleRecord, Diagnostic, LinkedArticle, SourceFile } from "../../../src/types.ts";
import { copiesFor, repeatedReport } from "../../helpers/repeated-report.ts";
import { expectLinear, KB, type ScalingCase } from "../../helpers/scaling.ts";
import { article, realGazetteer } from "./records.ts";

// Counts the link stage's searches for the known id nearest an unknown one (see "a long declared entity id").
vi.mock("fastest-levenshtein", async (original) => {
  const module = await original<typeof import("fastest-levenshtein")>();
  return { ...module, closest: vi.fn(module.closest) };
});

/** What `work` gives, with how many nearest-id searches it made. */
function withNearestIdSearches<T extends object>(work: () => T): T & { searches: number } {
  vi.mocked(closest).mockClear();
  const value = work();
  return { ...value, searches: vi.mocked(closest).mock.calls.length };
}

const { entities, matcher } = realGazetteer();
// Built once, as the link stage builds it once per run: building its matcher is a fixed cost that
// would hide how the linking of one article grows.
const link = createLinker(entities);

/** The link stage on one article, as linkArticles does it for each. */
function linked(record: ArticleRecord): { article: LinkedArticle; problems: string[] } {
  const diagnostics: Diagnostic[] = [];
  return { article: link(record, diagnostics), problems: diagnostics.map((d) => d.rule) };
}

/** How many mentions the link stage finds in one article, and how many of them it links. */
function linkCounts(more: Partial<ArticleRecord>): { mentions: number; linked: number; problems: string[] } {
  const { article: result, problems } = linked(article("huge", "2017-10-21T04:45:00-06:00", more));
  const mentions = result.mentions;
  return { mentions: mentions.length, linked: mentions.filter((m) => m.linked).length, problems };
}

/** A whole report, parsed and then linked: how many mentions it has, and of which entities. */
function parsedAndLinked(copies: number, format: SourceFile["format"]): { mentions: number; entityIds: string[] } {
  const { record } = parseReport(repeatedReport(copies, format), { defaultZone: "UTC" });
  const result = record ? linked(record).article : undefined;
  return { mentions: result?.mentions.length ?? 0, entityIds: result?.entityIds ?? [] };
}

/** What `copies` copies must find: one copy's mentions, plus one more copy's worth per copy added. */
function scaled(format: SourceFile["format"], copies: number): { mentions: number; entityIds: string[] } {
  const one = parsedAndLinked(1, format);
  const perCopy = parsedAndLinked(2, format).mentions - one.mentions;
  return { mentions: one.mentions + (copies - 1) * perCopy, entityIds: one.entityIds };
}

const SIZE = 50 * KB;
/** Where the "ll" of the middle "It fell." is in `n` characters of them. */
const middle = (n: number) => 9 * Math.floor(n / 18) + 5;
/** Copies of the report in its large size: about SIZE, a multiple of ten so the small size is a tenth. */
const COPIES = 10 * copiesFor(SIZE / 10);

describe("link steps take linear time", () => {
  test.each<ScalingCase>([
    ["a plain paragraph naming a place", SIZE, (n) => linkCounts({ paragraphs: ["Troops retook Palmyra on Sunday. ".repeat(n / 33)] }), (n) => ({ mentions: Math.floor(n / 33), linked: 1, problems: [] })],
    // A scan of the paragraph's text tokens per mention made this quadratic. Put back, it costs 52x
    // as much for 10x the text at 500 KB; at 50 KB the rest of the link stage hides it (15x).
    ["a markdown paragraph, a text token per mention", 500 * KB, (n) => linkCounts({ format: "markdown", paragraphs: ["Palmyra and *the* town. ".repeat(n / 24)] }), (n) => ({ mentions: Math.floor(n / 24), linked: 1, problems: [] })],
    // Searching the gazetteer for the known id nearest an unknown one costs the id's length per
    // entry (a megabyte per entry for a megabyte-long id): linear in the id, so counted, not timed.
    ["a long declared entity id", SIZE, (n) => withNearestIdSearches(() => linkCounts({ declaredEntities: ["x".repeat(n)] })), () => ({ mentions: 0, linked: 0, problems: ["entity-unknown-id"], searches: 0 })],
    ["a name across a run of spaces", SIZE, (n) => findMentions(`Islamic${" ".repeat(n)}State group`, matcher).map((m) => [m.entity, m.text.length]), (n) => [["islamic-state", n + 18]]],
    ["folding accented letters", SIZE, (n) => foldText("Ḥomṣ ".repeat(n / 5)).text.length, (n) => n],
    ["abbreviations, one sentence", SIZE, (n) => sentenceStarts("U.S. ".repeat(n / 5)), () => [0]],
    // The mention is "ll" of the middle sentence's "fell".
    ["the sentence around a mention in the middle of many", SIZE, (n) => sentenceAround("It fell. ".repeat(n / 9), middle(n), middle(n) + 2), () => "It fell."],
    ["a real report repeated, parsed and linked, plain text", COPIES, (n) => parsedAndLinked(n, "text"), (n) => scaled("text", n)],
    ["a real report repeated, parsed and linked, markdown", COPIES, (n) => parsedAndLinked(n, "markdown"), (n) => scaled("markdown", n)],
  ])("%s", (_name, size, work, expected) => expectLinear(size, work, expected));
});
