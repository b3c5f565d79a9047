// Generate a synthetic archive of wire reports for benchmarks and scale tests: deterministic
// (seeded; report i is the same text whatever the count), written one file at a time so 100,000
// reports never sit in memory, and shaped like real copy:
// - 400-900 words in 1-3-sentence paragraphs, words drawn Zipf-like from a vocabulary of common
//   news words and ~50,000 rarer made-up ones (so the search index sees a realistic vocabulary);
// - entity mentions drawn Zipf-like from the real gazetteer (content/entities/*.yaml), each in one
//   of its spellings (name or an alias): a few entities are in most reports, most are rare;
// - bylines in several forms ("By Jane Roe" at the top, "Jane Roe, The Associated Press" at the
//   end, Reuters' "(Reporting by ...)" credit line, none), datelines ("BEIRUT (AP) —",
//   "DAMASCUS, Syria —", none), date lines in several forms and zones (an explicit "10:45 GMT",
//   "EDT", "UTC+3" or "+03:00", or a bare time with `timezone: Asia/Damascus` in front matter, or
//   only a front matter date), some AP copyright trailers, some .md files with a "# " headline.
// Every report builds without a problem: the headline carries the report number, so no two share a URL.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DateTime } from "luxon";
import { parse as parseYaml } from "yaml";

export interface GeneratedReport {
  /** 0-based; the same index gives the same report in any corpus. */
  index: number;
  /** File name under reports/, e.g. "r000042.txt". */
  fileName: string;
  /** The file's whole text as Dateline reads it (front matter, headline, date line, story). */
  text: string;
  headline: string;
  /** ISO 8601 with the offset of the report's own zone, e.g. "2017-10-21T04:45:00+03:00". */
  published: string;
  /** The calendar day the report is filed under, in its own zone. */
  day: { year: number; month: number; day: number };
  /** What a reader sees below the headline: byline, the story (first paragraph with its dateline), sign-off. */
  story: string[];
  /** Words in `story`. */
  words: number;
}

export interface CorpusStats {
  reports: number;
  words: number;
  bytes: number;
}

