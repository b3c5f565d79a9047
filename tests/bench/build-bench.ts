// Benchmark (issue 10): build generated reports with Dateline and, side by side, with plain Eleventy
// 3.1.7 on the same texts, and print wall times, ratios and the peak memory of every process.
// Not part of `npm test`: timings belong in a benchmark, not in tests.
//
//   npm run bench                                   2,000 reports, 1 run of each mode (a quick look)
//   npm run bench -- --reports 10000 --runs 3       the figures: 10,000 reports, 3 interleaved runs
//   npm run bench -- --reports 10000 --edit         then edit one report and rebuild, --edits times
//   npm run bench -- --reports 10000 --dev          then the same edits under the dev server (npm start)
//   npm run bench -- --reports 100000 --scale       full builds at 10,000 and 100,000: time ratio, memory
//
// Options:
//   --reports N    (or a lone N, as in `npm run bench -- 10000`) reports to generate (default 2000); generated to disk one at a time, so 100,000 is fine
//   --runs N       runs of each mode, interleaved (plain, pages, full; then rotated), medians (default 1)
//   --modes LIST   comma-separated subset of plain,pages,full (default all three)
//                    plain  plain Eleventy 3.1.7: one markdown page per report, one layout (plain-eleventy.ts)
//                    pages  `dateline build --no-search`: every page, no Pagefind index
//                    full   `dateline build`: everything, with search
//   --edit         after the runs, change one report's text and rebuild with `dateline build`, timing it
//   --edits N      how many such edits, each to another report (default 3)
//   --dev          start the dev server on the reports and make --edits edits: for each, the time from
//                  the save to the browser being told to reload (its page is rewritten by then), and
//                  to the rest of the site and search being up to date
//   --scale        instead of the side-by-side: full builds at N/10 and N reports, interleaved (--runs)
//   --keep         keep the temporary folder (its path is printed) instead of removing it
//
// Every build is a child process started from the same state (its output folder removed and the disk
// synced first, neither timed). Wall time is from spawn to exit. Memory: every ~50 ms the process tree
// is read from /proc (children found by their parent pid) and each process's VmHWM (peak RSS) and
// VmRSS kept; the table shows the peak per program (node, pagefind_extended) and the peak of the
// whole tree's RSS at one moment. All folders are in the system's temporary folder, on one disk.
// The figures (issue 10) are stated for 10,000 reports (and 100,000 for the scale one); at other
// sizes the checks are printed for orientation.
import { spawn, execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateReports, type CorpusStats, type GeneratedReport } from "./generate-reports.ts";
import { devServerEdits } from "./dev-server-edits.ts";
import { plainEleventyProject } from "./plain-eleventy.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const DATELINE_BIN = path.join(REPO, "src/cli/bin.mjs");
const MiB = 2 ** 20;
const GiB = 2 ** 30;
const MEMORY_LIMIT = 1.5 * GiB;

type ModeKey = "plain" | "pages" | "full";
const MODE_KEYS: readonly ModeKey[] = ["plain", "pages", "full"];

interface Mode {
  label: string;
  /** Working folder, program and arguments, given the output folder. */
  command(outDir: string): { cwd: string; program: string; args: string[] };
  /** Output folders of this mode go under here. */
  root: string;
}

interface Run {
  ok: boolean;
  seconds: number;
  pages: number | null;
  /** Peak RSS (VmHWM) per process name, and how many processes had that name. */
  peaks: Map<string, { bytes: number; count: number }>;
  /** Highest sum of the tree's VmRSS at one sample. */
  treePeak: number;
  output: string;
}

// --- Arguments --------------------------------------------------------------------------------

