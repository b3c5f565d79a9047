// The sentence of a text that holds a given span, for quoting a mention in context. Wire copy is
// full of abbreviations ("U.S.", "Maj. Gen.") that are not sentence ends; ICU's sentence breaker
// splits after them, so the rule here is explicit.

const ABBREVIATIONS = new Set(
  "mr mrs ms dr gen lt col maj sgt capt cmdr adm gov sen rep rev st jr sr prof inc corp co ltd no vs jan feb mar apr aug sep sept oct nov dec mt ft".split(" "),
);

/** Where a sentence ending at `i` stops: after the punctuation and any closing quotes or brackets. */
function closeOf(text: string, i: number): number {
  let after = i + 1;
  while (after < text.length && /["'”’)\]]/.test(text[after]!)) after++;
  return after;
}

/** Does the text have a sentence end at `i` (the index of a ".", "!" or "?")? */
function endsSentence(text: string, i: number): boolean {
  const after = closeOf(text, i);
  if (after < text.length && !/\s/.test(text[after]!)) return false;
  let next = after;
  while (next < text.length && /\s/.test(text[next]!)) next++;
  if (next < text.length && !/[\p{Lu}\p{N}"“‘(]/u.test(text[next]!)) return false;
  if (text[i] !== ".") return true;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? "";
  // "U.S." and initials ("J.") are abbreviations; so are the listed titles and months.
  return !(ABBREVIATIONS.has(word.toLowerCase()) || /^(\p{L}\.)*\p{L}$/u.test(word));
}

/** Offsets where the text's sentences start (0 first), for many lookups in one text. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  const stops = /[.!?]/g;
  for (let match = stops.exec(text); match; match = stops.exec(text)) {
    if (!endsSentence(text, match.index)) continue;
    const next = closeOf(text, match.index);
    if (next < text.length) starts.push(next);
  }
  return starts;
}

/** The sentence holding [start, end), given the text's sentenceStarts. */
export function sentenceAt(text: string, starts: readonly number[], start: number, end: number): string {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= start) lo = mid;
    else hi = mid - 1;
  }
  let last = lo + 1;
  while (last < starts.length && starts[last]! < end) last++;
  return text.slice(starts[lo], starts[last] ?? text.length).trim();
}

export function sentenceAround(text: string, start: number, end: number): string {
  return sentenceAt(text, sentenceStarts(text), start, end);
}
