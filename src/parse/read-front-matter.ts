// Validate front matter fields against the schema editors write to; every problem names its line.
import { closest, distance } from "fastest-levenshtein";
import { z } from "zod";
import { problems } from "../diagnostics/catalog.ts";
import type { Diagnostic } from "../types.ts";
import type { SplitReport } from "./split-front-matter.ts";

/** A YAML scalar editors think of as text: `headline: 1984` is the text "1984". */
const text = z.union([z.string(), z.number()]).transform((value) => String(value).trim());

const schema = z
  .object({
    headline: text,
    date: text,
    timezone: text,
    dateline: text,
    byline: text,
    source: text,
    slug: text,
    /** Of the copies of one story in the archive, this one is the original. */
    canonical: z.boolean(),
    /** Never published (a build with --drafts shows it, for a preview). */
    draft: z.boolean(),
    /** Held back until this date-time (a build with --future shows it). */
    embargo: text,
    /** When the report was last changed after it was first published. */
    updated: text,
    /** Dated notes of what was corrected, shown with the report. */
    corrections: z.array(z.object({ date: text, note: text }).strict()),
    /** Taken back: its page says so (with the note and date), and it leaves every list. */
    withdrawn: z.object({ date: text, note: text }).strict(),
    /** The report's old URLs (site paths), which redirect to its page. */
    redirect_from: z.union([z.string(), z.array(z.string())]).transform((paths) => (Array.isArray(paths) ? paths : [paths]).map((p) => p.trim())),
    /** Entity ids the text implies but never names. */
    entities: z.union([z.string(), z.array(z.string())]).transform((ids) => (Array.isArray(ids) ? ids : [ids]).map((id) => id.trim())),
  })
  .partial()
  .strict();

export type FrontMatter = z.infer<typeof schema>;
export const FRONT_MATTER_FIELDS = Object.keys(schema.shape) as (keyof FrontMatter)[];

const EXPECTED: Record<string, string> = { canonical: "true or false", draft: "true or false", embargo: "a date-time such as 2017-10-21T06:00:00-04:00", updated: "a date-time such as 2017-10-22T09:30:00-04:00", corrections: "a list of { date: 2017-10-22, note: ... }", redirect_from: "a list of site paths such as [/2017/10/21/old-headline/]", withdrawn: "{ date: 2017-10-25, note: why it was withdrawn }", date: "a date such as 2017-10-21", entities: "a list of entity ids such as [qaryatayn, palmyra]" };

export function readFrontMatter(file: string, split: SplitReport): { value: FrontMatter; diagnostics: Diagnostic[] } {
  const result = schema.safeParse(split.data);
  if (result.success) return { value: result.data, diagnostics: [] };

  const diagnostics: Diagnostic[] = [];
  const at = (field: string) => ({ file, line: split.fieldLines.get(field) ?? split.frontMatterLine });
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const near = closest(key, FRONT_MATTER_FIELDS);
        diagnostics.push(problems.unknownField(at(key), key, FRONT_MATTER_FIELDS, distance(key, near) <= 2 ? near : null));
      }
    } else {
      const field = String(issue.path[0]);
      diagnostics.push(problems.fieldType(at(field), field, split.data[field], EXPECTED[field] ?? "a line of text"));
    }
  }
  // Keep the fields that are valid, so later checks (date, headline) still run and report too.
  const value: Record<string, unknown> = {};
  for (const field of FRONT_MATTER_FIELDS) {
    const one = schema.shape[field].safeParse(split.data[field]);
    if (one.success && one.data !== undefined) value[field] = one.data;
  }
  return { value: value as FrontMatter, diagnostics };
}