const OPTIONS = {
  reports: { type: "string", default: "2000" },
  runs: { type: "string", default: "1" },
  modes: { type: "string", default: MODE_KEYS.join(",") },
  edit: { type: "boolean", default: false },
  dev: { type: "boolean", default: false },
  edits: { type: "string", default: "3" },
  scale: { type: "boolean", default: false },
  keep: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

const { values: options } = parseOptions();

function parseOptions() {
  try {
    const parsed = parseArgs({ options: OPTIONS, allowPositionals: true });
    // `npm run bench -- 10000`, as before the options: a lone number is --reports.
    const [first, ...rest] = parsed.positionals;
    if (rest.length > 0 || (first !== undefined && !/^\d+$/.test(first))) throw new Error(`Unexpected argument '${rest[0] ?? first}'`);
    if (first !== undefined) parsed.values.reports = first;
    return parsed;
  } catch (error) {
    usage((error as Error).message.replace(/\.$/, ""));
  }
}
if (options.help) {
  const source = readFileSync(fileURLToPath(import.meta.url), "utf8");
  console.log(source.split("\nimport ")[0]!.replace(/^\/\/ ?/gm, ""));
  process.exit(0);
}
const count = positive("reports", options.reports);
const runs = positive("runs", options.runs);
const editCount = positive("edits", options.edits);
const modeKeys = options.modes.split(",").map((m) => m.trim());
for (const m of modeKeys) if (!MODE_KEYS.includes(m as ModeKey)) usage(`--modes: unknown mode "${m}" (use ${MODE_KEYS.join(", ")})`);

function positive(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) usage(`--${name} must be a whole number above 0, not "${text}"`);
  return n;
}

function usage(message: string): never {
  console.error(`build-bench: ${message}. See the top of tests/bench/build-bench.ts, or --help.`);
  process.exit(2);
}

// --- Measuring one build ----------------------------------------------------------------------

/** The processes below `root`, found by parent pid in /proc (this kernel has no task/children files). */
class ProcessTree {
  private readonly tree = new Set<number>();
  private readonly others = new Set<number>();
  private readonly byPid = new Map<number, { name: string; hwm: number }>();
  treePeak = 0;

  constructor(root: number) {
    this.tree.add(root);
  }

  sample(): void {
    const unknown = new Map<number, number>();
    for (const entry of readdirSync("/proc")) {
      const pid = Number(entry);
      if (!Number.isInteger(pid) || this.tree.has(pid) || this.others.has(pid)) continue;
      const ppid = readParent(pid);
      if (ppid !== null) unknown.set(pid, ppid);
    }
    // A child may be listed before its parent joins the tree: repeat until nothing changes.
    for (let grew = true; grew; ) {
      grew = false;
      for (const [pid, ppid] of unknown) {
        if (!this.tree.has(ppid)) continue;
        this.tree.add(pid);
        unknown.delete(pid);
        grew = true;
      }
    }
    for (const pid of unknown.keys()) this.others.add(pid);

    let total = 0;
    for (const pid of this.tree) {
      const status = readStatus(pid);
      if (!status) continue;
      total += status.rss;
      const seen = this.byPid.get(pid);
      if (!seen || status.hwm > seen.hwm) this.byPid.set(pid, { name: status.name, hwm: status.hwm });
    }
    this.treePeak = Math.max(this.treePeak, total);
  }

  peaks(): Map<string, { bytes: number; count: number }> {
    const peaks = new Map<string, { bytes: number; count: number }>();
    for (const { name, hwm } of this.byPid.values()) {
      const p = peaks.get(name) ?? { bytes: 0, count: 0 };
      peaks.set(name, { bytes: Math.max(p.bytes, hwm), count: p.count + 1 });
    }
    return peaks;
  }
}

function readParent(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ")".
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

function readStatus(pid: number): { name: string; hwm: number; rss: number } | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return null;
  }
  const field = (key: string) => new RegExp(`^${key}:\\s*(.*)$`, "m").exec(text)?.[1];
  const kib = (key: string) => Number(field(key)?.replace(/\s*kB$/, "") ?? 0) * 1024;
  const hwm = kib("VmHWM");
  // A zombie has no memory fields left.
  return hwm > 0 ? { name: programName(pid) ?? field("Name") ?? "?", hwm, rss: kib("VmRSS") } : null;
}

/** The program's file name ("pagefind_extended"; the status Name is cut to 15 characters). */
function programName(pid: number): string | null {
  try {
    const program = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")[0];
    return program ? path.basename(program) : null;
  } catch {
    return null;
  }
}

