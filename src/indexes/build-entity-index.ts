// Build, once, what every entity page shows: its reports oldest to newest with the sentence that
// names it, the other spellings seen, and the entities most telling to find named alongside it.
import { foldName } from "../entities/normalize-name.ts";
import type { Entity, EntityKind, LinkedEntry } from "../types.ts";
import { byTime, summarize, type ArticleSummary } from "./article-summary.ts";

export interface EntitySummary {
  id: string;
  name: string;
  kind: EntityKind;
  url: string;
  wikidata: string | null;
  coordinates: [number, number] | null;
}

export interface EntityPage {
  entity: Entity;
  /**
   * Oldest first. `sentence` quotes the first mention; a report that does not name the entity in its
   * text is here because it was filed from it (dateline), is by it (source) or an editor tagged it.
   */
  reports: { article: ArticleSummary; sentence: string; mentions: number; role: "mention" | "dateline" | "source" | "declared" }[];
  /** Spellings as written in reports other than the entity's name, most used first. */
  spellings: { text: string; count: number }[];
  /** Entities named in the same reports, most telling first (companionScore), with the reports shared. */
  companions: { entity: EntitySummary; reports: number }[];
  mentionCount: number;
}

const COMPANIONS_SHOWN = 10;
/** Co-mentions are counted among an article's first entities only, so one huge report stays cheap. */
const COMPANION_WINDOW = 40;

export function summarizeEntity(entity: Entity): EntitySummary {
  return { id: entity.id, name: entity.name, kind: entity.kind, url: entity.url, wikidata: entity.wikidata, coordinates: entity.coordinates };
}

export function buildEntityIndex(linked: readonly LinkedEntry[], entities: readonly Entity[]): EntityPage[] {
  const pages = new Map<string, EntityPage>(entities.map((e) => [e.id, { entity: e, reports: [], spellings: [], companions: [], mentionCount: 0 }]));
  const spellings = new Map<string, Map<string, number>>();
  const companions = new Map<string, Map<string, number>>();
  for (const { entry: article, refs } of [...linked].sort((a, b) => byTime(a.entry, b.entry))) {
    const summary = summarize(article);
    for (const ref of refs) {
      const page = pages.get(ref.id)!;
      page.mentionCount += ref.mentions;
      page.reports.push({ article: summary, sentence: ref.sentence, mentions: ref.mentions, role: ref.role });
      const seen = spellings.get(ref.id) ?? new Map<string, number>();
      for (const [text, count] of ref.spellings) seen.set(text, (seen.get(text) ?? 0) + count);
      spellings.set(ref.id, seen);
    }
    countCompanions(article.entityIds.slice(0, COMPANION_WINDOW), companions);
  }
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const page of pages.values()) {
    // The name as the gazetteer writes it, in any case or with other hyphens, is not another spelling.
    const name = foldName(page.entity.name);
    page.spellings = ranked(spellings.get(page.entity.id))
      .filter(([text]) => foldName(text) !== name)
      .map(([text, count]) => ({ text, count }));
    const own = page.reports.length;
    const scored = [...(companions.get(page.entity.id) ?? [])].map(([id, shared]) => ({ id, shared, score: companionScore(shared, own, pages.get(id)!.reports.length) }));
    scored.sort((a, b) => b.score - a.score || b.shared - a.shared || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    page.companions = scored.slice(0, COMPANIONS_SHOWN).map(({ id, shared }) => ({ entity: summarizeEntity(byId.get(id)!), reports: shared }));
  }
  return [...pages.values()];
}

/**
 * How telling it is to find another entity named with this one: the reports they share over the
 * geometric mean of the reports naming each (the Ochiai, or cosine, coefficient), so the country an
 * archive is about, named in most reports, says little about any one town beside it, while a
 * neighbouring town named mostly alongside it says much. Times shared / (shared + 1): one shared
 * report is weaker evidence than several, so a name seen once does not outrank a steady companion
 * on a single coincidence.
 */
export function companionScore(shared: number, ownReports: number, otherReports: number): number {
  return (shared / Math.sqrt(ownReports * otherReports)) * (shared / (shared + 1));
}

function countCompanions(ids: readonly string[], into: Map<string, Map<string, number>>): void {
  for (const a of ids) {
    const counts = into.get(a) ?? new Map<string, number>();
    for (const b of ids) if (a !== b) counts.set(b, (counts.get(b) ?? 0) + 1);
    into.set(a, counts);
  }
}

/** Highest count first; ties alphabetically, so the order is the same on every build. */
function ranked(counts: Map<string, number> | undefined): [string, number][] {
  return [...(counts ?? new Map<string, number>())].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
