// The catalog of content problems: one constructor per kind, so every message reads the same way.
import type { CommonSpelling } from "../entities/common-words.ts";
import type { MarkupFound } from "../entities/find-markup.ts";
import type { NotOneLine } from "../parse/find-control-characters.ts";
import { plural } from "../plural.ts";
import type { SystemError } from "../system-error.ts";
import type { Diagnostic, RuleId } from "../types.ts";

/** A value found near where it was missing, and where: "The file name", "The address on line 3". */
export interface Nearby {
  value: string;
  where: string;
}

interface Place {
  file: string;
  line?: number | undefined;
}

function problem(rule: RuleId, at: Place, message: string, hint: string): Diagnostic {
  const diagnostic: Diagnostic = { file: at.file, rule, severity: "error", message, hint };
  if (at.line !== undefined) diagnostic.line = at.line;
  return diagnostic;
}

/** A problem worth fixing that does not stop the build. */
function warning(rule: RuleId, at: Place, message: string, hint: string): Diagnostic {
  return { ...problem(rule, at, message, hint), severity: "warning" };
}

const DATE_EXAMPLES = "2017-10-21 or 2017-10-21T04:45:00-06:00";

/** How much of a user's value a message repeats. */
const QUOTED_LENGTH = 80;
/** How much of a YAML parser's reason a message repeats: a reason can quote a tag or alias from the file. */
const REASON_LENGTH = 200;

/** Quote a user's value the way messages repeat it: JSON-style, shortened when long. */
export function quote(value: unknown): string {
  return JSON.stringify(shorten(typeof value === "string" ? value : asJson(value), QUOTED_LENGTH));
}

/** A value as the file wrote it: a string in quotes, a number or list as JSON (`0`, `["a"]`), shortened. */
function asWritten(value: unknown): string {
  return typeof value === "string" ? quote(value) : shorten(asJson(value), QUOTED_LENGTH);
}

/**
 * Quoted as `quote` does, with what JSON leaves as it is but a terminal would not show (DEL, the C1
 * controls, U+2028 and U+2029, the noncharacters) spelled out too, so the reader sees the character.
 */
function quoteVisible(value: string): string {
  return quote(value).replace(/[\u007f-\u009f\u2028\u2029\ufdd0-\ufdef\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Sizes in messages are decimal megabytes, as a file manager shows them. */
const MEGABYTE = 1_000_000;

/** A file's size next to its limit: "41.2 MB"; in bytes when one decimal would not tell it from the limit. */
function sizeOf(bytes: number, max: number): string {
  const shown = (bytes / MEGABYTE).toFixed(1);
  return Number(shown) > max / MEGABYTE ? `${shown} MB` : `${bytes.toLocaleString("en")} bytes`;
}

/** What each kind of content file with a size limit is called, and what to do with one too large. */
const TOO_LARGE: Record<"report" | "gazetteer" | "withdrawn" | "urlLock", { what: string; fix: string }> = {
  report: { what: "a report", fix: "Split it into one file per report: a file this large is usually a whole feed, an export or a log saved as one report." },
  gazetteer: { what: "a gazetteer file", fix: "Split it into several .yaml files in content/entities/ (one per kind or region, say)." },
  withdrawn: { what: "withdrawn.yaml", fix: "It holds one short entry per withdrawn report: restore it from your version control, or remove what is not such an entry." },
  urlLock: { what: "urls.lock.json", fix: "The build writes this file, and that much holds the URLs of some 400,000 reports: restore it from your version control, or delete it and write {} to start it again." },
};

/** At most `max` characters, ending in "..." when cut; never cut between the two halves of a surrogate pair. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 3;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}...`;
}

/**
 * A YAML value as JSON, each object written out once: YAML aliases can make a value contain itself
 * (JSON.stringify throws) or nest one list in another a billion times over a few lines (it would
 * never finish). A repeat is written "[...]".
 */
function asJson(value: unknown): string {
  const seen = new WeakSet<object>();
  const json = JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item !== "object" || item === null) return item;
    if (seen.has(item)) return "[...]";
    seen.add(item);
    return item;
  });
  return json ?? String(value);
}