async function measure(mode: Mode, outDir: string): Promise<Run> {
  const { cwd, program, args } = mode.command(outDir);
  const started = performance.now();
  const child = spawn(program, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
  const tree = new ProcessTree(child.pid!);
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk));
  const sampler = setInterval(() => tree.sample(), 50);
  tree.sample();
  const closed = new Promise((resolve) => child.on("close", resolve));
  const [code, seconds] = await new Promise<[number | null, number]>((resolve) => {
    child.on("exit", (status) => resolve([status, (performance.now() - started) / 1000]));
  });
  clearInterval(sampler);
  await closed;
  const pages = /wrote (\d+) (?:pages|files)/i.exec(output)?.[1];
  return { ok: code === 0, seconds, pages: pages ? Number(pages) : null, peaks: tree.peaks(), treePeak: tree.treePeak, output: output.trim() };
}

/** Run a mode from a clean start: no output folder, nothing left to flush. */
async function cleanRun(mode: Mode): Promise<Run> {
  rmSync(mode.root, { recursive: true, force: true });
  execFileSync("sync");
  const run = await measure(mode, path.join(mode.root, "_site"));
  if (!run.ok) console.error(`\n${mode.label} failed:\n${run.output.split("\n").slice(-20).join("\n")}\n`);
  return run;
}

// --- Reporting --------------------------------------------------------------------------------

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const mib = (bytes: number) => `${Math.round(bytes / MiB)} MiB`;
const secs = (s: number) => `${s.toFixed(2)} s`;
const thousands = (n: number) => n.toLocaleString("en-US");

function maxPeaks(list: Run[]): Map<string, { bytes: number; count: number }> {
  const out = new Map<string, { bytes: number; count: number }>();
  for (const run of list) {
    for (const [name, p] of run.peaks) {
      const q = out.get(name) ?? { bytes: 0, count: 0 };
      out.set(name, { bytes: Math.max(q.bytes, p.bytes), count: Math.max(q.count, p.count) });
    }
  }
  return out;
}

function peakText(peaks: Map<string, { bytes: number; count: number }>): string {
  return [...peaks]
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([name, p]) => `${name}${p.count > 1 ? ` (x${p.count})` : ""} ${mib(p.bytes)}`)
    .join(", ");
}

