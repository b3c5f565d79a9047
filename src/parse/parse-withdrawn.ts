// content/withdrawn.yaml: reports taken back whose files are gone from reports/. Each keeps a page
// at its old URL that says it was withdrawn, when and why. Every problem is named with its line.
import { isMap, isSeq, type Node } from "yaml";
import { z } from "zod";
import { problems } from "../diagnostics/catalog.ts";
import type { TextFile } from "../read/read-content.ts";
import type { Diagnostic, WithdrawnReport } from "../types.ts";
import { parseDateLine } from "./parse-date-line.ts";
import { mappingEntries, plainObject, readYaml } from "./read-yaml.ts";

const text = z.union([z.string(), z.number()]).transform((value) => String(value).trim());
const entrySchema = z.object({ url: text, headline: text, published: text, date: text, note: text }).strict();
const EXPECTED = "a list of { url, headline, published, date, note }: the report's site path, its headline, when it was published, when it was withdrawn and why";

/** A date such as 2017-10-21 (day) or 2017-10-21T04:45:00-04:00: as ISO text, or null. */
function isoDate(value: string): { at: string; precision: "day" | "minute" } | null {
  const parts = parseDateLine(value);
  if (!parts) return null;
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const day = `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
  if (parts.hour === undefined) return { at: day, precision: "day" };
  const offset = parts.offset ?? 0;
  const sign = offset < 0 ? "-" : "+";
  return { at: `${day}T${pad(parts.hour)}:${pad(parts.minute ?? 0)}:${pad(parts.second ?? 0)}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`, precision: "minute" };
}

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
    const first = isoDate(published);
    const taken = isoDate(date);
    if (!/^\/(?:[A-Za-z0-9._~%-]+\/)*$/.test(url)) diagnostics.push(fail(line, `url ${JSON.stringify(url)} is not a page's site path such as /2017/10/21/headline/`));
    else if (!first || !taken) diagnostics.push(fail(line, `${first ? "date" : "published"} is not a date such as 2017-10-21`));
    else withdrawn.push({ url, headline, published: first.at, zone: "UTC", precision: first.precision, withdrawn: { date: taken.at, note } });
  }
  return { withdrawn, diagnostics };
}