const DEFAULT_GAZETTEER = fileURLToPath(new URL("../../content/entities", import.meta.url));

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s (Zipf). */
function zipf(n: number, s: number): (u: number) => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) cumulative[k] = total += 1 / (k + 1) ** s;
  return (u) => {
    const target = u * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

// Common words of wire copy, roughly most frequent first: the head of the Zipf vocabulary.
const COMMON = (
  "the of to and in a said on that for was is with by at from as its has were have who after an " +
  "are been they their it had be government forces will not which but he this more people killed " +
  "than also two against over military city attack since security officials would group one last " +
  "week other war state about three into fighting area town could near told country new police " +
  "statement north south east west border talks minister president army troops rebels control " +
  "while during monday tuesday wednesday thursday friday saturday sunday where many civilians " +
  "including between some air strikes years including least those local residents there under " +
  "years we what early late day days night hours month months capital province region central " +
  "northern southern eastern western officials says according agency news reported report media " +
  "spokesman official ministry foreign defense international united nations aid humanitarian " +
  "refugees fled homes families children women men wounded dead bodies hospital medical doctors " +
  "ceasefire agreement deal negotiations peace political opposition leaders leader support " +
  "backed allied militants fighters offensive operation operations advance positions villages " +
  "village road highway province oil gas fields supply routes weapons artillery shelling " +
  "rockets drone drones airstrike airstrikes warplanes jets base bases soldiers commander " +
  "commanders killed wounded captured seized retook regained recaptured lost held took made " +
  "called urged warned denied confirmed announced added expected continued began ended " +
  "remained appeared believed considered described pledged vowed accused blamed condemned " +
  "demanded rejected welcomed visited met meeting summit council security resolution vote " +
  "election elections parliament economy economic sanctions prices currency crisis conflict " +
  "violence clashes tensions protests protesters crowd streets square building buildings " +
  "houses damage destroyed heavy fierce sporadic largely mostly nearly about almost still " +
  "again already now then later earlier soon long short large small major minor key strategic " +
  "important ancient historic christian muslim sunni shiite kurdish arab turkish russian iranian"
).split(" ");

const SYLLABLES = "ba be bi bo bu da de di do du fa fe ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi za zi zo sha shi kha qa".split(" ");
const RARE_WORDS = 50_000;

const FIRST_NAMES = ["Sarah", "Bassem", "Zeina", "Philip", "Albert", "Ellen", "Tom", "Kareem", "Lara", "Omar", "Maria", "David", "Hussein", "Samya", "Joseph", "Laila", "Andrew", "Mehmet", "Dana", "Qassim", "Nour", "Suzan", "Jon", "Ghaith", "Mariam"];
const LAST_NAMES = ["El Deeb", "Mroue", "Issa", "Karam", "Aji", "Francis", "Perry", "Chehayeb", "Fahim", "Kullab", "Danilova", "Rising", "Abdul-Zahra", "Federman", "Krauss", "Wilks", "Fraser", "Gambrell", "Kalin", "Hamdan", "Shaheen", "Lederer", "Batrawy", "Salama", "Alsaafin"];
const EDITORS = ["Ed Osmond", "Peter Graff", "Alison Williams", "William Maclean", "Frances Kerry"];

// Datelines: place, region (or none), where the agency files from.
const DATELINES: readonly [string, string | null][] = [
  ["BEIRUT", null], ["BEIRUT", "Lebanon"], ["DAMASCUS", "Syria"], ["DAMASCUS", null], ["BAGHDAD", null], ["AMMAN", "Jordan"],
  ["CAIRO", null], ["ISTANBUL", null], ["MOSCOW", null], ["WASHINGTON", null], ["JERUSALEM", null], ["ALEPPO", "Syria"],
  ["RAS AL-AIN", "Syria"], ["UNITED NATIONS", null], ["ANKARA", "Turkey"], ["TEHRAN", "Iran"],
];
// Zones written in front matter: IANA names and one fixed offset.
const FRONT_MATTER_ZONES = ["Asia/Damascus", "Asia/Beirut", "Asia/Baghdad", "Asia/Amman", "Europe/Moscow", "America/New_York", "Asia/Tehran", "Europe/London", "America/Edmonton", "UTC+3"];
// Zones written in the date line, with the fixed offset each means.
const LINE_ZONES: readonly [string, string][] = [["GMT", "UTC"], ["UTC", "UTC"], ["EDT", "UTC-4"], ["EST", "UTC-5"], ["CET", "UTC+1"], ["EEST", "UTC+3"], ["MSK", "UTC+3"], ["UTC+3", "UTC+3"]];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const VERBS = ["retake", "seize", "shell", "strike", "lose", "enter", "besiege", "clear", "advance on", "pull out of", "hold talks on", "report clashes near", "warn over", "push into"];
const SPEAKERS = ["an official said", "a spokesman said", "the statement said", "a resident said", "a military source told reporters", "an activist said"];

interface Speller {
  /** Entity ids by rank (most mentioned first) and their spellings (name first). */
  spellings: string[][];
  /** Lowercase single words the linker would read as one of these names. */
  reserved: Set<string>;
  /** People's names, most mentioned first: who is quoted. */
  people: string[];
}

// The entities a Syria-focused wire archive names most; the rest follow in a
// seeded order. Mentions are drawn Zipf-like by this rank (s = 1.4, ~13 a report): the first few are
// in most reports, the last in 1-3 %.
const HEAD = ["syria", "islamic-state", "syrian-army", "damascus", "bashar-assad", "russia", "united-states", "us-led-coalition", "syrian-observatory-for-human-rights", "iran", "iraq", "aleppo", "raqqa", "homs", "syrian-democratic-forces", "lebanon", "israel"];

function readGazetteer(dir: string): Speller {
  const entries: { id: string; kind: string; name: string; aliases?: string[] }[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort()) {
    entries.push(...(parseYaml(readFileSync(path.join(dir, file), "utf8")) as typeof entries));
  }
  const next = random(7);
  const rest = entries.filter((e) => !HEAD.includes(e.id)).sort((a, b) => a.id.localeCompare(b.id));
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [rest[i], rest[j]] = [rest[j]!, rest[i]!];
  }
  const ranked = [...HEAD.flatMap((id) => entries.filter((e) => e.id === id)), ...rest];
  const spellings = ranked.map((e) => [e.name, ...(e.aliases ?? [])]);
  const reserved = new Set(spellings.flat().filter((s) => !s.includes(" ")).map((s) => s.toLowerCase().replace(/^(al|el|ar|at)-/, "")));
  return { spellings, reserved, people: ranked.filter((e) => e.kind === "person").map((e) => e.name) };
}

