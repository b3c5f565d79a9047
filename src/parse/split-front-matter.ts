// Split a report into its YAML front matter and its raw body, remembering where each field sits.
import { isMap, type Node } from "yaml";
import { problems } from "../diagnostics/catalog.ts";
import type { Diagnostic, SourceFile } from "../types.ts";
import { mappingEntries, plainObject, readYaml } from "./read-yaml.ts";

export interface SplitReport {
  /** The parsed front matter; empty when the file has none. No prototype: a `__proto__` field is just a field. */
  data: Record<string, unknown>;
  /** 1-based file line of each top-level front matter field. */
  fieldLines: ReadonlyMap<string, number>;
  /** Line of the opening fence, for problems about the front matter as a whole. */
  frontMatterLine: number;
  body: string;
  /** 1-based file line on which `body` starts. */
  bodyStartLine: number;
}

export type SplitResult = { ok: true; value: SplitReport } | { ok: false; diagnostics: Diagnostic[] };

// Only a bare "---" opens front matter. gray-matter read a language after the fence ("---js") and
// ran its engine, which for JavaScript is eval: a report is data and must never choose a parser.
const FENCE = /^---[ \t]*$/;
// "---js", "---json", "---toml": a fence with a language is refused rather than read as text, so
// the editor learns why the fields were not read. "--- BREAKING ---" is just text.
const FENCE_WITH_LANGUAGE = /^---([A-Za-z][\w-]{0,30})[ \t]*$/;

export function splitFrontMatter(file: SourceFile): SplitResult {
  const firstEnd = file.text.indexOf("\n");
  const first = firstEnd === -1 ? file.text : file.text.slice(0, firstEnd);
  const language = FENCE_WITH_LANGUAGE.exec(first);
  if (language) return fail(problems.frontMatterLanguage({ file: file.path, line: 1 }, language[1]!));
  if (!FENCE.test(first)) return { ok: true, value: { data: Object.create(null), fieldLines: new Map(), frontMatterLine: 1, body: file.text, bodyStartLine: 1 } };

  // Find the closing fence line by line, without splitting the whole file.
  let start = firstEnd + 1;
  let line = 2;
  while (firstEnd !== -1 && start <= file.text.length) {
    const end = file.text.indexOf("\n", start);
    const text = end === -1 ? file.text.slice(start) : file.text.slice(start, end);
    if (FENCE.test(text)) {
      const source = file.text.slice(firstEnd + 1, start);
      const body = end === -1 ? "" : file.text.slice(end + 1);
      return parseBlock(file.path, source, body, line + 1);
    }
    if (end === -1) break;
    start = end + 1;
    line++;
  }
  return fail(problems.frontMatterUnclosed({ file: file.path, line: 1 }));
}

/** Parse the block between the fences (it starts on file line 2) into plain fields with their lines. */
function parseBlock(file: string, source: string, body: string, bodyStartLine: number): SplitResult {
  const { doc, lineCounter, problems: yamlProblems } = readYaml(source);
  // Line 1 of the block is line 2 of the file.
  const lineAt = (offset: number) => lineCounter.linePos(Math.min(offset, source.length)).line + 1;
  const first = yamlProblems[0];
  if (first) {
    const line = lineAt(lastTextAtOrBefore(first.offset, source));
    return fail(problems.yamlInvalid({ file, line }, source.split("\n")[line - 2] ?? "", first.reason));
  }
  const contents = doc.contents as Node | null;
  if (contents !== null && !isMap(contents)) {
    return fail(problems.frontMatterNotMapping({ file, line: 1 }, contents.toJSON()));
  }
  const entries = contents ? mappingEntries(contents) : [];
  const fieldLines = new Map<string, number>();
  for (const { key, keyNode } of entries) if (!fieldLines.has(key)) fieldLines.set(key, keyNode?.range ? lineAt(keyNode.range[0]) : 1);
  return { ok: true, value: { data: plainObject(entries), fieldLines, frontMatterLine: 1, body, bodyStartLine } };
}

/** An unclosed bracket or quote is noticed only at the end of the block: point at its last line with text, where the editor must look. */
function lastTextAtOrBefore(offset: number, source: string): number {
  const end = source.trimEnd().length;
  return offset < end ? offset : source.lastIndexOf("\n", end - 1) + 1;
}

function fail(...diagnostics: Diagnostic[]): SplitResult {
  return { ok: false, diagnostics };
}
