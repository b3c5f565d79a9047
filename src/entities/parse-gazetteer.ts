// Parse and check the gazetteer (content/entities/*.yaml): entities with the file and line of each,
// and every problem at once: bad YAML, unknown kinds, bad coordinates, duplicate ids and aliases.
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from "yaml";
import { z } from "zod";
import { problems } from "../diagnostics/catalog.ts";
import type { GazetteerFile } from "../read/read-content.ts";
import type { Diagnostic, Entity, EntityKind } from "../types.ts";
import { articleVariants, foldName } from "./normalize-name.ts";

export const KIND_FOLDERS: Record<EntityKind, string> = { place: "places", person: "people", organization: "organizations" };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const entrySchema = z
  .object({
    id: z.string().regex(ID),
    kind: z.enum(["place", "person", "organization"]),
    name: z.string().trim().min(1),
    aliases: z.array(z.union([z.string(), z.number()]).transform(String)).default([]),
    description: z.string().trim().min(1),
    coordinates: z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]).optional(),
    wikidata: z.string().regex(/^Q[1-9]\d*$/).optional(),
    wikidata_source: z.string().trim().min(1).optional(),
  })
  .strict();

const EXPECTED: Record<string, string> = {
  id: "lowercase letters, digits and hyphens (e.g. qaryatayn)",
  name: "the entity's name",
  aliases: "a list of spellings",
  description: "one line of text",
  wikidata: "a Wikidata id such as Q858",
  wikidata_source: "a note saying where the Wikidata id was confirmed",
};

export function parseGazetteer(files: readonly GazetteerFile[]): { entities: Entity[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const entities: Entity[] = [];
  for (const file of files) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(file.text, { lineCounter, prettyErrors: false });
    const lineOf = (node: Node | null | undefined, fallback = 1) => (node?.range ? lineCounter.linePos(node.range[0]).line : fallback);
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        diagnostics.push(problems.gazetteerInvalid({ file: file.path, line: lineCounter.linePos(error.pos[0]).line }, error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")));
      }
      continue;
    }
    if (doc.contents === null) continue; // an empty file: nothing to add
    if (!isSeq(doc.contents)) {
      diagnostics.push(problems.entityNotMapping({ file: file.path, line: lineOf(doc.contents) }, doc.toJS()));
      continue;
    }
    for (const item of doc.contents.items) {
      const line = lineOf(item as Node);
      if (!isMap(item)) {
        diagnostics.push(problems.entityNotMapping({ file: file.path, line }, isScalar(item) ? item.value : item));
        continue;
      }
      const fieldLines: Record<string, number> = {};
      for (const pair of item.items) if (isScalar(pair.key)) fieldLines[String(pair.key.value)] = lineOf(pair.key as Node, line);
      const parsed = checkEntry(item.toJSON() as Record<string, unknown>, { file: file.path, line }, fieldLines);
      diagnostics.push(...parsed.diagnostics);
      if (parsed.entity) entities.push(parsed.entity);
    }
  }
  diagnostics.push(...checkUnique(entities));
  return { entities, diagnostics };
}

function checkEntry(raw: Record<string, unknown>, at: { file: string; line: number }, fieldLines: Record<string, number>) {
  const diagnostics: Diagnostic[] = [];
  const fieldAt = (field: string) => ({ file: at.file, line: fieldLines[field] ?? at.line });
  const result = entrySchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) diagnostics.push(problems.entityFieldInvalid(fieldAt(key), key, raw[key], `one of the known fields (${Object.keys(entrySchema.shape).join(", ")})`));
        continue;
      }
      const field = String(issue.path[0]);
      if (field === "kind") diagnostics.push(problems.entityKindUnknown(fieldAt(field), raw.kind));
      else if (field === "coordinates") diagnostics.push(problems.entityCoordinatesInvalid(fieldAt(field), raw.coordinates, "are not a [latitude, longitude] pair in range"));
      else diagnostics.push(problems.entityFieldInvalid(fieldAt(field), field, raw[field], EXPECTED[field] ?? "valid"));
    }
    return { entity: null, diagnostics: dedupe(diagnostics) };
  }
  const entry = result.data;
  if (entry.coordinates && entry.kind !== "place") {
    diagnostics.push(problems.entityCoordinatesInvalid(fieldAt("coordinates"), entry.coordinates, `are given for a ${entry.kind}; only places have coordinates`));
  }
  if (entry.wikidata && !entry.wikidata_source) {
    diagnostics.push(problems.entityFieldInvalid(fieldAt("wikidata"), "wikidata_source", undefined, EXPECTED.wikidata_source!));
  }
  const entity: Entity = {
    id: entry.id,
    kind: entry.kind,
    name: entry.name,
    aliases: entry.aliases.map((a) => a.trim()).filter(Boolean),
    description: entry.description,
    coordinates: entry.coordinates ?? null,
    wikidata: entry.wikidata ?? null,
    wikidataSource: entry.wikidata_source ?? null,
    url: `/${KIND_FOLDERS[entry.kind]}/${entry.id}/`,
    sourcePath: at.file,
    line: at.line,
  };
  return { entity: diagnostics.length > 0 ? null : entity, diagnostics };
}

/** Zod reports a missing field and its type separately; one message per field is enough. */
function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => !seen.has(`${d.line}:${d.message}`) && seen.add(`${d.line}:${d.message}`));
}

/** Ids are unique; no spelling (after folding, with or without a leading article) names two entities. */
function checkUnique(entities: readonly Entity[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const ids = new Map<string, Entity>();
  const owners = new Map<string, Entity>();
  for (const entity of entities) {
    const at = { file: entity.sourcePath, line: entity.line };
    const sameId = ids.get(entity.id);
    if (sameId) diagnostics.push(problems.entityDuplicateId(at, entity.id, `${sameId.sourcePath}:${sameId.line}`));
    else ids.set(entity.id, entity);
    for (const spelling of [entity.name, ...entity.aliases]) {
      for (const key of articleVariants(foldName(spelling))) {
        const owner = owners.get(key);
        if (owner && owner !== entity) {
          diagnostics.push(problems.entityAliasConflict(at, spelling, entity.id, owner.id, `${owner.sourcePath}:${owner.line}`));
          break;
        }
        owners.set(key, entity);
      }
    }
  }
  return diagnostics;
}
