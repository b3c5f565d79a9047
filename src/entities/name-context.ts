// Whether a name found in the text stands on its own or is part of a longer proper name:
// "Kharkiv" in "Kharkiv Metro", "Sudan" in "Sudan Liberation Movement", "Japan" in "Bank of
// Japan", "RSF" in "Reporters Without Borders (RSF)" are not mentions of Kharkiv, Sudan, Japan or
// the Rapid Support Forces. The words that may stand beside a name without making it part of a
// longer one (titles, days, months, the words of a territory) are data, below.

/** Capitalised words that may come right before or after a name: "President X", "X Mayor", "X on Monday". */
const FREE_WORDS = new Set(
  [
    // Titles and roles.
    "President", "Prime", "Minister", "Premier", "Chancellor", "King", "Queen", "Prince", "Princess", "Emir", "Sheikh", "Sultan",
    "Governor", "Gov", "Mayor", "General", "Gen", "Lt", "Col", "Maj", "Capt", "Admiral", "Adm", "Sgt", "Commander", "Chief",
    "Secretary", "Ambassador", "Envoy", "Spokesman", "Spokeswoman", "Spokesperson", "Senator", "Sen", "Rep", "Representative",
    "Foreign", "Defense", "Defence", "Interior", "Finance", "Deputy", "Vice", "Acting", "Former", "Leader", "Pope", "Cardinal",
    "Archbishop", "Bishop", "Imam", "Judge", "Justice", "Dr", "Mr", "Mrs", "Ms", "Sir", "Lord", "Lady", "Chairman", "Director",
    "Secretary-General", "Army", "Military", "Government", "Cabinet", "Parliament", "Embassy", "Ministry", "Officials", "Police",
    // A state's own names: "the Republic of Sudan", "the Kingdom of Jordan".
    "Republic", "Kingdom", "Emirate", "Sultanate", "Federation", "Commonwealth", "Consulate", "People",
    // A country's forces: "US Marine Staff Sergeant", "US Navy ship".
    "Marine", "Marines", "Navy", "Naval", "Soldier", "Soldiers", "Troops", "Special", "Coast", "Staff", "Sergeant",
    // The words of a territory (the province rule names the province with them).
    "Province", "Provincial", "Region", "Regional", "Oblast", "Governorate", "Prefecture", "Prefectural", "County", "District",
    // Time.
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
    "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
    "Sep", "Sept", "Oct", "Nov", "Dec",
  ].map((w) => w.toLowerCase()),
);

/** Directions and sides may come before a name ("Northern Kharkiv"); after one they name another place ("Khartoum North"). */
const FREE_BEFORE = new Set(
  ["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Northeast", "Northwest", "Southeast", "Southwest", "Upper", "Lower", "Greater", "Old"].map((w) => w.toLowerCase()),
);

/** Words that begin a sentence without being part of any name. */
const SENTENCE_WORDS = new Set(
  ["The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "And", "But", "Or", "As", "To", "Of", "After", "Before",
    "Since", "During", "While", "When", "If", "It", "Its", "This", "That", "These", "Those", "Their", "His", "Her", "Our", "Some",
    "Many", "Most", "All", "Both", "Several", "Thousands", "Hundreds", "Dozens", "Residents", "Officials", "Troops", "Forces",
    "Police", "Meanwhile", "Elsewhere", "Across", "Inside", "Outside", "Near", "Around", "Over", "Under", "Later", "Earlier"].map((w) => w.toLowerCase()),
);

/** Words that join the parts of one proper name: "University of Khartoum", "Bank of Japan" ("for" is too common: "left Damascus for Palmyra"). */
const JOINERS = new Set(["of", "de", "du", "des", "del"]);

/** "Sudanese", "Iranian", "British", "Iraqi": a people's adjective before a name is not part of it. */
const DEMONYM = /(?:ian|ean|an|ese|ish|i)$/;

const WORD = String.raw`\p{Lu}[\p{L}’'.-]*`;
const WORD_BEFORE = new RegExp(String.raw`(${WORD})\s+$`, "u");
const JOINED_BEFORE = new RegExp(String.raw`(${WORD})\s+(\p{Ll}{2,3})\s+$`, "u");
const WORD_AFTER = new RegExp(String.raw`^\s+(${WORD})`, "u");

/**
 * The name at text[start, end) is part of a longer proper name: a capitalised word right after it
 * ("Kharkiv Metro") or right before it ("Karazin Kharkiv"), or "Bank of" before it; a title, a
 * day, a month, a direction, a territory's word or a people's adjective does not count, nor a
 * word that merely opens the sentence ("In Kharkiv").
 */
export function insideLongerName(text: string, start: number, end: number): boolean {
  const next = WORD_AFTER.exec(text.slice(end, end + 40));
  return (next !== null && !free(next[1]!)) || nameGoesOnBefore(text, start);
}

/** The proper name goes on before `start`: "Karazin Kharkiv", "University of Khartoum", "Vladimir Zelensky". */
export function nameGoesOnBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 60);
  const before = text.slice(from, start);
  const previous = WORD_BEFORE.exec(before);
  if (previous && boundaryAt(text, from + previous.index) && !free(previous[1]!) && !FREE_BEFORE.has(previous[1]!.toLowerCase()) && !opensSentence(text, from + previous.index, previous[1]!)) return true;
  const joined = JOINED_BEFORE.exec(before);
  if (joined && JOINERS.has(joined[2]!) && boundaryAt(text, from + joined.index) && !free(joined[1]!) && !opensSentence(text, from + joined.index, joined[1]!)) return true;
  return false;
}

function boundaryAt(text: string, index: number): boolean {
  // After a hyphen the word is part of a compound ("pan-Arab"): not a name of its own.
  return index === 0 || /[\s(“"‘'—–]/.test(text[index - 1]!);
}

function free(word: string): boolean {
  // "Scholz's Social Democratic Party": a possessive is not part of the name after it; "Israel."
  // ends a sentence ("V." is an initial, part of a name).
  // "U.S.-backed", "Iranian-led": an adjective made with a hyphen.
  if (/['’]s$/.test(word) || /\p{L}{2,}\.$/u.test(word) || /-\p{Ll}+$/u.test(word)) return true;
  const bare = word.replace(/['’]s$/, "").replace(/[.’']+$/, "").toLowerCase();
  return FREE_WORDS.has(bare) || DEMONYM.test(bare);
}

/** The word at `index` opens its sentence and is one any sentence may open with ("In", "The"). */
function opensSentence(text: string, index: number, word: string): boolean {
  const ahead = text.slice(Math.max(0, index - 3), index).trimEnd();
  return (ahead === "" || /[.!?:“"‘]$/.test(ahead)) && SENTENCE_WORDS.has(word.toLowerCase());
}

/** "Reporters Without Borders (RSF)": an acronym in parentheses right after another proper name is that name's. */
export function acronymOfOtherName(text: string, start: number, end: number): boolean {
  if (text[start - 1] !== "(" || text[end] !== ")") return false;
  return new RegExp(String.raw`${WORD}(?:\s+(?:${WORD}|of|for|and|the))+\s*$`, "u").test(text.slice(Math.max(0, start - 80), start - 1));
}
