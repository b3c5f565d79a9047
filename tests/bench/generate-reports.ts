// Generate a synthetic archive of wire reports (deterministic, seeded) for benchmarks and scale tests.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const PLACES = ["BEIRUT", "DAMASCUS, Syria", "BAGHDAD", "AMMAN, Jordan", "CAIRO", "ISTANBUL", "TEHRAN, Iran", "JERUSALEM"];
const AGENCIES = ["AP", "Reuters", "AFP"];
const WORDS = "government forces regained control of the town on Saturday after weeks of fighting with militants who had seized it last month according to officials and monitors".split(" ");
// Names the gazetteer knows, in several spellings, so the linker and entity indexes do real work.
const NAMES = ["Syria", "Raqqa", "Palmyra", "Al-Qaryatain", "Qaryatayn", "IS", "the Islamic State group", "Damascus", "Homs province", "Deir el-Zour", "Bashar Assad", "Russia", "the U.S.-led coalition", "Iran", "Aleppo", "Mayadeen", "Daesh", "Syrian Democratic Forces", "Iraq's Anbar province", "Donald Trump"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A small deterministic PRNG (mulberry32), so every run writes the same archive. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Write `count` reports into `<dir>/reports/`; copy a gazetteer into `<dir>/entities/` separately. */
export function generateReports(dir: string, count: number, paragraphs = 8): void {
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const sentence = () => Array.from({ length: 18 + Math.floor(next() * 12) }, () => (next() < 0.08 ? pick(NAMES) : pick(WORDS))).join(" ");
  mkdirSync(path.join(dir, "reports"), { recursive: true });
  for (let i = 0; i < count; i++) {
    const year = 2010 + Math.floor(next() * 15);
    const month = Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const hour = 1 + Math.floor(next() * 12);
    const minute = String(Math.floor(next() * 60)).padStart(2, "0");
    const agency = pick(AGENCIES);
    const body = Array.from({ length: paragraphs }, () => `${sentence()}. ${sentence()}.`);
    const text = [
      `Report ${i}: forces retake town ${pick(WORDS)} ${pick(WORDS)}`,
      `${MONTHS[month]} ${day}, ${year} | ${hour}:${minute} ${next() < 0.5 ? "AM" : "PM"}`,
      `${pick(PLACES)} (${agency}) — ${body[0]}`,
      ...body.slice(1),
    ].join("\n\n");
    writeFileSync(path.join(dir, "reports", `r${String(i).padStart(6, "0")}.txt`), `${text}\n`);
  }
}
