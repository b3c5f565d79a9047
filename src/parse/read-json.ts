// Parse a JSON file the build reads and writes (content/urls.lock.json) with jsonc-parser, which
// gives each value's offset: strict JSON (no comments, no trailing commas), every syntax problem
// and every repeated key with its line, in one linear pass (the yaml package's uniqueKeys check
// compares each key with every earlier one: a 100,000-entry lock took minutes).
import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { LineCounter } from "yaml";

export interface JsonProblem {
  line: number;
  reason: string;
}

export interface ParsedJson {
  /** The root value's node; null when the text has none, or is not JSON. */
  root: Node | null;
  /** 1-based line of an offset in the text. */
  lineOf(offset: number): number;
  /** Syntax problems: the text is not JSON. */
  problems: JsonProblem[];
  /** Keys an object repeats (JSON.parse would keep the last silently): the values are still there to check. */
  repeated: JsonProblem[];
}

export function readJson(text: string): ParsedJson {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true }) ?? null;
  const lineOf = lineFinder(text);
  const problems: JsonProblem[] = errors.map((e) => ({ line: lineOf(e.offset), reason: `${describeError(printParseErrorCode(e.error))} at line ${lineOf(e.offset)}` }));
  const repeated: JsonProblem[] = [];
  if (errors.length === 0 && root) findRepeatedKeys(root, lineOf, repeated);
  return { root: errors.length === 0 ? root : null, lineOf, problems, repeated };
}

/** A node's value as plain data: objects without a prototype, so a key such as __proto__ is only a key. */
export function valueOf(node: Node): unknown {
  return getNodeValue(node);
}

/** Each object's keys once: JSON.parse would keep the last of two silently. */
function findRepeatedKeys(root: Node, lineOf: (offset: number) => number, problems: JsonProblem[]): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "object") {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const key = property.children?.[0]?.value as string;
        if (seen.has(key)) problems.push({ line: lineOf(property.offset), reason: `the key ${JSON.stringify(key.slice(0, 80))} is written twice` });
        seen.add(key);
        const value = property.children?.[1];
        if (value) stack.push(value);
      }
    } else if (node.type === "array") stack.push(...(node.children ?? []));
  }
}

/** "InvalidSymbol" -> "invalid symbol". */
function describeError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

/** Line numbers from the yaml package's LineCounter (a binary search over the line starts, found once). */
function lineFinder(text: string): (offset: number) => number {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines.addNewLine(i + 1);
  return (offset) => lines.linePos(offset).line;
}
