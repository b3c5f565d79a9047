// Turn a time zone as an editor or a date line writes it into a zone luxon knows, or null.
import { Info } from "luxon";

// Abbreviations seen in wire date lines. A daylight-time abbreviation names a fixed offset, not a
// region, so it maps to one; the generic US names map to their region's IANA zone. Ambiguous ones
// (IST, AST, CST in Asia) are left out on purpose: they need `timezone:` in the front matter.
const ABBREVIATIONS: Record<string, string> = {
  UTC: "UTC", GMT: "UTC", Z: "UTC",
  BST: "UTC+1", CET: "UTC+1", CEST: "UTC+2", EET: "UTC+2", EEST: "UTC+3", MSK: "UTC+3",
  EST: "UTC-5", EDT: "UTC-4", CST: "UTC-6", CDT: "UTC-5", MST: "UTC-7", MDT: "UTC-6", PST: "UTC-8", PDT: "UTC-7",
  ET: "America/New_York", CT: "America/Chicago", MT: "America/Denver", PT: "America/Los_Angeles",
  JST: "UTC+9", AEST: "UTC+10", AEDT: "UTC+11",
};

/** An IANA name ("America/Edmonton"), a fixed offset ("UTC+3", "GMT-6") or a known abbreviation. */
export function resolveZoneName(name: string): string | null {
  // Every report names one of a few zones: each is worked out once (Intl is slow to ask).
  let resolved = resolvedZones.get(name);
  if (resolved === undefined) {
    resolved = resolveZone(name);
    if (resolvedZones.size < 10_000) resolvedZones.set(name, resolved);
  }
  return resolved;
}

const resolvedZones = new Map<string, string | null>();

function resolveZone(name: string): string | null {
  const trimmed = name.trim();
  // "local" and "system" would make the output depend on the machine that builds it.
  if (/^(local|system)$/i.test(trimmed)) return null;
  const known = ABBREVIATIONS[trimmed.toUpperCase()];
  if (known) return known;
  // Any other abbreviation is not passed on: ICU reads "IST" as India, "AST" as Alaska and "ART" as Egypt.
  if (/^[A-Za-z]{2,5}$/.test(trimmed)) return null;
  const offset = /^(?:UTC|GMT)\s*([+-]\d{1,2}(?::\d{2})?)$/i.exec(trimmed);
  const candidate = offset ? `UTC${offset[1]}` : trimmed;
  const zone = Info.normalizeZone(candidate);
  if (!zone?.isValid) return null;
  // Real offsets run from UTC-12 to UTC+14.
  if (zone.type === "fixed" && Math.abs(zone.offset(0)) > 14 * 60) return null;
  // Spell an IANA zone the way the time zone database does ("america/edmonton" -> "America/Edmonton").
  return zone.type === "iana" ? new Intl.DateTimeFormat("en-US", { timeZone: zone.name }).resolvedOptions().timeZone : zone.name;
}
