// The wire-copy evaluation (issue 11): parse and link every report in tests/fixtures/wire-copy/
// with its own gazetteer, and score each header field and every entity mention against
// expected.yaml. Shared by the accuracy test and `npx tsx tests/accuracy/print-wire-copy.ts`.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { createLinker } from "../../src/entities/link-articles.ts";
import { parseGazetteer } from "../../src/entities/parse-gazetteer.ts";
import { parseReport } from "../../src/parse/parse-report.ts";
import { archiveEntry } from "../../src/entities/archive-entry.ts";
import { buildNearDuplicates } from "../../src/indexes/near-duplicates.ts";
import type { Diagnostic, LinkedArticle, LinkedEntry } from "../../src/types.ts";

export const WIRE_COPY = path.resolve("tests/fixtures/wire-copy");

export interface Expected {
  classes: string[];
  headline: string | null;
  date: string | null;
  time: string | null;
  dateline: { place: string; region: string | null } | null;
  byline: string | null;
  source: string | null;
  summary: string;
  noise: string[];
  mentions: [string, string][];
  adjectives: [string, string][];
  suggestion?: string;
  headline_suggestion?: string;
  duplicate_of?: string;
}

export const HEADER_FIELDS = ["headline", "date", "time", "dateline", "byline", "source", "summary"] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

export interface ReportScore {
  file: string;
  /** Its linked entry and text fingerprint (null when refused), for the near-duplicate check. */
  linked: LinkedEntry | null;
  duplicateOf: string | null;
  classes: string[];
  /** Per header field: right or wrong, and what was found. */
  fields: Record<HeaderField, { right: boolean; found: string }>;
  /** Noise lines left in the body. */
  noiseKept: string[];
  noiseTotal: number;
  mentions: Counts;
  adjectives: Counts;
  diagnostics: Diagnostic[];
}

export interface Counts {
  found: number;
  expected: number;
  right: number;
  wrong: string[];
  missed: string[];
}

const squeeze = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

/** Score every report of a fixture folder (reports/, entities/, expected.yaml). */
export function evaluateWireCopy(folder = WIRE_COPY): ReportScore[] {
  const expected = parse(readFileSync(path.join(folder, "expected.yaml"), "utf8")) as Record<string, Expected>;
  const dir = path.join(folder, "entities");
  const gazetteer = parseGazetteer(readdirSync(dir).sort().map((name) => ({ path: name, text: readFileSync(path.join(dir, name), "utf8") })));
  if (gazetteer.diagnostics.some((d) => d.severity === "error")) throw new Error(`the fixtures' gazetteer has errors: ${JSON.stringify(gazetteer.diagnostics)}`);
  const link = createLinker(gazetteer.entities, "all");
  return Object.entries(expected).map(([file, want]) => {
    const text = readFileSync(path.join(folder, "reports", file), "utf8").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
    const parsed = parseReport({ path: `reports/${file}`, id: file.replace(/\.txt$/, ""), format: "text", text }, { defaultZone: "UTC" });
    const diagnostics = [...parsed.diagnostics];
    const article: LinkedArticle | null = parsed.record ? link(parsed.record, diagnostics) : null;
    return { ...scoreReport(file, want, article, diagnostics), linked: article ? archiveEntry(article, file) : null, duplicateOf: want.duplicate_of ?? null };
  });
}

