// The read stage: the only file-system input. Finds report files and decodes them as UTF-8.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { problems } from "../diagnostics/catalog.ts";
import type { Diagnostic, SourceFile } from "../types.ts";

export interface GazetteerFile {
  path: string;
  text: string;
}
import { decodeUtf8 } from "./decode-utf8.ts";

const FORMATS: Record<string, SourceFile["format"]> = { ".txt": "text", ".md": "markdown" };

export interface ContentFiles {
  reports: SourceFile[];
  /** The gazetteer's YAML files in content/entities/, sorted. */
  gazetteer: GazetteerFile[];
  /** How many report files were found, including those that could not be decoded. */
  reportFileCount: number;
  diagnostics: Diagnostic[];
  /** Files in the reports folder that are not reports (kept visible with --verbose). */
  skipped: string[];
}

/** Read every report under `<contentDir>/reports/` and the gazetteer in `<contentDir>/entities/`, sorted. */
export function readContent(contentFolder: string, cwd: string = process.cwd()): ContentFiles {
  const contentDir = path.resolve(cwd, contentFolder);
  // Relative to the working folder when inside it (as the editor typed it), else absolute.
  const display = (p: string) => {
    const relative = path.relative(cwd, p);
    return relative === "" ? "." : relative.startsWith("..") || path.isAbsolute(relative) ? p : relative;
  };
  const reportsDir = path.join(contentDir, "reports");
  if (!isDirectory(contentDir)) return empty([problems.contentMissing(display(contentDir))]);
  if (!isDirectory(reportsDir)) return empty([problems.reportsMissing(display(reportsDir))]);

  const reports: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const skipped: string[] = [];
  for (const file of listFiles(reportsDir)) {
    const ext = path.extname(file).toLowerCase();
    const format = FORMATS[ext];
    const shown = display(file);
    if (!format) {
      if (!path.basename(file).startsWith(".")) skipped.push(shown);
      continue;
    }
    const decoded = decodeUtf8(readFileSync(file));
    if (!decoded.ok) {
      diagnostics.push(problems.notUtf8({ file: shown, line: decoded.line }, decoded.bytes));
      continue;
    }
    // A byte-order mark is an encoding detail, not text; CRLF line ends are normalised once, here.
    const text = decoded.text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
    reports.push({ path: shown, id: path.basename(file, path.extname(file)), format, text });
  }
  const reportFileCount = reports.length + diagnostics.length;
  const gazetteer: GazetteerFile[] = [];
  const entitiesDir = path.join(contentDir, "entities");
  // An archive without a gazetteer is valid: its reports simply link to no entity pages.
  for (const file of isDirectory(entitiesDir) ? listFiles(entitiesDir) : []) {
    if (!/\.ya?ml$/i.test(file)) continue;
    const decoded = decodeUtf8(readFileSync(file));
    if (decoded.ok) gazetteer.push({ path: display(file), text: decoded.text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n") });
    else diagnostics.push(problems.notUtf8({ file: display(file), line: decoded.line }, decoded.bytes));
  }
  return { reports, gazetteer, reportFileCount, diagnostics, skipped };
}

function empty(diagnostics: Diagnostic[]): ContentFiles {
  return { reports: [], gazetteer: [], reportFileCount: 0, diagnostics, skipped: [] };
}

function isDirectory(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}

/** All files below `dir`, depth first, sorted by name so builds are deterministic. */
function listFiles(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith(".") ? [] : listFiles(full);
    return entry.isFile() ? [full] : [];
  });
}