/** A URL content claims (see src/urls/url-claims.ts), as a message names it. */
interface UrlClaim extends Place {
  url: string;
  kind: "report" | "redirect" | "locked-redirect" | "withdrawn" | "image";
  report?: string;
}

const CLAIM_RULES: Record<UrlClaim["kind"], RuleId> = { report: "url-collision", redirect: "redirect-invalid", "locked-redirect": "url-lock-invalid", withdrawn: "withdrawn-invalid", image: "image-invalid" };
const CLAIM_SUBJECTS: Record<UrlClaim["kind"], string> = { report: "this report's address", redirect: "redirect_from", "locked-redirect": "the URL lock's address", withdrawn: "withdrawn.yaml's url", image: "this image's address" };
const CLAIM_FIXES: Record<UrlClaim["kind"], string> = {
  report: "Give it a different headline, or set 'slug: ...' in its front matter.",
  redirect: "Remove it from redirect_from.",
  "locked-redirect": "Restore urls.lock.json from your version control, or remove this address from it.",
  withdrawn: "Correct the entry's url, or remove the entry.",
  image: "Rename the image file.",
};

export const problems = {
  contentMissing: (dir: string) =>
    problem(
      "content-missing",
      { file: dir },
      `content folder ${quote(dir)} does not exist.`,
      "Create it with a reports/ folder inside, or pass the right folder with --content DIR.",
    ),
  reportsMissing: (dir: string) =>
    problem(
      "reports-missing",
      { file: dir },
      `there is no reports folder at ${quote(dir)}.`,
      "Create it and put one .txt or .md file per report in it.",
    ),
  notUtf8: (at: Place, bytes: string) =>
    problem(
      "not-utf8",
      at,
      `the file is not UTF-8: bytes ${bytes} are not valid UTF-8 text.`,
      "Re-save the file as UTF-8 (for example: iconv -f WINDOWS-1252 -t UTF-8).",
    ),
  emptyFile: (at: Place) =>
    problem("empty-file", at, "the file is empty.", "Put the report's text in it, or delete the file."),
  yamlInvalid: (at: Place, source: string, reason: string) =>
    problem(
      "yaml-invalid",
      at,
      `the front matter is not valid YAML at ${quote(source)}: ${shorten(reason, REASON_LENGTH)}.`,
      "Fix the YAML between the two --- lines; each field is one 'name: value' line, and a value with a colon needs quotes.",
    ),
  frontMatterNotMapping: (at: Place, value: unknown) =>
    problem(
      "front-matter-not-mapping",
      at,
      `the front matter is ${quote(value)}, not a list of fields.`,
      "Write one 'name: value' line per field, for example 'headline: Syria troops capture town'.",
    ),
  unknownField: (at: Place, field: string, known: readonly string[], suggestion: string | null) =>
    problem(
      "front-matter-unknown-field",
      at,
      `unknown front matter field ${quote(field)}.`,
      (suggestion ? `Did you mean ${quote(suggestion)}? ` : "") + `Known fields: ${known.join(", ")}.`,
    ),
  fieldType: (at: Place, field: string, value: unknown, expected: string) =>
    problem(
      "front-matter-type",
      at,
      `front matter field ${quote(field)} is ${quote(value)}, not ${expected}.`,
      `Write ${field} as ${expected}.`,
    ),
  dateMissing: (at: Place, nearby: Nearby | null = null) =>
    problem(
      "date-missing",
      at,
      "the report has no date: the text has no date line and the front matter no 'date'.",
      nearby
        ? `${nearby.where} gives ${nearby.value}: if that is the day the report was published, add 'date: ${nearby.value}' to the front matter (with its time if known, such as ${nearby.value}T04:45:00-06:00).`
        : `Add 'date: ${DATE_EXAMPLES.split(" or ")[0]}' to the front matter (or a full time such as 2017-10-21T04:45:00-06:00).`,
    ),
  dateUnparseable: (at: Place, value: string, where: string) =>
    problem(
      "date-unparseable",
      at,
      `${where} ${quote(value)} is not a date Dateline can read.`,
      `Write it as ${DATE_EXAMPLES}.`,
    ),
  dateImpossible: (at: Place, value: string, where: string, explanation: string) =>
    problem(
      "date-impossible",
      at,
      `${where} ${quote(value)} is not a real date: ${explanation}.`,
      `Check the day and month; write it as ${DATE_EXAMPLES}.`,
    ),
  timezoneUnknown: (at: Place, value: string) =>
    problem(
      "timezone-unknown",
      at,
      `time zone ${quote(value)} is not a known time zone.`,
      "Use an IANA zone name such as America/Edmonton, Asia/Damascus or Europe/London, or a fixed offset such as UTC+3.",
    ),
  urlLockInvalid: (at: Place, reason: string) =>
    problem("url-lock-invalid", at, `urls.lock.json: ${reason}.`, "The build writes this file: restore it from your version control, or delete it and write {} to start it again."),
  withdrawnInvalid: (at: Place, reason: string, expected: string) => problem("withdrawn-invalid", at, `withdrawn.yaml: ${reason}.`, `Write it as ${expected}.`),
  urlRefused: (claim: UrlClaim, reason: string) =>
    problem(CLAIM_RULES[claim.kind], claim, `${CLAIM_SUBJECTS[claim.kind]} ${quote(claim.url)} is not a path this site can have: ${reason}.`, `${CLAIM_FIXES[claim.kind]} A site path starts with / and has letters, digits and - . _ ~ between its slashes, such as /2017/10/21/old-headline/.`),
  urlClaimed: (claim: UrlClaim, other: string) =>
    problem(CLAIM_RULES[claim.kind], claim, `${CLAIM_SUBJECTS[claim.kind]} ${quote(claim.url)} is already ${other}.`, `One address is one page: ${CLAIM_FIXES[claim.kind].charAt(0).toLowerCase()}${CLAIM_FIXES[claim.kind].slice(1)}`),
  configMissing: (at: Place, file: string, defaultFile: string) =>
    problem("config-invalid", at, `the settings file ${quote(file)} does not exist.`, `Write it, or leave out --config to use ${defaultFile} when there is one.`),
  configNotJson: (at: Place, reason: string) => problem("config-invalid", at, `the settings file is not valid JSON: ${reason}.`, "Check its brackets, quotes and commas."),
  configNotObject: (at: Place) => problem("config-invalid", at, "the settings file is not a JSON object.", 'Write it as { "title": "...", "siteUrl": "https://..." }.'),
  configUnknownSetting: (at: Place, key: string, known: readonly string[], suggestion: string | null) =>
    problem("config-invalid", at, `unknown setting ${quote(key)}.`, `${suggestion ? `Did you mean ${quote(suggestion)}? ` : ""}Known settings: ${known.join(", ")}.`),
  imageNoAlt: (at: Place, src: string) =>
    problem("image-invalid", at, `the image ${quote(src)} has no alt text.`, `Say what it shows between the brackets, for readers who cannot see it: ![Aid trucks enter the town](${src}).`),
  imageNotInContent: (at: Place, src: string) =>
    problem("image-invalid", at, `the image ${quote(src)} is not a file beside the report.`, "Save the image in the reports folder (beside the report, or in a folder below it) and write its name: ![Aid trucks enter the town](convoy.jpg). The archive publishes only the images it keeps."),
  imageType: (at: Place, src: string, types: string) =>
    problem("image-invalid", at, `the image ${quote(src)} is not of a type the site publishes (${types}).`, "Convert it to JPEG, PNG or WebP (an SVG file can hold scripts, so the site does not publish one)."),
  imageNameClash: (at: Place, src: string, other: string, name: string) =>
    problem("image-invalid", at, `the image ${quote(src)} and ${quote(other)} would both be published as ${quote(name)} beside the report's page.`, "Rename one of the two files."),
  imageMissing: (at: Place, src: string, file: string, suggestion: string | null) =>
    problem("image-missing", at, `the image ${quote(src)} does not exist: there is no file ${quote(file)}.`, `${suggestion ? `Did you mean ${quote(suggestion)}? ` : ""}Put the image there, or correct its name (names are case-sensitive).`),
  imageUnreadable: (at: Place, src: string, file: string) =>
    problem("image-invalid", at, `the image ${quote(src)} cannot be read as an image: ${quote(file)} is damaged, or not of the type its name says.`, "Open it in an image viewer and save it again as JPEG, PNG or WebP."),
  configFeedWithoutPages: (at: Place) =>
    problem("config-invalid", at, 'setting "feeds" has "entities", but "pages" leaves out "entities": an entity\'s feed belongs to its page.', 'Add "entities" to pages, or take it out of feeds.'),
  configValue: (at: Place, key: string, value: unknown, expected: string) =>
    problem("config-invalid", at, `setting ${quote(key)} is ${asWritten(value)}, not ${expected}.`, `Write ${key} as ${expected}.`),
  configNotFile: (file: string, kind: string) =>
    problem("config-invalid", { file }, `the settings file ${quote(file)} is not a regular file: it is ${kind}.`, "Settings are read from a JSON file: write them to a file at that path, or name one with --config FILE."),
  configUnreadable: (file: string, error: SystemError) =>
    problem("config-invalid", { file }, `the settings file ${quote(file)} cannot be read: ${error.reason} (${error.code}).`, "Make it readable by the user running the build (for example: chmod a+r FILE), or name another with --config FILE."),
  configControlCharacter: (at: Place, key: string, value: string, found: NotOneLine) => {
    // A long value is shown from a little before the character, so the shortened quote still has it.
    const shown = quoteVisible(found.index > 60 ? `...${value.slice(found.index - 30)}` : value);
    return found.lineBreak
      ? problem("config-invalid", at, `setting ${quote(key)} has a line break, ${found.name}, in ${shown}; a setting is one line, and robots.txt, the feeds and the pages would break where it does.`, `Write ${key} on one line, without the line break.`)
      : problem("config-invalid", at, `setting ${quote(key)} has the control character ${found.name} in ${shown}; feeds and pages cannot carry it.`, `Delete it from ${key}: it is usually left over from a copy or a conversion. A setting is one line of plain text, without tabs.`);
  },
  configSiteUrlNotNormal: (at: Place, value: string, normal: string) =>
    problem(
      "config-invalid",
      at,
      `setting "siteUrl" is ${quote(value)}, not written the way the address is normalised: ${quote(normal)}.`,
      `Write siteUrl as ${quote(normal)}: every canonical link, feed id and sitemap entry starts with it as written (lower-case scheme and host, no default port, no query, fragment or user name).`,
    ),
  dateLineZoneUnknown: (at: Place, value: string, shownIn: string) =>
    warning(
      "date-line-zone-unknown",
      at,
      `the date line's time zone ${quote(value)} is not one Dateline can be sure of (an abbreviation such as IST names India's, Ireland's or Israel's zone), so the time is shown as written, in ${shownIn}.`,
      "Add 'timezone: ...' to the front matter with the zone's IANA name (such as Asia/Kolkata) or a fixed offset (such as UTC+4).",
    ),
  headlineMissing: (at: Place, nearby: Nearby | null = null) =>
    problem(
      "headline-missing",
      at,
      "the report has no headline: none was found at the top of the text and the front matter has no 'headline'.",
      nearby
        ? `${nearby.where} gives ${quote(nearby.value)}: if that is the headline, add 'headline: ${nearby.value}' to the front matter.`
        : "Add 'headline: ...' to the front matter, or put the headline on the first line followed by a blank line.",
    ),
  bodyEmpty: (at: Place) =>
    problem(
      "body-empty",
      at,
      "the report has no body text after its headline and date.",
      "Add the report's paragraphs below the headline and date line.",
    ),
  slugInvalid: (at: Place, value: string) =>
    problem(
      "slug-invalid",
      at,
      `slug ${quote(value)} is not usable in a URL.`,
      "Use lowercase letters, digits and hyphens only, for example 'syrian-army-retakes-town'.",
    ),
  slugReserved: (at: Place, value: string) =>
    problem(
      "slug-reserved",
      at,
      `slug ${quote(value)} is reserved: /YYYY/MM/DD/page/ is where a long day's list continues.`,
      "Set 'slug: ...' in the front matter to another word, for example 'page-one'.",
    ),
  idCollision: (at: Place, id: string, other: string) =>
    problem(
      "id-collision",
      at,
      `report id ${quote(id)} is also the id of ${other}.`,
      "Report ids come from file names; rename one of the two files.",
    ),
  gazetteerInvalid: (at: Place, reason: string) =>
    problem(
      "gazetteer-invalid",
      at,
      `the gazetteer is not valid YAML: ${shorten(reason, REASON_LENGTH)}.`,
      "Each file in content/entities/ is a YAML list: one '- id: ...' entry per entity, its fields indented below it.",
    ),
  entityNotMapping: (at: Place, value: unknown) =>
    problem(
      "gazetteer-invalid",
      at,
      `gazetteer entry ${quote(value)} is not a set of fields.`,
      "Write each entity as '- id: ...' followed by indented 'name:', 'kind:', 'aliases:' and 'description:' lines.",
    ),
  gazetteerNotList: (at: Place) =>
    problem(
      "gazetteer-invalid",
      at,
      "the gazetteer file is not a list of entities.",
      "Start each entity with '- ' (a YAML list item): '- id: palmyra', then its other fields indented by two spaces.",
    ),
  entityDuplicateId: (at: Place, id: string, other: string) =>
    problem(
      "entity-duplicate-id",
      at,
      `entity id ${quote(id)} is already used at ${other}.`,
      "Ids are page URLs and must be unique across content/entities/: rename one, or merge the two entries.",
    ),
  entityAliasConflict: (at: Place, spelling: string, id: string, otherSpelling: string, other: string, otherAt: string) =>
    problem(
      "entity-alias-conflict",
      at,
      `spelling ${quote(spelling)} of ${quote(id)} is the same name as ${quote(otherSpelling)} of ${quote(other)} (${otherAt}), ignoring case, hyphens and a leading al-/el-.`,
      "A spelling can link to one entity only: remove it from one of the two, or make it longer (e.g. add 'TV' or 'province').",
    ),
  entityKindUnknown: (at: Place, kind: unknown) =>
    problem(
      "entity-kind-unknown",
      at,
      `entity kind ${quote(kind)} is not one Dateline knows.`,
      "Write kind: place, kind: person or kind: organization.",
    ),
  entityCoordinatesInvalid: (at: Place, value: unknown) =>
    problem(
      "entity-coordinates-invalid",
      at,
      `coordinates ${quote(value)} are not a [latitude, longitude] pair in range.`,
      "Write coordinates: [latitude, longitude] in decimal degrees, latitude -90..90 and longitude -180..180, e.g. [34.2294, 37.2406].",
    ),
  entityCoordinatesNotPlace: (at: Place, value: unknown, kind: string) =>
    problem(
      "entity-coordinates-invalid",
      at,
      `coordinates ${quote(value)} are given for a ${kind}; only places have coordinates.`,
      "Remove the coordinates line, or make the entity a place if it is one.",
    ),
  entityTimezoneNotPlace: (at: Place, value: string, kind: string) =>
    problem("entity-field-invalid", at, `timezone ${quote(value)} is given for a ${kind}; only places have a time zone.`, "Remove the timezone line, or make the entity a place if it is one."),
  entityFieldUnknown: (at: Place, field: string, known: readonly string[], suggestion: string | null) =>
    problem(
      "entity-field-invalid",
      at,
      `unknown entity field ${quote(field)}.`,
      (suggestion ? `Did you mean ${quote(suggestion)}? ` : "Remove it. ") + `Known fields: ${known.join(", ")}.`,
    ),
  entityFieldInvalid: (at: Place, field: string, value: unknown, expected: string) =>
    problem(
      "entity-field-invalid",
      at,
      value === undefined || value === null || value === ""
        ? `entity field ${quote(field)} is missing.`
        : `entity field ${quote(field)} is ${quote(value)}, not ${expected}.`,
      `Write ${field}: followed by ${expected}.`,
    ),
  entityUnknownId: (at: Place, id: string, suggestion: string | null) =>
    problem(
      "entity-unknown-id",
      at,
      `entity ${quote(id)} is not in the gazetteer.`,
      (suggestion ? `Did you mean ${quote(suggestion)}? ` : "") + "Use an id from content/entities/, or add the entity there first.",
    ),
  frontMatterLanguage: (at: Place, language: string) =>
    problem(
      "front-matter-language",
      at,
      `the front matter opens with ${quote("---" + language)}: front matter in ${quote(language)} is never read or run.`,
      "Front matter is YAML between two lines of exactly ---: remove the language name after the first ---.",
    ),
  frontMatterUnclosed: (at: Place) =>
    problem(
      "front-matter-unclosed",
      at,
      "the front matter opened by the --- on this line is never closed.",
      "End the front matter with a line of exactly --- before the report's text.",
    ),
  controlCharacter: (at: Place, character: string, lineText: string, more: number) =>
    problem(
      "control-character",
      at,
      `the text has the control character ${character} in ${quote(lineText)}${more > 0 ? ` (and ${more} more on other lines)` : ""}; feeds and pages cannot carry it.`,
      "Delete it: it is usually left over from a copy or a conversion. Tabs and line breaks are fine.",
    ),
  dateOutOfRange: (at: Place, value: string, where: string, shown: string) =>
    problem(
      "date-out-of-range",
      at,
      `${where} ${quote(value)} falls on ${shown}, outside the years 0001 to 9999 that URLs and feeds can hold.`,
      `Check the year and the offset; write it as ${DATE_EXAMPLES}.`,
    ),
  slugTooLong: (at: Place, value: string, max: number) =>
    problem(
      "slug-too-long",
      at,
      `slug ${quote(value)} is ${value.length} characters long; a URL segment here holds at most ${max}.`,
      `Shorten it to ${max} characters or fewer, for example the first few words of the headline.`,
    ),
  entityNotPlainText: (at: Place, field: string, value: string, found: MarkupFound) =>
    problem(
      "entity-not-plain-text",
      at,
      // JSON escapes C0 controls but not DEL or C1 (U+0085): spell those out too, so the reader sees them.
      `entity field ${quote(field)} is ${quote(value).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}, which contains ${found.what}.`,
      "Names, aliases and descriptions are plain text, shown exactly as written: " +
        (found.kind === "tag"
          ? "remove the markup and keep only the words."
          : found.kind === "reference"
            ? "write the character itself (& for &amp;, < for &lt;)."
            : "write it on one line, without tabs or control characters."),
    ),
  entityAliasCommonWord: (at: Place, field: string, spelling: string, id: string, why: CommonSpelling) =>
    warning(
      "entity-alias-common-word",
      at,
      `${field} ${quote(spelling)} of ${quote(id)} is ` +
        (why === "common-word" ? "a common English word: it matches in any case, so" : /\p{L}/u.test(spelling) ? "a single letter: it matches in any case, so" : "a single digit, so") +
        ` every ${quote(spelling.toLowerCase())} in the reports would link to ${quote(id)}.`,
      "Remove it, or write a longer spelling that only this entity uses. An acronym of two or more capitals (US, IS) matches only as written and is fine.",
    ),
  unreadable: (file: string, error: SystemError, kind: "file" | "folder") =>
    problem(
      "unreadable",
      { file },
      `the ${kind} cannot be read: ${error.reason} (${error.code}).`,
      `Make it readable by the user running the build (for example: chmod a+r${kind === "folder" ? "x" : ""} ${kind.toUpperCase()}), or move it out of the content folder.`,
    ),
  notRegularFile: (file: string, kind: string) =>
    problem("unreadable", { file }, `the file is not a regular file but ${kind}, so it is not read.`, "Replace it with a regular file, or remove it."),
  fileTooLarge: (file: string, bytes: number, max: number, kind: keyof typeof TOO_LARGE) =>
    problem("file-too-large", { file }, `the file is ${sizeOf(bytes, max)}; ${TOO_LARGE[kind].what} may be at most ${max / MEGABYTE} MB, so it is not read.`, TOO_LARGE[kind].fix),
  symlinkOutOfContent: (file: string, target: string) =>
    warning(
      "symlink-out-of-content",
      { file },
      `the symbolic link leads out of the content folder, to ${quote(target)}: it is not followed, so nothing there is read or published.`,
      'Copy what it should publish into the content folder, or, if everything there may be published, set "followSymlinksOutOfContent": true in dateline.config.json.',
    ),
  reportsEmpty: (dir: string, skipped: number) =>
    problem(
      "reports-empty",
      { file: dir },
      `there are no reports in ${quote(dir)}` + (skipped > 0 ? `; ${plural(skipped, "file")} skipped (--verbose says why).` : "."),
      "Put one .txt or .md file per report in it. To publish an empty archive on purpose, build with --allow-empty.",
    ),
} as const;
