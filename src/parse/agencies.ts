// Spell a news agency's name one way, whichever way a byline or dateline abbreviates it.

const AGENCIES: Record<string, string> = {
  ap: "The Associated Press",
  "associated press": "The Associated Press",
  "the associated press": "The Associated Press",
  reuters: "Reuters",
  "thomson reuters": "Reuters",
  afp: "Agence France-Presse",
  "agence france-presse": "Agence France-Presse",
  "agence france presse": "Agence France-Presse",
  dpa: "Deutsche Presse-Agentur",
  "deutsche presse-agentur": "Deutsche Presse-Agentur",
  upi: "United Press International",
  "united press international": "United Press International",
  xinhua: "Xinhua",
  anadolu: "Anadolu Agency",
  "anadolu agency": "Anadolu Agency",
  sana: "SANA",
  "kyodo news": "Kyodo News",
  kyodo: "Kyodo News",
};

/** The canonical name of a known agency, or the name as written (trimmed) when it is not known. */
export function normalizeAgency(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, " ");
  return AGENCIES[trimmed.toLowerCase()] ?? trimmed;
}
