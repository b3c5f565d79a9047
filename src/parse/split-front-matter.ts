// Split a report into its YAML front matter and its raw body, remembering where each field sits.
import matter from "gray-matter";
import yaml from "js-yaml";
import { problems } from "../diagnostics/catalog.ts";
import type { Diagnostic, SourceFile } from "../types.ts";

export interface SplitReport {
  /** The parsed front matter; `{}` when the file has none. */
  data: Record<string, unknown>;
  /** 1-based file line of each top-level front matter field. */
  fieldLines: Record<string, number>;
  /** Line of the opening fence, for problems about the front matter as a whole. */
  frontMatterLine: number;
  body: string;
  /** 1-based file line on which `body` starts. */
  bodyStartLine: number;
}

// The core schema keeps `date: 2016-04-03` a string: js-yaml's default schema would turn it into
// a Date at UTC midnight, which is the wrong day anywhere west of Greenwich.
const engines = { yaml: (source: string) => yaml.load(source, { schema: yaml.CORE_SCHEMA }) as object };

export function splitFrontMatter(file: SourceFile): { ok: true; value: SplitReport } | { ok: false; diagnostics: Diagnostic[] } {
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(file.text, { engines });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const line = yamlErrorLine(file.text, error);
      const source = file.text.split("\n")[line - 1] ?? "";
      return { ok: false, diagnostics: [problems.yamlInvalid({ file: file.path, line }, source, error.reason ?? error.message)] };
    }
    throw error;
  }
  const data: unknown = parsed.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return { ok: false, diagnostics: [problems.frontMatterNotMapping({ file: file.path, line: 1 }, data)] };
  }
  const body = parsed.content;
  if (!file.text.endsWith(body)) throw new Error(`gray-matter changed the body of ${file.path}; cannot keep line numbers.`);
  const before = file.text.slice(0, file.text.length - body.length);
  return {
    ok: true,
    value: {
      data: data as Record<string, unknown>,
      fieldLines: fieldLinesOf(parsed.matter),
      frontMatterLine: 1,
      body,
      bodyStartLine: countNewlines(before) + 1,
    },
  };
}

/**
 * The file line of a YAML error. js-yaml counts from 0 inside the block, which begins right after
 * the opening "---". An unclosed bracket or quote is only noticed at the end of the block, so
 * point at the last line that has text: that is where the editor has to look.
 */
function yamlErrorLine(text: string, error: yaml.YAMLException): number {
  const line = error.mark ? error.mark.line + 1 : 1;
  if (!/end of the stream/.test(error.reason ?? "")) return line;
  const lines = text.split("\n");
  let last = line;
  while (last > 2 && /^\s*(---)?\s*$/.test(lines[last - 1] ?? "")) last--;
  return last;
}

/** Map each top-level key to its file line. `matter` starts just after the opening fence (line 1). */
function fieldLinesOf(source: string): Record<string, number> {
  const lines: Record<string, number> = {};
  source.split("\n").forEach((text, index) => {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(text)?.[1];
    if (key && !(key in lines)) lines[key] = index + 1;
  });
  return lines;
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