function rareWords(reserved: Set<string>): string[] {
  const next = random(1234);
  const seen = new Set<string>(COMMON);
  const words: string[] = [];
  while (words.length < RARE_WORDS) {
    let word = "";
    for (let n = 2 + Math.floor(next() * 3); n > 0; n--) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    if (next() < 0.3) word += "n";
    if (seen.has(word) || reserved.has(word)) continue;
    seen.add(word);
    words.push(word);
  }
  return words;
}

/** One of the spellings of at most 24 characters, or the shortest. */
function shortest(spellings: string[], pick: <T>(list: readonly T[]) => T): string {
  const short = spellings.filter((s) => s.length <= 24);
  return short.length > 0 ? pick(short) : spellings.reduce((a, b) => (b.length < a.length ? b : a));
}

/** "RAS AL-AIN" -> "Ras Al-Ain". */
function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[ -])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** Yields reports 0..count-1, one at a time. */
export function* generate(count: number, gazetteerDir = DEFAULT_GAZETTEER): Generator<GeneratedReport> {
  const gazetteer = readGazetteer(gazetteerDir);
  const vocabulary = [...new Set(COMMON), ...rareWords(gazetteer.reserved)];
  const ranks: Ranks = { word: zipf(vocabulary.length, 1.0), entity: zipf(gazetteer.spellings.length, 1.4), person: zipf(gazetteer.people.length, 1.4) };
  for (let i = 0; i < count; i++) yield makeReport(i, vocabulary, ranks, gazetteer);
}

interface Ranks {
  word: (u: number) => number;
  entity: (u: number) => number;
  person: (u: number) => number;
}

