// Common transliteration variants of a name, so the gazetteer need not list every way copy spells
// it: Kharkiv / Kharkov, Mykolaiv / Mykolayiv, Nasiriyah / Nasiriya, Zelenskyy / Zelenskiy,
// El Fasher / Al-Fashir, Hezbollah / Hizbollah. Each rule rewrites a folded spelling (lowercase,
// spaces for dashes); the variants are every combination of the rules that apply.

interface VariantRule {
  /** What the rule rewrites; `g` so every occurrence changes at once. */
  from: RegExp;
  to: string;
}

export const VARIANT_RULES: readonly VariantRule[] = [
  // Ukrainian and Russian forms of one name: -iv / -ov.
  { from: /iv\b/g, to: "ov" },
  // ai / ay / ei: Mykolaiv, Mykolayiv; Qaryatain, Qaryatayn, Qaryatein.
  { from: /ai(?=[^aeiouyv]|\b)/g, to: "ay" },
  { from: /ai(?=v)/g, to: "ayi" },
  { from: /ay(?=[^aeiouy]|\b)/g, to: "ai" },
  { from: /ei(?=[^aeiouy]|\b)/g, to: "ai" },
  // A final h after a vowel: Nasiriyah, Nasiriya; Raqqah, Raqqa.
  { from: /(?<=\p{L}{3}[aeiou])h\b/gu, to: "" },
  // -yy / -iy / -y at the end: Zelenskyy, Zelenskiy, Zelensky.
  { from: /yy\b/g, to: "iy" },
  { from: /(?<!i)y\b/g, to: "iy" },
  // e / i inside a longer word: Fasher, Fashir; Hezbollah, Hizbollah.
  { from: /(?<=\p{L})e(?=\p{L})/gu, to: "i" },
  // q / k, ou / u, ee / i, a doubled letter single.
  { from: /q/g, to: "k" },
  { from: /ou/g, to: "u" },
  { from: /ee/g, to: "i" },
  { from: /(\p{L})\1/gu, to: "$1" },
];

/** At most this many variants a spelling: the rules combine, and a long name could make thousands. */
const MAX_VARIANTS = 64;
/** Shorter names are left alone: a rule turns "Iran" into "Iron". */
const MIN_LENGTH = 5;

/** The folded spelling's variants, itself excluded. */
export function spellingVariants(key: string): string[] {
  if (key.replace(/ /g, "").length < MIN_LENGTH) return [];
  let variants = new Set([key]);
  for (const rule of VARIANT_RULES) {
    const next = new Set(variants);
    for (const variant of variants) {
      if (next.size >= MAX_VARIANTS) break;
      next.add(variant.replace(rule.from, rule.to));
    }
    variants = next;
  }
  variants.delete(key);
  return [...variants].filter((v) => v.replace(/ /g, "").length >= MIN_LENGTH);
}
