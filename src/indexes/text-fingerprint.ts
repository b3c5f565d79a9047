// A report's text as a MinHash signature of its word shingles, so that two copies of one wire
// story (republished by two sites, with their own headers and small edits) can be found without
// comparing every pair of texts: similar texts agree in most of the signature's slots.

/** Slots in a signature; near-duplicates.ts reads them in bands of BAND_ROWS. */
export const SIGNATURE_SIZE = 24;
/** Words per shingle: long enough that ordinary phrases shared by unrelated stories rarely match. */
const SHINGLE = 4;
// Fixed seeds: the same text gives the same signature on every machine, in every build.
const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, k) => Math.imul(k + 1, 0x9e3779b9) >>> 0);
const MULTIPLIERS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, k) => (Math.imul(k + 7, 0x85ebca6b) | 1) >>> 0);

/** 32-bit FNV-1a of a word. */
function hashWord(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The signature of the texts (a report's paragraphs as plain text), or [] when they hold fewer
 * words than a shingle. Each slot is the least value one hash function gives any shingle, kept to
 * 30 bits so V8 stores it as a small integer.
 */
export function textFingerprint(texts: readonly string[]): number[] {
  const words = texts.join(" ").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < SHINGLE) return [];
  const hashes = words.map(hashWord);
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= hashes.length; i++) {
    let shingle = 0;
    for (let w = 0; w < SHINGLE; w++) shingle = (Math.imul(shingle, 31) + hashes[i + w]!) | 0;
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      let value = Math.imul(shingle ^ SEEDS[k]!, MULTIPLIERS[k]!);
      value ^= value >>> 15;
      value = Math.imul(value, 0x2c1b3c6d) >>> 0;
      if (value < signature[k]!) signature[k] = value;
    }
  }
  return Array.from(signature, (value) => value >>> 2);
}

/** The share of slots two signatures agree in: an estimate of their shingles' Jaccard similarity. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let k = 0; k < a.length; k++) if (a[k] === b[k]) same++;
  return same / a.length;
}
