// The site's single pages that show the archive as a whole: the home page (the newest reports, the
// entities most named of late, the years) and the date archive, each as the view-model its
// template shows (the entity lists are in indexes/entity-lists.ts, the API in site/json-api.ts).
import { summarize, type ArticleSummary } from "../indexes/article-summary.ts";
import { localDay } from "../indexes/build-date-index.ts";
import { summarizeEntity, type EntitySummary } from "../indexes/build-entity-index.ts";
import { dayLabel, MONTH_NAMES } from "../indexes/date-pages.ts";
import { KIND_TITLES, KINDS } from "../indexes/entity-lists.ts";
import { ARCHIVE_URL, dayUrl, formatYear, HOME_URL } from "../routes.ts";
import type { Archive, EntityKind } from "../types.ts";

/** How many reports the home page lists; the date archive holds the rest. */
export const HOME_LIMIT = 30;
/** The latest period, whose most named entities the home page shows: the 30 days to the newest report. */
export const ACTIVE_DAYS = 30;
/** How many entities of each kind it shows. */
const ACTIVE_SHOWN = 5;

export interface HomeView {
  url: string;
  total: number;
  /** The newest report, shown first and larger; null in an empty archive. */
  lead: ArticleSummary | null;
  /** The next newest, by the day each was filed under (its own zone), newest day first. */
  days: { label: string; url: string; articles: ArticleSummary[] }[];
  /** The entities named in most reports of the latest period ("until" its last day), per kind; null in an empty archive. */
  active: { until: string; kinds: { kind: EntityKind; title: string; entities: { entity: EntitySummary; reports: number }[] }[] } | null;
  /** Every year with reports, newest first, with its count. */
  years: { year: number; url: string; count: number }[];
}

export interface ArchiveView {
  url: string;
  /** Oldest first, with the months that have reports. */
  years: { year: number; url: string; count: number; months: { month: number; url: string; count: number }[] }[];
}

export function homeView(archive: Archive): HomeView {
  const latest = archive.articles.slice(0, HOME_LIMIT).map(summarize);
  const [lead = null, ...rest] = latest;
  const days: HomeView["days"] = [];
  for (const article of rest) {
    const day = localDay(article.published);
    const url = dayUrl(day.year, day.month, day.day);
    const last = days.at(-1);
    if (last?.url === url) last.articles.push(article);
    else days.push({ label: dayLabel(day), url, articles: [article] });
  }
  const years = archive.dates.years.map(({ year, url, count }) => ({ year, url, count })).reverse();
  return { url: HOME_URL, total: archive.articles.length, lead, days, active: lead ? activeEntities(archive, lead) : null, years };
}

/**
 * The entities of each kind named in most reports of the ACTIVE_DAYS to the newest report (the
 * newest report's time, not the build's: an archive that stopped in 2017 still shows what it was
 * about then). Ties go to the entity with more reports in the whole archive, then by name. Reads
 * only the period's reports, newest first, so a large archive costs no more than a small one.
 */
function activeEntities(archive: Archive, newest: ArticleSummary): NonNullable<HomeView["active"]> {
  const from = Date.parse(newest.published) - ACTIVE_DAYS * 24 * 60 * 60 * 1000;
  const counts = new Map<string, number>();
  for (const article of archive.articles) {
    if (Date.parse(article.published) <= from) break;
    for (const id of article.entityIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const entities = new Map(archive.entityPages.map((page) => [page.entity.id, page]));
  const name = (id: string) => entities.get(id)!.entity.name;
  const ranked = [...counts].sort(([a, x], [b, y]) => y - x || entities.get(b)!.reports.length - entities.get(a)!.reports.length || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : a < b ? -1 : 1));
  const kinds = KINDS.map((kind) => ({
    kind,
    title: KIND_TITLES[kind],
    entities: ranked
      .filter(([id]) => entities.get(id)!.entity.kind === kind)
      .slice(0, ACTIVE_SHOWN)
      .map(([id, reports]) => ({ entity: summarizeEntity(entities.get(id)!.entity), reports })),
  })).filter((k) => k.entities.length > 0);
  const { year, month, day } = localDay(newest.published);
  return { until: `${MONTH_NAMES[month - 1]} ${day}, ${formatYear(year)}`, kinds };
}

export function archiveView(archive: Archive): ArchiveView {
  const years = archive.dates.years.map(({ year, url, count, months }) => ({ year, url, count, months: months.map(({ month, url, count }) => ({ month, url, count })) }));
  return { url: ARCHIVE_URL, years };
}
