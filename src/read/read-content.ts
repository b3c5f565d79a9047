// The read stage: the only file-system input. Finds report files and decodes them as UTF-8, and
// finds the images beside them (copied, not read, by the render stage).
import { closeSync, existsSync, openSync, readFileSync, readSync, realpathSync, statSync, type Stats } from "node:fs";
import { imageSize } from "image-size";
import path from "node:path";
import { problems } from "../diagnostics/catalog.ts";
import type { PublishOptions } from "../indexes/held-back.ts";
import { URL_LOCK_FILE } from "../indexes/url-lock.ts";
import type { ContentImage, Diagnostic, SourceFile } from "../types.ts";
import { isImageName } from "../image-types.ts";
import { decodeUtf8 } from "./decode-utf8.ts";
import { listFiles, specialKind, systemError, type Bounds, type Listing, type NameFilter, type SkippedFile } from "./list-files.ts";

export type { SkippedFile } from "./list-files.ts";

/** A content file read whole: its display path and text. */
export interface TextFile {
  path: string;
  text: string;
}

/** One of the gazetteer's YAML files. */
export type GazetteerFile = TextFile;

const FORMATS: Record<string, SourceFile["format"]> = { ".txt": "text", ".md": "markdown" };

/** Reports taken back whose files are gone from reports/: each keeps a page at its URL saying so. */
export const WITHDRAWN_FILE = "withdrawn.yaml";

/**
 * The largest report file read: 5 MB (decimal), hundreds of times a long report. Checked from the
 * file's stat before it is read, on this thread: a larger one used to reach a worker in a batch and
 * exhaust its heap (ERR_WORKER_OUT_OF_MEMORY, naming no file), so memory decided whether a build
 * succeeded. Now such a file is a diagnostic naming it and its size.
 */
export const MAX_REPORT_BYTES = 5_000_000;

/**
 * The largest gazetteer file, withdrawn.yaml and urls.lock.json read: 50 MB (decimal). They are read
 * whole and parsed as YAML on the main thread, which takes many times their size in memory. The
 * lock, which the build writes, holds about 120 bytes a report: 50 MB is some 400,000 reports, four
 * times the largest archive the build is measured with.
 */
export const MAX_DATA_FILE_BYTES = 50_000_000;

export interface ReadOptions {
  /** An empty reports folder is an error unless this is set (`--allow-empty`). */
  allowEmpty?: boolean;
  /** Which of the reports read are published: drafts, embargoes and the build's clock. */
  publish?: PublishOptions;
  /**
   * Follow symbolic links whose real path is outside the content folder (the settings file's
   * `followSymlinksOutOfContent`). Off by default: `reports/photos -> /home/user` would publish any
   * image a report names there, so such a link is skipped, listed and warned about instead.
   */
  followSymlinksOutOfContent?: boolean;
}

/** A report file found but not yet read: the build reads reports a batch at a time (readReports). */
export interface ReportFile {
  /** Absolute path. */
  file: string;
  /** Display path, relative to the working folder. */
  path: string;
  id: string;
  format: SourceFile["format"];
  /** Its size when the listing found it; else it is stat'ed before it is read. */
  size?: number;
}

export interface ContentListing {
  reports: ReportFile[];
  /** The image files in the reports folder, sorted. */
  images: ContentImage[];
  /** The gazetteer's YAML files in content/entities/, sorted. */
  gazetteer: GazetteerFile[];
  /** content/withdrawn.yaml, when there is one: reports taken back whose files are gone. */
  withdrawn: TextFile | null;
  /** content/urls.lock.json, when the editor keeps one: each report's first URL. */
  urlLock: TextFile | null;
  /** How many report files were found, including those that could not be read or decoded. */
  reportFileCount: number;
  diagnostics: Diagnostic[];
  /** Files in the content folders that are not read, with the reason (listed with --verbose). */
  skipped: SkippedFile[];
}

export interface ContentFiles extends Omit<ContentListing, "reports"> {
  reports: SourceFile[];
}

const reportName: NameFilter = (name) => {
  const ext = path.extname(name).toLowerCase();
  // path.extname(".txt") is "": a file named only ".txt" is a hidden file to Node, and has no id.
  if (FORMATS[name.toLowerCase()]) return "no report id: the name is only an extension";
  if (name.startsWith(".")) return "a hidden file";
  return FORMATS[ext] ? null : "not a .txt or .md report";
};

