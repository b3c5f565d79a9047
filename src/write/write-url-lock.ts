// Write content/urls.lock.json after a published build: beside it and renamed over it, and only
// when it changed, so an unchanged archive leaves the editor's file (and its version control) alone.
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { lockText, URL_LOCK_FILE, type UrlLock } from "../indexes/url-lock.ts";

export function writeUrlLock(contentDir: string, lock: UrlLock): void {
  const file = path.join(contentDir, URL_LOCK_FILE);
  const text = lockText(lock);
  if (existsSync(file) && readFileSync(file, "utf8") === text) return;
  writeFileSync(`${file}.${process.pid}.tmp`, text);
  renameSync(`${file}.${process.pid}.tmp`, file);
}