function scoreReport(file: string, want: Expected, article: LinkedArticle | null, diagnostics: Diagnostic[]): Omit<ReportScore, "linked" | "duplicateOf"> {
  const published = article?.published ?? "";
  const found: Record<HeaderField, string> = {
    headline: squeeze(article?.headline),
    date: published.slice(0, 10),
    time: article && article.precision === "minute" ? published.slice(11, 16) : "",
    dateline: article?.dateline ? `${article.dateline.place}|${article.dateline.region ?? ""}` : "",
    byline: squeeze(article?.byline),
    source: squeeze(article?.source),
    summary: squeeze(article?.summary),
  };
  const wanted: Record<HeaderField, string> = {
    headline: squeeze(want.headline),
    date: want.date ?? "",
    time: want.time ?? "",
    dateline: want.dateline ? `${want.dateline.place}|${want.dateline.region ?? ""}` : "",
    byline: squeeze(want.byline),
    source: squeeze(want.source),
    summary: squeeze(want.summary),
  };
  // A report the text gives no date or headline for is right to be refused, when the problem
  // says so (and suggests what is nearby, where the expectation names it).
  const says = (rule: string, suggestion: string | undefined) => diagnostics.some((d) => d.rule === rule && (suggestion === undefined || d.hint.includes(suggestion)));
  const refusedRightly = !article && (want.date === null || want.headline === null) && (want.date !== null || says("date-missing", want.suggestion)) && (want.headline !== null || says("headline-missing", want.headline_suggestion));
  const fields = Object.fromEntries(
    HEADER_FIELDS.map((field) => {
      const right = refusedRightly || (field === "summary" ? found.summary.startsWith(wanted.summary) && wanted.summary !== "" : found[field] === wanted[field]);
      return [field, { right, found: found[field] }];
    }),
  ) as ReportScore["fields"];
  const body = article ? article.paragraphs.map(squeeze) : [];
  // A noise line is kept if a paragraph is that line, or (a long line, joined into a paragraph) holds it.
  const noiseKept = want.noise.filter((line) => body.some((p) => p === squeeze(line) || (squeeze(line).length >= 40 && p.includes(squeeze(line)))));
  const bodyMentions = (article?.mentions ?? []).filter((m) => m.segment >= 0);
  return {
    file,
    classes: want.classes,
    fields,
    noiseKept,
    noiseTotal: want.noise.length,
    // A report rightly refused is linked by no one: its mentions are not counted either way.
    mentions: count(bodyMentions.filter((m) => !m.adjective).map((m) => [m.entity, m.text]), refusedRightly ? [] : want.mentions, article !== null),
    adjectives: count(bodyMentions.filter((m) => m.adjective).map((m) => [m.entity, m.text]), refusedRightly ? [] : want.adjectives, article !== null),
    diagnostics,
  };
}

/** Found against expected as multisets of entity and text. A refused report counts what it should have found as missed. */
function count(found: [string, string][], expected: [string, string][], parsed: boolean): Counts {
  const left = new Map<string, number>();
  for (const [id, text] of expected) left.set(`${id}|${text}`, (left.get(`${id}|${text}`) ?? 0) + 1);
  const wrong: string[] = [];
  let right = 0;
  for (const [id, text] of found) {
    const k = `${id}|${text}`;
    if ((left.get(k) ?? 0) > 0) {
      left.set(k, left.get(k)! - 1);
      right++;
    } else wrong.push(k);
  }
  const missed = [...left].flatMap(([k, n]) => Array<string>(n).fill(k));
  return { found: parsed ? found.length : 0, expected: expected.length, right, wrong, missed };
}

export interface Summary {
  reports: number;
  /** Pairs of copies of one story: expected (duplicate_of), found by the archive, and found wrongly. */
  copies: { expected: number; found: number; wrong: number };
  fieldAccuracy: Record<HeaderField, number>;
  headerAccuracy: number;
  noiseRemoved: number;
  precision: number;
  recall: number;
  adjectivePrecision: number;
  adjectiveRecall: number;
  byClass: [string, { reports: number; headerAccuracy: number }][];
}