/** Reports, and the images they may show. */
const reportOrImageName: NameFilter = (name) => (isImageName(name) && !name.startsWith(".") ? null : reportName(name));

const gazetteerName: NameFilter = (name) => {
  if (name.startsWith(".")) return "a hidden file";
  return /\.ya?ml$/i.test(name) ? null : "not a .yaml or .yml gazetteer file";
};

/** Read every report under `<contentDir>/reports/` and the gazetteer in `<contentDir>/entities/`, sorted. */
export function readContent(contentFolder: string, cwd: string = process.cwd(), options: ReadOptions = {}): ContentFiles {
  const listing = listContent(contentFolder, cwd, options);
  const reports: SourceFile[] = [];
  for (const read of readReports(listing.reports)) {
    listing.diagnostics.push(...read.diagnostics);
    if (read.file) reports.push(read.file);
  }
  return { ...listing, reports };
}

/** Each report's text, read when asked for, so a build holds only the batches it is working on. */
export function* readReports(reports: Iterable<ReportFile>): Generator<{ file: SourceFile | null; diagnostics: Diagnostic[] }> {
  for (const report of reports) {
    const diagnostics: Diagnostic[] = [];
    const text = readText(report.file, report.path, diagnostics, REPORT_LIMIT, report.size);
    yield { file: text === null ? null : { path: report.path, id: report.id, format: report.format, text }, diagnostics };
  }
}

/** A report file the listing found, by its absolute and display paths: its id is its name. */
export function reportFile(file: string, shown: string, size?: number): ReportFile {
  const ext = path.extname(file);
  return { file, path: shown, id: path.basename(file, ext), format: FORMATS[ext.toLowerCase()]!, ...(size !== undefined ? { size } : {}) };
}

/**
 * Find the reports under `<contentDir>/reports/` (without reading them) and read the gazetteer in
 * `<contentDir>/entities/`, sorted.
 */
export function listContent(contentFolder: string, cwd: string = process.cwd(), options: ReadOptions = {}): ContentListing {
  const contentDir = path.resolve(cwd, contentFolder);
  // Relative to the working folder when inside it (as the editor typed it), else absolute.
  const display = (p: string) => {
    const relative = path.relative(cwd, p);
    return relative === "" ? "." : relative.startsWith("..") || path.isAbsolute(relative) ? p : relative;
  };
  const reportsDir = path.join(contentDir, "reports");
  if (!isDirectory(contentDir)) return empty([problems.contentMissing(display(contentDir))]);
  if (!isDirectory(reportsDir)) return empty([problems.reportsMissing(display(reportsDir))]);

  const diagnostics: Diagnostic[] = [];
  // Links may lead anywhere in the content folder, and anywhere in the reports or entities folder
  // when that is itself a link: the folders Dateline reads by name are the editor's to place.
  const bounds = (dir: string): Bounds => (options.followSymlinksOutOfContent ? null : [realpathSync(contentDir), realpathSync(dir)]);
  const found = listFiles(reportsDir, reportOrImageName, display, bounds(reportsDir));
  const images: ContentImage[] = [];
  const reports: ReportFile[] = [];
  for (const { file, size, modified } of found.files) {
    if (!isImageName(path.basename(file))) reports.push(reportFile(file, display(file), size));
    else images.push({ file, path: display(file), size, modified, pixels: imagePixels(file) });
  }
  diagnostics.push(...found.linksOut.map((link) => problems.symlinkOutOfContent(link.path, link.target)));
  const unreadable = unreadableProblems(found);
  diagnostics.push(...unreadable);
  const reportFileCount = reports.length + found.unreadable.filter((u) => !u.folder).length;
  if (reportFileCount === 0 && unreadable.length === 0 && !options.allowEmpty) {
    diagnostics.push(problems.reportsEmpty(display(reportsDir), found.skipped.length));
  }

  const gazetteer: GazetteerFile[] = [];
  const skipped = [...found.skipped];
  const entitiesDir = path.join(contentDir, "entities");
  // An archive without a gazetteer is valid: its reports simply link to no entity pages.
  if (isDirectory(entitiesDir)) {
    const entities = listFiles(entitiesDir, gazetteerName, display, bounds(entitiesDir));
    for (const { file, size } of entities.files) {
      const text = readText(file, display(file), diagnostics, { max: MAX_DATA_FILE_BYTES, kind: "gazetteer" }, size);
      if (text !== null) gazetteer.push({ path: display(file), text });
    }
    diagnostics.push(...entities.linksOut.map((link) => problems.symlinkOutOfContent(link.path, link.target)));
    diagnostics.push(...unreadableProblems(entities));
    skipped.push(...entities.skipped);
  }
  const withdrawnFile = path.join(contentDir, WITHDRAWN_FILE);
  const withdrawnText = existsSync(withdrawnFile) ? readText(withdrawnFile, display(withdrawnFile), diagnostics, { max: MAX_DATA_FILE_BYTES, kind: "withdrawn" }) : null;
  const withdrawn = withdrawnText === null ? null : { path: display(withdrawnFile), text: withdrawnText };
  const lockFile = path.join(contentDir, URL_LOCK_FILE);
  const lockText = existsSync(lockFile) ? readText(lockFile, display(lockFile), diagnostics, { max: MAX_DATA_FILE_BYTES, kind: "urlLock" }) : null;
  const urlLock = lockText === null ? null : { path: display(lockFile), text: lockText };
  return { reports, images, gazetteer, withdrawn, urlLock, reportFileCount, diagnostics, skipped };
}

