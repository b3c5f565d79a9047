// Render collected problems for a terminal: grouped by file, counted, capped unless verbose. Pure.
import { plural } from "../plural.ts";
import type { Diagnostic } from "../types.ts";

export interface FormatOptions {
  /** Show at most this many problems; the rest are counted. Infinity with --verbose. */
  limit?: number;
}


/** One line per problem, `file:line: severity message hint [rule]`, then a summary line. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], options: FormatOptions = {}): string {
  const limit = options.limit ?? 50;
  const lines = diagnostics.slice(0, limit).map(formatOne);
  if (diagnostics.length > limit) lines.push(`... and ${plural(diagnostics.length - limit, "more problem")} (run with --verbose to see all).`);
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const files = new Set(diagnostics.map((d) => d.file)).size;
  const warnings = diagnostics.length - errors;
  const counts = [errors > 0 ? plural(errors, "error") : "", warnings > 0 ? plural(warnings, "warning") : ""].filter(Boolean);
  lines.push(`Found ${counts.join(" and ")} in ${plural(files, "file")}.`);
  return lines.join("\n");
}

export function formatOne(d: Diagnostic): string {
  const place = d.line !== undefined ? `${d.file}:${d.line}` : d.file;
  return `${place}: ${d.severity} ${d.message} ${d.hint} [${d.rule}]`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