export function summarize(scores: readonly ReportScore[]): Summary {
  const share = (n: number, d: number) => (d === 0 ? 1 : n / d);
  const fieldAccuracy = Object.fromEntries(HEADER_FIELDS.map((f) => [f, share(scores.filter((s) => s.fields[f].right).length, scores.length)])) as Record<HeaderField, number>;
  const rightFields = (list: readonly ReportScore[]) => list.reduce((n, s) => n + HEADER_FIELDS.filter((f) => s.fields[f].right).length, 0);
  const sum = (pick: (s: ReportScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
  const classes = [...new Set(scores.flatMap((s) => s.classes))].sort();
  return {
    reports: scores.length,
    copies: copyPairs(scores),
    fieldAccuracy,
    headerAccuracy: share(rightFields(scores), scores.length * HEADER_FIELDS.length),
    noiseRemoved: share(sum((s) => s.noiseTotal - s.noiseKept.length), sum((s) => s.noiseTotal)),
    precision: share(sum((s) => s.mentions.right), sum((s) => s.mentions.found)),
    recall: share(sum((s) => s.mentions.right), sum((s) => s.mentions.expected)),
    adjectivePrecision: share(sum((s) => s.adjectives.right), sum((s) => s.adjectives.found)),
    adjectiveRecall: share(sum((s) => s.adjectives.right), sum((s) => s.adjectives.expected)),
    byClass: classes.map((c) => {
      const list = scores.filter((s) => s.classes.includes(c));
      return [c, { reports: list.length, headerAccuracy: share(rightFields(list), list.length * HEADER_FIELDS.length) }];
    }),
  };
}

/** The archive's near-duplicate index over the parsed reports, against the expected pairs. */
function copyPairs(scores: readonly ReportScore[]): Summary["copies"] {
  const linked = scores.flatMap((s) => (s.linked ? [s.linked] : []));
  const groups = buildNearDuplicates(linked);
  const idOf = (file: string) => file.replace(/\.txt$/, "");
  const pair = (a: string, b: string) => [a, b].sort().join(" + ");
  const expected = new Set(scores.flatMap((s) => (s.duplicateOf ? [pair(idOf(s.file), idOf(s.duplicateOf))] : [])));
  const found = new Set<string>();
  for (const [id, group] of groups) for (const other of group) if (other.id !== id) found.add(pair(id, other.id));
  return { expected: expected.size, found: [...expected].filter((p) => found.has(p)).length, wrong: [...found].filter((p) => !expected.has(p)).length };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The evaluation as text: totals, per field, per class, and each report's misses. */
export function report(scores: readonly ReportScore[], details = false): string {
  const s = summarize(scores);
  const lines = [
    `wire-copy evaluation: ${s.reports} reports`,
    `header fields right: ${pct(s.headerAccuracy)} (${HEADER_FIELDS.map((f) => `${f} ${pct(s.fieldAccuracy[f])}`).join(", ")})`,
    `noise lines set aside: ${pct(s.noiseRemoved)}`,
    `entity mentions: precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}; adjectives: precision ${s.adjectivePrecision.toFixed(3)}, recall ${s.adjectiveRecall.toFixed(3)}`,
    `copies of one story: ${s.copies.found} of ${s.copies.expected} pairs found, ${s.copies.wrong} found wrongly`,
    "header fields right, by class:",
    ...s.byClass.map(([c, v]) => `  ${c.padEnd(26)} ${String(v.reports).padStart(2)} reports  ${pct(v.headerAccuracy)}`),
  ];
  if (details) {
    for (const score of scores) {
      const wrong = HEADER_FIELDS.filter((f) => !score.fields[f].right).map((f) => `${f}=${JSON.stringify(score.fields[f].found)}`);
      const problems = score.diagnostics.filter((d) => d.severity === "error").map((d) => d.rule);
      if (wrong.length + score.noiseKept.length + score.mentions.wrong.length + score.mentions.missed.length === 0) continue;
      lines.push(`- ${score.file}${problems.length > 0 ? ` REFUSED (${problems.join(", ")})` : ""}`);
      if (wrong.length > 0) lines.push(`    wrong: ${wrong.join("; ")}`);
      if (score.noiseKept.length > 0) lines.push(`    noise kept: ${score.noiseKept.map((n) => JSON.stringify(n.slice(0, 60))).join(", ")}`);
      if (score.mentions.wrong.length > 0) lines.push(`    wrong mentions: ${score.mentions.wrong.join(", ")}`);
      if (score.mentions.missed.length > 0) lines.push(`    missed mentions: ${score.mentions.missed.join(", ")}`);
    }
  }
  return lines.join("\n");
}
