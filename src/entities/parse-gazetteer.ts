// Parse and check the gazetteer (content/entities/*.yaml): entities with the file and line of each,
// and every problem at once: bad YAML, unknown kinds, bad coordinates, duplicate ids and aliases,
// markup in names (an error) and aliases that are common words (a warning).
import { isMap, isScalar, isSeq, type Node } from "yaml";
import { z } from "zod";
import { problems } from "../diagnostics/catalog.ts";
import { MAX_SLUG_LENGTH } from "../indexes/slug.ts";
import { entityUrl, RESERVED_ENTITY_IDS } from "../routes.ts";
import { findControlCharacters } from "../parse/find-control-characters.ts";
import { mappingEntries, plainObject, readYaml } from "../parse/read-yaml.ts";
import { resolveZoneName } from "../parse/resolve-zone.ts";
import type { GazetteerFile } from "../read/read-content.ts";
import type { Diagnostic, Entity, EntityKind } from "../types.ts";
import { closest, distance } from "fastest-levenshtein";
import { hasErrors } from "../diagnostics/format-diagnostics.ts";
import { checkEntityText } from "./check-entity-text.ts";
import { articleVariants, foldName, stripArticle } from "./normalize-name.ts";

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const entrySchema = z
  .object({
    // The id is a URL segment: a file name holds 255 bytes, and slugs stop at MAX_SLUG_LENGTH.
    id: z.string().regex(ID).max(MAX_SLUG_LENGTH).refine((id) => !RESERVED_ENTITY_IDS.has(id)),
    kind: z.enum(["place", "person", "organization"]),
    name: z.string().trim().min(1),
    aliases: z.array(z.union([z.string(), z.number()]).transform(String)).default([]),
    adjectives: z.array(z.string()).default([]),
    description: z.string().trim().min(1),
    coordinates: z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]).optional(),
    // A place's IANA zone: the zone its reports are shown and filed in when their copy states another.
    timezone: z.string().trim().refine((zone) => zone.includes("/") && resolveZoneName(zone) === zone).optional(),
    wikidata: z.string().regex(/^Q[1-9]\d*$/).optional(),
    wikidata_source: z.string().trim().min(1).optional(),
  })
  .strict();

const FIELDS = Object.keys(entrySchema.shape);

const EXPECTED: Record<string, string> = {
  id: `lowercase letters, digits and hyphens, at most ${MAX_SLUG_LENGTH} of them (e.g. qaryatayn), other than ${[...RESERVED_ENTITY_IDS].join(", ")} (a list page's address)`,
  kind: "place, person or organization",
  name: "the entity's name",
  aliases: "a list of spellings",
  adjectives: "a list of adjectives such as Russian",
  description: "one line of text",
  timezone: "a time zone name such as Asia/Beirut (an IANA zone, not an abbreviation or an offset)",
  wikidata: "a Wikidata id such as Q858",
  wikidata_source: "a note saying where the Wikidata id was confirmed",
};

