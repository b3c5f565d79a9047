// White space as the parse patterns see it: every run made one character, so that no pattern can
// spend its time sharing a long run of spaces between two of its repeats.

/**
 * Each run of white space as one character: a line break if the run holds one (so `.` still stops
 * there), else a space. After this a pattern's `\s*` has at most two choices wherever it stands.
 * Only runs of two or more, and lone tabs and other spaces, call the replacer: plain text stays cheap.
 */
export function squeezeSpace(text: string): string {
  return text.replace(/\s{2,}|[^\S ]/g, (run) => (/[\n\r\u2028\u2029]/.test(run) ? "\n" : " "));
}
