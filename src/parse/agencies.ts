// Spell a news agency's name one way, whichever way a byline, dateline, masthead or footer writes it.

/** Canonical name -> the ways copy writes it (lowercase, spaces squeezed). */
const SPELLINGS: Record<string, readonly string[]> = {
  "The Associated Press": ["ap", "associated press", "the associated press", "ap news"],
  Reuters: ["reuters", "thomson reuters"],
  "Agence France-Presse": ["afp", "agence france-presse", "agence france presse"],
  "Deutsche Presse-Agentur": ["dpa", "deutsche presse-agentur", "dpa international"],
  "Deutsche Welle": ["dw", "dw news", "deutsche welle"],
  "United Press International": ["upi", "united press international"],
  Xinhua: ["xinhua", "xinhua news agency"],
  "Anadolu Agency": ["anadolu", "anadolu agency", "aa"],
  SANA: ["sana"],
  "Kyodo News": ["kyodo news", "kyodo"],
  "Press Trust of India": ["pti", "press trust of india"],
  EFE: ["efe", "agencia efe"],
  ANSA: ["ansa", "ansa english", "redazione ansa"],
  "The Canadian Press": ["the canadian press", "canadian press", "cp"],
  "Al Jazeera": ["al jazeera", "al jazeera english"],
  TASS: ["tass"],
  Yonhap: ["yonhap", "yonhap news", "yonhap news agency"],
  Bernama: ["bernama"],
  Antara: ["antara", "antara news"],
  "Kuwait News Agency": ["kuna", "kuwait news agency"],
  WAFA: ["wafa"],
  "Prensa Latina": ["prensa latina"],
  Ukrinform: ["ukrinform"],
  // Publishers whose reports other sites carry, named as a source line under the headline.
  "The Guardian": ["the guardian", "guardian"],
  "The New York Times": ["the new york times", "new york times"],
  "The Washington Post": ["the washington post", "washington post"],
  BBC: ["bbc", "bbc news"],
  Bloomberg: ["bloomberg", "bloomberg news"],
};

const AGENCIES = new Map(Object.entries(SPELLINGS).flatMap(([name, spellings]) => spellings.map((s) => [s, name] as const)));

const key = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

/** The canonical name of a known agency, or the name as written (trimmed) when it is not known. */
export function normalizeAgency(name: string): string {
  return AGENCIES.get(key(name)) ?? name.trim().replace(/\s+/g, " ");
}

/** The canonical name when `name` is a known agency ("AP", "dpa International"), else null. */
export function knownAgency(name: string): string | null {
  // No agency's name is longer: a sentence is not looked up.
  if (name.length > 60) return null;
  return AGENCIES.get(key(name)) ?? null;
}
