// JSON-LD for search engines, typed with schema-dts: NewsArticle on report pages, and Place,
// Person or Organization on entity pages, with sameAs Wikidata and geo where the gazetteer knows them.
import type { NewsArticle, Organization, Person, Place, Thing, WithContext } from "schema-dts";
import type { EntitySummary } from "../indexes/build-entity-index.ts";
import type { ArticleFacts, Entity } from "../types.ts";
import { absoluteUrl, type SiteOptions } from "./site-options.ts";

type EntityFacts = Pick<Entity, "id" | "kind" | "name" | "url" | "wikidata" | "coordinates"> & Partial<Pick<Entity, "description">>;

/** An entity as a schema.org thing; its page URL is its @id (when the site builds entity pages). */
export function entityThing(site: SiteOptions, entity: EntityFacts): Place | Person | Organization {
  const page = site.parts.entities ? absoluteUrl(site, entity.url) : null;
  const base = {
    ...(page ? { "@id": page } : {}),
    name: entity.name,
    ...(page ? { url: page } : {}),
    ...(entity.description ? { description: entity.description } : {}),
    ...(entity.wikidata ? { sameAs: `https://www.wikidata.org/wiki/${entity.wikidata}` } : {}),
  };
  if (entity.kind === "person") return { "@type": "Person", ...base };
  if (entity.kind === "organization") return { "@type": "Organization", ...base };
  const geo = entity.coordinates ? { geo: { "@type": "GeoCoordinates" as const, latitude: entity.coordinates[0], longitude: entity.coordinates[1] } } : {};
  return { "@type": "Place", ...base, ...geo };
}

function mentionOf(site: SiteOptions, entity: EntityFacts): Thing {
  const { "@type": type, "@id": id, name, sameAs, geo } = entityThing(site, entity) as { "@type": "Place"; "@id"?: string; name: string; sameAs?: string; geo?: object };
  return { "@type": type, ...(id ? { "@id": id } : {}), name, ...(sameAs ? { sameAs } : {}), ...(geo ? { geo } : {}) } as Thing;
}

/** The JSON-LD of an entity page. */
export function entityJsonLd(site: SiteOptions, entity: EntityFacts): object {
  return { "@context": "https://schema.org", ...(entityThing(site, entity) as object) };
}

/**
 * Commas and "and" between names. `(?<!\s)` starts a match only where a run of space begins: without
 * it the search tried `\s+and` from every space of a long run, each time to the run's end (quadratic).
 */
const NAME_SEPARATOR = /,\s*|(?<!\s)\s+(?:and|&)\s+/;

/** "Tom Perry and Ellen Francis" -> two authors. */
function authors(byline: string): Person[] {
  return byline.split(NAME_SEPARATOR).filter(Boolean).map((name) => ({ "@type": "Person", name }));
}

export function newsArticle(
  site: SiteOptions,
  article: ArticleFacts,
  entities: ReadonlyMap<string, EntitySummary>,
): WithContext<NewsArticle> {
  const facts = (id: string | null): EntityFacts | undefined => (id ? entities.get(id) : undefined);
  const source = facts(article.sourceEntity);
  const place = facts(article.datelineEntity);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": absoluteUrl(site, article.url),
    url: absoluteUrl(site, article.url),
    mainEntityOfPage: absoluteUrl(site, article.url),
    headline: article.headline,
    description: article.summary,
    // A report known only to the day gets just the day, not a made-up midnight.
    datePublished: article.precision === "day" ? article.published.slice(0, 10) : article.published,
    ...(article.updated ? { dateModified: article.updated.precision === "day" ? article.updated.at.slice(0, 10) : article.updated.at } : {}),
    ...(article.corrections ? { correction: article.corrections.map((c) => ({ "@type": "CorrectionComment" as const, text: c.note, datePublished: c.date })) } : {}),
    inLanguage: site.language,
    wordCount: article.wordCount,
    ...(article.dateline ? { dateline: article.dateline.text } : {}),
    ...(article.byline ? { author: authors(article.byline) } : {}),
    ...(article.source ? { sourceOrganization: source ? (entityThing(site, source) as Organization) : { "@type": "Organization", name: article.source } } : {}),
    ...(article.dateline ? { locationCreated: place ? (entityThing(site, place) as Place) : { "@type": "Place", name: article.dateline.place } } : {}),
    // Mentions are compact: type, @id (the entity page, where its full data is), sameAs and geo.
    mentions: article.entityIds
      .map((id) => facts(id))
      .filter((e): e is EntityFacts => e !== undefined)
      .map((e) => mentionOf(site, e)),
  };
}

/** JSON for a <script type="application/ld+json"> block: "<" escaped so text can never close it. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