export function parseGazetteer(files: readonly GazetteerFile[]): { entities: Entity[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  // Where each spelling is written, so a clash points at the alias's own line.
  const spellingLinesOf = new Map<Entity, Map<string, number>>();
  const entities: Entity[] = [];
  for (const file of files) {
    const control = findControlCharacters(file.text);
    // Written into the file itself (not through a YAML escape): the file is not read further.
    if (control) {
      diagnostics.push(problems.controlCharacter({ file: file.path, line: control.line }, control.name, control.lineText, control.moreLines));
      continue;
    }
    const { doc, lineCounter, problems: yamlProblems } = readYaml(file.text);
    const lineOf = (node: Node | null | undefined, fallback = 1) => (node?.range ? lineCounter.linePos(node.range[0]).line : fallback);
    if (yamlProblems.length > 0) {
      for (const p of yamlProblems) diagnostics.push(problems.gazetteerInvalid({ file: file.path, line: lineCounter.linePos(p.offset).line }, p.reason));
      continue;
    }
    if (doc.contents === null) continue; // an empty file: nothing to add
    if (!isSeq(doc.contents)) {
      diagnostics.push(problems.gazetteerNotList({ file: file.path, line: lineOf(doc.contents) }));
      continue;
    }
    for (const item of doc.contents.items) {
      const line = lineOf(item as Node);
      if (!isMap(item)) {
        diagnostics.push(problems.entityNotMapping({ file: file.path, line }, isScalar(item) ? item.value : item));
        continue;
      }
      const entries = mappingEntries(item);
      const fieldLines = new Map<string, number>();
      const spellingLines = new Map<string, number>();
      for (const { key: field, keyNode, valueNode } of entries) {
        const fieldLine = lineOf(keyNode, line);
        if (!fieldLines.has(field)) fieldLines.set(field, fieldLine);
        if (field === "name" && isScalar(valueNode)) spellingLines.set(String(valueNode.value), fieldLine);
        if ((field === "aliases" || field === "adjectives") && isSeq(valueNode)) {
          for (const alias of valueNode.items) if (isScalar(alias) && !spellingLines.has(String(alias.value))) spellingLines.set(String(alias.value), lineOf(alias as Node, line));
        }
      }
      const parsed = checkEntry(plainObject(entries), { file: file.path, line }, fieldLines, spellingLines);
      diagnostics.push(...parsed.diagnostics);
      if (parsed.entity) {
        entities.push(parsed.entity);
        spellingLinesOf.set(parsed.entity, spellingLines);
      }
    }
  }
  diagnostics.push(...checkUnique(entities, spellingLinesOf));
  return { entities, diagnostics };
}

function checkEntry(raw: Record<string, unknown>, at: { file: string; line: number }, fieldLines: ReadonlyMap<string, number>, spellingLines: ReadonlyMap<string, number>) {
  const diagnostics: Diagnostic[] = [];
  const fieldAt = (field: string) => ({ file: at.file, line: fieldLines.get(field) ?? at.line });
  const result = entrySchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) {
          const near = closest(key, FIELDS);
          diagnostics.push(problems.entityFieldUnknown(fieldAt(key), key, FIELDS, distance(key, near) <= 2 ? near : null));
        }
        continue;
      }
      const field = String(issue.path[0]);
      const value = raw[field];
      if (field === "kind" && value !== undefined && value !== null) diagnostics.push(problems.entityKindUnknown(fieldAt(field), value));
      else if (field === "coordinates") diagnostics.push(problems.entityCoordinatesInvalid(fieldAt(field), value));
      else diagnostics.push(problems.entityFieldInvalid(fieldAt(field), field, value, EXPECTED[field] ?? "a valid value"));
    }
    return { entity: null, diagnostics: dedupe(diagnostics) };
  }
  const entry = result.data;
  if (entry.coordinates && entry.kind !== "place") {
    diagnostics.push(problems.entityCoordinatesNotPlace(fieldAt("coordinates"), entry.coordinates, entry.kind));
  }
  if (entry.timezone && entry.kind !== "place") {
    diagnostics.push(problems.entityTimezoneNotPlace(fieldAt("timezone"), entry.timezone, entry.kind));
  }
  for (const alias of entry.aliases.filter((a) => a.trim() !== "")) {
    // An alias without a letter or digit (or a bare "al") would match everywhere, or nowhere.
    if (!/[\p{L}\p{N}]/u.test(stripArticle(foldName(alias)).replace(/^(al|el)$/, ""))) {
      diagnostics.push(problems.entityFieldInvalid(fieldAt("aliases"), "aliases", alias, "a list of spellings with letters in them"));
    }
  }
  for (const adjective of entry.adjectives) {
    // Matched as written, so it must be one capitalised word or a few: "Russian", "South Sudanese".
    if (!/^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*$/u.test(adjective.trim())) {
      diagnostics.push(problems.entityFieldInvalid(fieldAt("adjectives"), "adjectives", adjective, EXPECTED.adjectives!));
    }
  }
  // An alias or adjective is pointed at on its own line; a name or description at its field.
  const lineOf = (field: string, value: string) => (field === "aliases" || field === "adjectives" ? { file: at.file, line: spellingLines.get(value) ?? fieldAt(field).line } : fieldAt(field));
  diagnostics.push(...checkEntityText(entry, lineOf));
  if (entry.wikidata && !entry.wikidata_source) {
    diagnostics.push(problems.entityFieldInvalid(fieldAt("wikidata"), "wikidata_source", undefined, EXPECTED.wikidata_source!));
  }
  const entity: Entity = {
    id: entry.id,
    kind: entry.kind,
    name: entry.name,
    aliases: entry.aliases.map((a) => a.trim()).filter(Boolean),
    adjectives: entry.adjectives.map((a) => a.trim()),
    description: entry.description,
    coordinates: entry.coordinates ?? null,
    timezone: entry.timezone ?? null,
    wikidata: entry.wikidata ?? null,
    wikidataSource: entry.wikidata_source ?? null,
    url: entityUrl(entry),
    sourcePath: at.file,
    line: at.line,
  };
  // Warnings keep the entity; an error leaves it out (the build stops anyway).
  return { entity: hasErrors(diagnostics) ? null : entity, diagnostics };
}

/** Zod reports a missing field and its type separately; one message per field is enough. */
function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => !seen.has(`${d.line}:${d.message}`) && seen.add(`${d.line}:${d.message}`));
}

/** Ids are unique; no spelling (after folding, with or without a leading article) names two entities. */
function checkUnique(entities: readonly Entity[], spellingLines: Map<Entity, Map<string, number>>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const ids = new Map<string, Entity>();
  const owners = new Map<string, { entity: Entity; spelling: string }>();
  for (const entity of entities) {
    const sameId = ids.get(entity.id);
    if (sameId) {
      // The same entry twice: one message about the id says it all.
      diagnostics.push(problems.entityDuplicateId({ file: entity.sourcePath, line: entity.line }, entity.id, `${sameId.sourcePath}:${sameId.line}`));
      continue;
    }
    ids.set(entity.id, entity);
    for (const spelling of [entity.name, ...entity.aliases, ...entity.adjectives]) {
      for (const key of articleVariants(foldName(spelling))) {
        const owner = owners.get(key);
        if (owner && owner.entity !== entity) {
          const at = { file: entity.sourcePath, line: spellingLines.get(entity)?.get(spelling) ?? entity.line };
          const otherAt = `${owner.entity.sourcePath}:${spellingLines.get(owner.entity)?.get(owner.spelling) ?? owner.entity.line}`;
          diagnostics.push(problems.entityAliasConflict(at, spelling, entity.id, owner.spelling, owner.entity.id, otherAt));
          break;
        }
        if (!owner) owners.set(key, { entity, spelling });
      }
    }
  }
  return diagnostics;
}
