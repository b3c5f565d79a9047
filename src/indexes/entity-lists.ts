// The index pages of entities: one list per kind, in two orders (by name, and by number of reports).
import type { EntityKind } from "../types.ts";
import { entityListUrl, type ListOrder } from "../routes.ts";
import { summarizeEntity, type EntityPage, type EntitySummary } from "./build-entity-index.ts";

export interface EntityListPage {
  kind: EntityKind;
  order: ListOrder;
  title: string;
  url: string;
  /** The same list in the other order, for the "sort by" links. */
  urls: Record<ListOrder, string>;
  rows: { entity: EntitySummary; reports: number }[];
}

export const KIND_TITLES: Record<EntityKind, string> = { place: "Places", person: "People", organization: "Organizations" };
export const KINDS: readonly EntityKind[] = ["place", "person", "organization"];

/** Every kind's list in both orders, names sorted as `language` sorts them. */
export function buildEntityLists(pages: readonly EntityPage[], language: string): EntityListPage[] {
  const collator = new Intl.Collator(language, { sensitivity: "base", numeric: true });
  return KINDS.flatMap((kind) => {
    const rows = pages
      .filter((p) => p.entity.kind === kind)
      .map((p) => ({ entity: summarizeEntity(p.entity), reports: p.reports.length }))
      .sort((a, b) => collator.compare(a.entity.name, b.entity.name) || (a.entity.id < b.entity.id ? -1 : 1));
    const urls: Record<ListOrder, string> = { name: entityListUrl(kind, "name"), reports: entityListUrl(kind, "reports") };
    const byReports = [...rows].sort((a, b) => b.reports - a.reports || collator.compare(a.entity.name, b.entity.name));
    return [
      { kind, order: "name" as const, title: KIND_TITLES[kind], url: urls.name, urls, rows },
      { kind, order: "reports" as const, title: `${KIND_TITLES[kind]} by number of reports`, url: urls.reports, urls, rows: byReports },
    ];
  });
}