/** One row a mode; `baseline` (seconds) gives the ratio column, except on rows with `noRatio`. */
function table(rows: { label: string; runs: Run[]; noRatio?: boolean }[], baseline: number | null): void {
  const header = ["mode", "pages", "median", "runs", "ratio", "peak RSS per process", "tree peak"];
  const lines = rows.map(({ label, runs: list, noRatio }) => {
    const ok = list.filter((r) => r.ok);
    const med = ok.length > 0 ? median(ok.map((r) => r.seconds)) : NaN;
    return [
      label,
      String(ok[0]?.pages ?? "-"),
      ok.length > 0 ? secs(med) : "failed",
      list.map((r) => (r.ok ? r.seconds.toFixed(2) : "fail")).join(" "),
      baseline && !noRatio && ok.length > 0 ? `${(med / baseline).toFixed(2)}x` : "",
      peakText(maxPeaks(list)),
      mib(Math.max(0, ...list.map((r) => r.treePeak))),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  for (const line of [header, ...lines]) console.log(line.map((cell, i) => cell.padEnd(widths[i]!)).join("  ").trimEnd());
}

function figure(text: string, value: number, limit: number, unit: string, note = ""): void {
  const shown = unit === "x" ? `${value.toFixed(2)}x` : unit === "s" ? secs(value) : mib(value);
  const wanted = unit === "x" ? `${limit.toFixed(1)}x` : unit === "s" ? `${limit} s` : `${limit / GiB} GiB`;
  console.log(`  ${text} <= ${wanted}: ${shown}  ${Number.isNaN(value) ? "NO RESULT" : value <= limit ? "met" : "NOT MET"}${note}`);
}

const medianOk = (list: Run[]) => {
  const ok = list.filter((r) => r.ok);
  return ok.length === list.length ? median(ok.map((r) => r.seconds)) : NaN;
};
const highestProcess = (list: Run[]) => Math.max(0, ...[...maxPeaks(list).values()].map((p) => p.bytes));

// --- The benchmark ----------------------------------------------------------------------------

const root = mkdtempSync(path.join(tmpdir(), "dateline-bench-"));
const cleanup = () => {
  if (options.keep) console.log(`kept ${root}`);
  else rmSync(root, { recursive: true, force: true });
};
process.on("SIGINT", () => {
  cleanup();
  process.exit(130);
});

function datelineMode(label: string, content: string, folder: string, search: boolean): Mode {
  return {
    label,
    root: path.join(root, folder),
    command: (outDir) => ({ cwd: REPO, program: process.execPath, args: [DATELINE_BIN, "build", ...(search ? [] : ["--no-search"]), "--content", content, "--out", outDir] }),
  };
}

/** Generate reports into `<dir>/reports` with the real gazetteer; `each` sees every report. */
function corpus(dir: string, n: number, each?: (report: GeneratedReport) => void): CorpusStats {
  const started = performance.now();
  const stats = generateReports(dir, n, each);
  cpSync(path.join(REPO, "content/entities"), path.join(dir, "entities"), { recursive: true });
  console.log(
    `generated ${thousands(stats.reports)} reports in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
      `${thousands(stats.words)} words (${Math.round(stats.words / stats.reports)} a report), ${(stats.bytes / MiB).toFixed(1)} MiB`,
  );
  return stats;
}

/** Other work on the machine skews the times: the load average says how much there was. */
function load(): string {
  const [one, five] = loadavg();
  return `load average ${one!.toFixed(2)} / ${five!.toFixed(2)} (1 / 5 min)`;
}

function preamble(): void {
  console.log(`Dateline build benchmark: Node ${process.version}, ${availableParallelism()} cores, ${load()}; folders in ${root}`);
}

async function sideBySide(): Promise<void> {
  const content = path.join(root, "content");
  const plain = plainEleventyProject(path.join(root, "plain-project"));
  corpus(content, count, (report) => plain.add(report));
  const modes: Record<ModeKey, Mode> = {
    plain: { label: "plain Eleventy 3.1.7", root: path.join(root, "out-plain"), command: (outDir) => { const [program, args] = plain.command(outDir); return { cwd: plain.dir, program, args }; } },
    pages: datelineMode("dateline build --no-search", content, "out-pages", false),
    full: datelineMode("dateline build", content, "out-full", true),
  };
  const chosen = modeKeys as ModeKey[];
  const results = new Map<ModeKey, Run[]>(chosen.map((k) => [k, []]));
  for (let run = 0; run < runs; run++) {
    // Rotate the order each run, so no mode always goes first (or always follows another).
    const order = chosen.map((_, i) => chosen[(i + run) % chosen.length]!);
    for (const key of order) {
      process.stdout.write(`run ${run + 1}/${runs}: ${modes[key].label} ... `);
      const result = await cleanRun(modes[key]);
      console.log(result.ok ? `${secs(result.seconds)}, ${result.pages ?? "?"} pages, ${peakText(result.peaks)}` : "FAILED");
      results.get(key)!.push(result);
    }
  }

  let edits: Run[] = [];
  if (options.edit) edits = await editRuns(content, modes.full, results.get("full")?.at(-1));
  const dev = options.dev ? await devServerEdits(root, editCount, (k) => editReport(content, k + editCount)) : null;

  const plainTime = results.has("plain") ? medianOk(results.get("plain")!) : null;
  console.log(`\n${thousands(count)} reports, ${runs} run${runs > 1 ? "s" : ""} of each mode, interleaved; wall time medians${plainTime ? "; ratio to plain Eleventy" : ""}`);
  table([...chosen.map((k) => ({ label: modes[k].label, runs: results.get(k)! })), ...(edits.length > 0 ? [{ label: "edit one report, dateline build", runs: edits, noRatio: true }] : [])], plainTime);

  const note = count === 10_000 ? "" : "  (the figure is stated for 10,000 reports)";
  console.log("\nFigures (issue 10):");
  if (plainTime && results.has("pages")) figure("all pages except search, to plain Eleventy", medianOk(results.get("pages")!) / plainTime, 1.0, "x", note);
  if (plainTime && results.has("full")) figure("full build with search, to plain Eleventy", medianOk(results.get("full")!) / plainTime, 2.0, "x", note);
  const dateline = [...(results.get("pages") ?? []), ...(results.get("full") ?? []), ...edits];
  if (dateline.length > 0) figure("highest peak RSS of any Dateline build process", highestProcess(dateline), MEMORY_LIMIT, "MiB", "  (the figure is stated for 100,000 reports)");
  if (edits.length > 0) figure("rebuild after editing one report (CLI)", medianOk(edits), 2, "s", note);
  if (dev) {
    figure("dev server: an edited report shown (save to reload)", median(dev.map((d) => d.shown)), 1, "s", note);
    console.log(`  dev server: the rest of the site and search up to date after ${dev.map((d) => secs(d.settled)).join(", ")}`);
  }
  if (dateline.length === 0 && !dev) console.log("  none: the figures compare Dateline's builds (pages, full) with plain Eleventy");
}

/** Change one report's text and rebuild into the full build's output (kept from its last run). */
async function editRuns(content: string, full: Mode, last: Run | undefined): Promise<Run[]> {
  if (!last?.ok) {
    process.stdout.write("edit: a full build to start from ... ");
    const first = await cleanRun(full);
    console.log(first.ok ? secs(first.seconds) : "FAILED");
    if (!first.ok) return [];
  }
  const edits: Run[] = [];
  for (let k = 0; k < editCount; k++) {
    const file = editReport(content, k);
    execFileSync("sync");
    process.stdout.write(`edit ${k + 1}/${editCount}: ${file}, dateline build ... `);
    const run = await measure(full, path.join(full.root, "_site"));
    if (!run.ok) console.error(`\nthe rebuild failed:\n${run.output.split("\n").slice(-20).join("\n")}\n`);
    console.log(run.ok ? `${secs(run.seconds)}, ${peakText(run.peaks)}` : "FAILED");
    edits.push(run);
  }
  return edits;
}

/**
 * Edit the k-th of --edits reports, spread over the archive: a corrected figure at the end of a
 * paragraph in the middle of the story (the same headline and date, so the same URL). Returns its file name.
 */
function editReport(content: string, k: number): string {
  const reports = path.join(content, "reports");
  const file = readdirSync(reports).sort()[Math.floor((count * ((k % editCount) + 1)) / (editCount + 1))]!;
  const paragraphs = readFileSync(path.join(reports, file), "utf8").split("\n\n");
  const story = paragraphs.flatMap((p, i) => (p.split(" ").length >= 12 && /[.”]$/.test(p) ? [i] : []));
  paragraphs[story[Math.floor(story.length / 2)]!] += ` Officials later corrected the toll to ${12 + k}.`;
  writeFileSync(path.join(reports, file), paragraphs.join("\n\n"));
  return file;
}

/** Full builds at N/10 and N reports (the first N/10 reports of N are the same texts). */
async function scale(): Promise<void> {
  const small = Math.max(1, Math.round(count / 10));
  const smallMode = datelineMode(`dateline build, ${thousands(small)} reports`, path.join(root, "content-small"), "out-small", true);
  const bigMode = datelineMode(`dateline build, ${thousands(count)} reports`, path.join(root, "content-big"), "out-big", true);
  corpus(path.join(root, "content-small"), small);
  corpus(path.join(root, "content-big"), count);
  const small_: Run[] = [];
  const big: Run[] = [];
  for (let run = 0; run < runs; run++) {
    for (const [mode, list] of [[smallMode, small_], [bigMode, big]] as const) {
      process.stdout.write(`run ${run + 1}/${runs}: ${mode.label} ... `);
      const result = await cleanRun(mode);
      console.log(result.ok ? `${secs(result.seconds)}, ${result.pages ?? "?"} pages, ${peakText(result.peaks)}` : "FAILED");
      list.push(result);
    }
  }
  console.log(`\nScale: full builds, ${runs} run${runs > 1 ? "s" : ""} each, interleaved; ratio to the ${thousands(small)}-report build`);
  const base = medianOk(small_);
  table([{ label: smallMode.label, runs: small_ }, { label: bigMode.label, runs: big }], Number.isNaN(base) ? null : base);
  const note = count === 100_000 ? "" : "  (the figure is stated for 100,000 reports)";
  console.log("\nFigures (issue 10):");
  figure(`${thousands(count)} reports, time to the ${thousands(small)}-report build`, medianOk(big) / base, 11, "x", note);
  figure(`${thousands(count)} reports, highest peak RSS of any process`, highestProcess(big), MEMORY_LIMIT, "MiB", note);
}

try {
  preamble();
  if (options.scale) await scale();
  else await sideBySide();
  console.log(`\nat the end: ${load()}`);
} finally {
  cleanup();
}
