// Compile the gazetteer once into one Aho-Corasick automaton over every folded spelling, so finding
// mentions is a single pass over each text, whatever the size of the gazetteer.
import { AhoCorasick } from "@monyone/aho-corasick/fast";
import type { Entity, EntityKind } from "../types.ts";
import { COMMON_WORDS } from "./common-words.ts";
import { articleVariants, foldName, isCaseSensitive, stripArticle } from "./normalize-name.ts";
import { spellingVariants } from "./spelling-variants.ts";

export interface Spelling {
  entity: string;
  kind: EntityKind;
  /** As the editor wrote it; case-sensitive spellings must appear exactly so (dashes and spaces aside). */
  written: string;
  caseSensitive: boolean;
  /** An adjective of the entity ("Russian"), matched as written and never linked. */
  adjective: boolean;
}

export interface EntityMatcher {
  automaton: AhoCorasick;
  /** Folded key -> the spelling it stands for. */
  spellings: Map<string, Spelling>;
  /**
   * A place -> the province (governorate, region, oblast) named after it, where the gazetteer has
   * one: "Kherson" -> kherson-oblast, found from the province's spellings ("Kherson province").
   */
  provinceOf: Map<string, string>;
}

const PROVINCE_SPELLING = /^(?:(?:province|governorate|region|oblast) of (?:the )?(?<after>.+)|(?<before>.+?) (?:province|governorate|region|oblast))$/;

export function buildMatcher(entities: readonly Entity[]): EntityMatcher {
  const spellings = new Map<string, Spelling>();
  // Names and aliases first: they win over any variant.
  for (const entity of entities) {
    for (const written of [entity.name, ...entity.aliases]) {
      const caseSensitive = isCaseSensitive(written);
      const key = foldName(written);
      // An acronym is matched as written only: "al-IS" is not a spelling anyone uses.
      for (const variant of caseSensitive ? [key] : articleVariants(key)) {
        if (!spellings.has(variant)) spellings.set(variant, { entity: entity.id, kind: entity.kind, written, caseSensitive, adjective: false });
      }
    }
  }
  // Transliteration variants (Kharkov for Kharkiv, Al-Fashir for El Fasher: spelling-variants.ts),
  // where no name or alias spells them and they are no common word. One that two entities would
  // share names neither.
  const variants = new Map<string, Spelling | null>();
  for (const entity of entities) {
    for (const written of [entity.name, ...entity.aliases]) {
      if (isCaseSensitive(written)) continue;
      for (const variant of spellingVariants(stripArticle(foldName(written))).flatMap((v) => articleVariants(v))) {
        if (spellings.has(variant) || COMMON_WORDS.has(variant)) continue;
        const other = variants.get(variant);
        if (other === undefined) variants.set(variant, { entity: entity.id, kind: entity.kind, written, caseSensitive: false, adjective: false });
        else if (other && other.entity !== entity.id) variants.set(variant, null);
      }
    }
  }
  for (const [variant, spelling] of variants) if (spelling) spellings.set(variant, spelling);
  for (const entity of entities) {
    // "Russian" is an adjective, "russian" in running text is not written: matched as written.
    for (const written of entity.adjectives) {
      const key = foldName(written);
      if (!spellings.has(key)) spellings.set(key, { entity: entity.id, kind: entity.kind, written, caseSensitive: true, adjective: true });
    }
  }
  const provinceOf = new Map<string, string>();
  for (const [key, spelling] of spellings) {
    const groups = PROVINCE_SPELLING.exec(key)?.groups;
    const base = groups && spellings.get(groups.after ?? groups.before!);
    if (base && base.entity !== spelling.entity && !base.adjective && !provinceOf.has(base.entity)) provinceOf.set(base.entity, spelling.entity);
  }
  return { automaton: new AhoCorasick([...spellings.keys()]), spellings, provinceOf };
}