function makeReport(index: number, vocabulary: string[], ranks: Ranks, gazetteer: Speller): GeneratedReport {
  const { word: wordRank, entity: entityRank, person: personRank } = ranks;
  const next = random(0x5eed ^ Math.imul(index + 1, 0x9e3779b1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const chance = (p: number) => next() < p;
  const mention = () => {
    const spellings = gazetteer.spellings[entityRank(next())]!;
    return chance(0.55) ? spellings[0]! : pick(spellings);
  };
  const word = () => (chance(0.02) ? String(chance(0.5) ? 2 + Math.floor(next() * 60) : (1 + Math.floor(next() * 90)) * 100).replace(/(\d)(\d{3})$/, "$1,$2") : vocabulary[wordRank(next())]!);

  const sentence = (): string => {
    const tokens: string[] = [];
    for (let n = 12 + Math.floor(next() * 20); n > 0; n--) tokens.push((chance(1 / 50) ? mention() : word()) + (chance(0.05) ? "," : ""));
    const text = tokens.join(" ").replace(/,$/, "");
    const capital = text[0]!.toUpperCase() + text.slice(1);
    if (!chance(0.15)) return `${capital}.`;
    const speaker = chance(0.2) && gazetteer.people.length > 0 ? `${gazetteer.people[personRank(next())]} said` : pick(SPEAKERS);
    return `“${capital},” ${speaker}.`;
  };

  // Where and when.
  const year = 2011 + Math.floor(next() * 14);
  const month = 1 + Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 28);
  // 04:00-23:59 local: clear of every daylight-saving gap these zones have had (all at 00:00-03:00).
  const hour = 4 + Math.floor(next() * 20);
  const minute = Math.floor(next() * 60);
  const agency = pick(["AP", "AP", "AP", "Reuters", "Reuters", "AFP", null] as const);

  // Date line form; each says how the zone is known.
  const frontMatter: string[] = [];
  let dateLine: string | null;
  let zone: string;
  const mon = MONTHS[month - 1]!;
  const hh = String(hour).padStart(2, "0");
  const mm = String(minute).padStart(2, "0");
  const h12 = `${hour % 12 || 12}:${mm} ${hour < 12 ? "AM" : "PM"}`;
  const form = Math.floor(next() * 6);
  if (form === 0) {
    zone = pick(FRONT_MATTER_ZONES);
    frontMatter.push(`timezone: ${zone}`);
    dateLine = `${mon.slice(0, 3)} ${day}, ${year} | ${h12}`;
  } else if (form === 1) {
    const [name, offset] = pick(LINE_ZONES);
    zone = offset;
    dateLine = `${day} ${mon} ${year} ${hh}:${mm} ${name}`;
  } else if (form === 2) {
    const [name, offset] = pick(LINE_ZONES);
    zone = offset;
    dateLine = `${mon} ${day}, ${year} / ${h12} ${name} / Updated ${1 + Math.floor(next() * 9)} hours ago`;
  } else if (form === 3) {
    zone = pick(["UTC+2", "UTC+3", "UTC-5", "UTC+3:30"]);
    const offset = DateTime.fromObject({ year }, { zone }).toFormat("ZZ");
    dateLine = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}T${hh}:${mm}:00${offset}`;
  } else if (form === 4) {
    const [name, offset] = pick(LINE_ZONES);
    zone = offset;
    const weekday = WEEKDAYS[DateTime.fromObject({ year, month, day }).weekday - 1]!;
    dateLine = `${weekday}, ${mon.slice(0, 3)} ${day}, ${year} at ${h12} ${name}`;
  } else {
    zone = pick(FRONT_MATTER_ZONES);
    frontMatter.push(`date: ${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")} ${hh}:${mm}`, `timezone: ${zone}`);
    dateLine = null;
  }
  const published = DateTime.fromObject({ year, month, day, hour, minute }, { zone }).toISO({ suppressMilliseconds: true })!;

  // The story.
  const target = 400 + Math.floor(next() * 501);
  const body: string[] = [];
  let words = 0;
  while (words < target) {
    const paragraph = Array.from({ length: 1 + Math.floor(next() * 3) }, sentence).join(" ");
    words += paragraph.split(" ").length;
    body.push(paragraph);
  }
  const [place, region] = pick(DATELINES);
  if (chance(0.85)) {
    const paren = agency ? ` (${agency})` : "";
    const dash = agency === "Reuters" ? "-" : agency === "AFP" ? "–" : "—";
    body[0] = `${place}${region ? `, ${region}` : ""}${paren} ${dash} ${body[0]}`;
  }

  const writer = () => `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
  const writers = chance(0.2) ? `${writer()} and ${writer()}` : writer();
  let topByline: string | null = null;
  let closing: string | null = null;
  const bylineForm = next();
  if (agency === "Reuters" && bylineForm < 0.8) closing = `(Reporting by ${writers} in ${titleCase(place)}; Editing by ${pick(EDITORS)})`;
  else if (bylineForm < 0.45) topByline = `By ${writers}`;
  else if (bylineForm < 0.75 && agency === "AP") closing = `${writers}, The Associated Press`;
  else if (bylineForm < 0.75) topByline = agency === "AFP" ? `By ${writers}, Agence France-Presse` : `By ${writers}`;
  const trailer = agency === "AP" && chance(0.2) ? `Copyright ${year} The Associated Press. All rights reserved.` : null;

  // A short subject and the report number, so the slug (at most 80 characters) keeps the number.
  const subject = shortest(gazetteer.spellings[entityRank(next())]!, pick);
  const headline = `${subject[0]!.toUpperCase()}${subject.slice(1)} ${pick(VERBS)} ${vocabulary[40 + Math.floor(next() * (COMMON.length - 80))]}, report ${index + 1}`;
  const markdown = chance(0.1);
  const story = [...(topByline ? [topByline] : []), ...body, ...(closing ? [closing] : [])];
  const head = frontMatter.length > 0 ? `---\n${frontMatter.join("\n")}\n---\n` : "";
  const parts = [`${head}${markdown && chance(0.5) ? "# " : ""}${headline}`, ...(dateLine ? [dateLine] : []), ...story, ...(trailer ? [trailer] : [])];
  return {
    index,
    fileName: `r${String(index).padStart(6, "0")}.${markdown ? "md" : "txt"}`,
    text: `${parts.join("\n\n")}\n`,
    headline,
    published,
    day: { year, month, day },
    story,
    words: story.reduce((sum, p) => sum + p.split(" ").length, 0),
  };
}

/**
 * Write `count` reports into `<dir>/reports/` (the gazetteer is not copied: copy content/entities
 * into `<dir>/entities/` yourself). `each` sees every report as it is written.
 */
export function generateReports(dir: string, count: number, each?: (report: GeneratedReport) => void): CorpusStats {
  mkdirSync(path.join(dir, "reports"), { recursive: true });
  const stats: CorpusStats = { reports: 0, words: 0, bytes: 0 };
  for (const report of generate(count)) {
    writeFileSync(path.join(dir, "reports", report.fileName), report.text);
    stats.reports++;
    stats.words += report.words;
    stats.bytes += Buffer.byteLength(report.text);
    each?.(report);
  }
  return stats;
}