/** The bytes image-size reads at most: every format states its size well within them. */
const IMAGE_HEADER_BYTES = 512 * 1024;

/** One buffer for every image's header: images are read one at a time, and their number is the archive's. */
let headerBuffer: Buffer | null = null;

/** An image's width and height from its header (image-size), or null when it is not a readable image. */
function imagePixels(file: string): { width: number; height: number } | null {
  let fd: number | null = null;
  try {
    fd = openSync(file, "r");
    const header = (headerBuffer ??= Buffer.alloc(IMAGE_HEADER_BYTES));
    const read = readSync(fd, header, 0, IMAGE_HEADER_BYTES, 0);
    const { width, height } = imageSize(header.subarray(0, read));
    return width > 0 && height > 0 ? { width, height } : null;
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** The most a kind of content file may hold, and what the message calls it. */
interface SizeLimit {
  max: number;
  kind: Parameters<typeof problems.fileTooLarge>[3];
}

const REPORT_LIMIT: SizeLimit = { max: MAX_REPORT_BYTES, kind: "report" };

/**
 * A file's text, or null after adding the diagnostic that says why it cannot be used. Its size
 * (the listing's stat, or a stat now) is checked before a byte is read; a file found by name that
 * is not a regular one (a named pipe called withdrawn.yaml) is never opened.
 */
function readText(file: string, shown: string, diagnostics: Diagnostic[], limit: SizeLimit, size?: number): string | null {
  let bytes: Buffer;
  try {
    const stats: Stats | null = size === undefined ? statSync(file) : null;
    if (stats && !stats.isFile()) {
      diagnostics.push(problems.notRegularFile(shown, specialKind(stats)));
      return null;
    }
    const bytesOnDisk = size ?? stats!.size;
    if (bytesOnDisk > limit.max) {
      diagnostics.push(problems.fileTooLarge(shown, bytesOnDisk, limit.max, limit.kind));
      return null;
    }
    bytes = readFileSync(file);
  } catch (error) {
    diagnostics.push(problems.unreadable(shown, systemError(error), "file"));
    return null;
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    diagnostics.push(problems.notUtf8({ file: shown, line: decoded.line }, decoded.bytes));
    return null;
  }
  // A byte-order mark is an encoding detail, not text; CRLF line ends are normalised once, here.
  return decoded.text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

function unreadableProblems(listing: Listing): Diagnostic[] {
  return listing.unreadable.map((u) => problems.unreadable(u.path, u.error, u.folder ? "folder" : "file"));
}

function empty(diagnostics: Diagnostic[]): ContentListing {
  return { reports: [], images: [], gazetteer: [], withdrawn: null, urlLock: null, reportFileCount: 0, diagnostics, skipped: [] };
}

function isDirectory(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}
