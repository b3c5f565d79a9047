// content/withdrawn.yaml: reports taken back whose files are gone from reports/. Each keeps a page
// at its old URL that says it was withdrawn, when and why. Every problem is named with its line.
import { isMap, isSeq, type Node } from "yaml";
import { z } from "zod";
import { problems } from "../diagnostics/catalog.ts";
import type { TextFile } from "../read/read-content.ts";
import type { Diagnostic, WithdrawnReport } from "../types.ts";
import { dayOrInstant, readDateTime } from "./read-date-time.ts";
import { findControlCharacters } from "./find-control-characters.ts";
import { mappingEntries, plainObject, readYaml } from "./read-yaml.ts";

const text = z.union([z.string(), z.number()]).transform((value) => String(value).trim());
const entrySchema = z.object({ url: text, headline: text, published: text, date: text, note: text }).strict();
const EXPECTED = "a list of { url, headline, published, date, note }: the report's site path, its headline, when it was published, when it was withdrawn and why";

export function parseWithdrawn(file: TextFile | null): { withdrawn: WithdrawnReport[]; diagnostics: Diagnostic[] } {
  if (!file) return { withdrawn: [], diagnostics: [] };
  const { doc, lineCounter, problems: yamlProblems } = readYaml(file.text);
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const fail = (line: number, reason: string) => problems.withdrawnInvalid({ file: file.path, line }, reason, EXPECTED);
  if (yamlProblems.length > 0) return { withdrawn: [], diagnostics: yamlProblems.map((p) => fail(lineCounter.linePos(p.offset).line, p.reason)) };
  if (doc.contents === null) return { withdrawn: [], diagnostics: [] };
  if (!isSeq(doc.contents)) return { withdrawn: [], diagnostics: [fail(1, "it is not a list")] };
  const withdrawn: WithdrawnReport[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const item of doc.contents.items) {
    const line = lineOf(item as Node);
    if (!isMap(item)) {
      diagnostics.push(fail(line, "an entry is not a mapping"));
      continue;
    }
    const parsed = entrySchema.safeParse(plainObject(mappingEntries(item)));
    if (!parsed.success) {
      diagnostics.push(fail(line, parsed.error.issues.map((i) => (i.code === "unrecognized_keys" ? `unknown field ${i.keys.join(", ")}` : `${String(i.path[0])} is missing or not text`)).join("; ")));
      continue;
    }
    const { url, headline, published, date, note } = parsed.data;
    // The url passes the URL gate with every other claim on an address (src/urls/url-claims.ts).
    const control = Object.entries(parsed.data).map(([field, value]) => [field, findControlCharacters(value)] as const).find(([, found]) => found);
    if (control) {
      const [, found] = control;
      diagnostics.push(problems.controlCharacter({ file: file.path, line: line + found!.line - 1 }, found!.name, found!.lineText, found!.moreLines));
      continue;
    }
    // Dates as front matter's are read (in UTC unless written with an offset), with the same problems.
    const at = { file: file.path, line };
    const first = readDateTime(published, at, "UTC", "withdrawn.yaml published", diagnostics);
    const taken = readDateTime(date, at, "UTC", "withdrawn.yaml date", diagnostics);
    if (first && taken) withdrawn.push({ url, line, headline, published: first.at, zone: "UTC", precision: first.precision, withdrawn: { date: dayOrInstant(taken), note } });
  }
  return { withdrawn, diagnostics };
}
