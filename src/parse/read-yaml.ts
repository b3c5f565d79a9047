// Parse editor-written YAML (front matter, the gazetteer) with the `yaml` package: problems with
// their offsets, anchors/aliases refused, and mappings read into prototype-free objects.
import { LineCounter, isScalar, parseDocument, visit, type Document, type Node, type YAMLMap } from "yaml";

export interface YamlProblem {
  /** Offset in the parsed text. */
  offset: number;
  reason: string;
}

export interface ParsedYaml {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Syntax errors, warnings (unknown tags such as !!js/function) and the first alias; empty when usable. */
  problems: YamlProblem[];
}

export function readYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems = [...doc.errors, ...doc.warnings].map((e) => ({ offset: e.pos[0], reason: firstLine(e.message) }));
  // Editors have no use for anchors and aliases, and an alias "bomb" of a few hundred bytes
  // expands to gigabytes: refuse them before any value is built.
  visit(doc, {
    Alias(_key, node) {
      problems.push({ offset: node.range?.[0] ?? 0, reason: `YAML aliases such as *${node.source.slice(0, 40)} are not allowed: write each value out in full` });
      return visit.BREAK;
    },
  });
  return { doc, lineCounter, problems };
}

export interface MappingEntry {
  key: string;
  keyNode: Node | null;
  value: unknown;
  valueNode: Node | null;
}

/** A mapping's entries in order; keys as text, values as plain data. */
export function mappingEntries(map: YAMLMap): MappingEntry[] {
  return map.items.map((pair) => {
    const keyNode = pair.key as Node | null;
    const valueNode = pair.value as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : JSON.stringify(keyNode?.toJSON() ?? null);
    return { key, keyNode, value: valueNode === null ? null : valueNode.toJSON(), valueNode };
  });
}

/** A mapping as an object without a prototype, so `__proto__` or `constructor` are plain keys. */
export function plainObject(entries: readonly MappingEntry[]): Record<string, unknown> {
  const object: Record<string, unknown> = Object.create(null);
  for (const entry of entries) object[entry.key] = entry.value;
  return object;
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}
