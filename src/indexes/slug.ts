// The one slug function: every URL segment made from a name goes through here.
import slugify from "@sindresorhus/slugify";

/** Longest slug: well inside a file name's 255 bytes, and short enough to read in a URL. */
export const MAX_SLUG_LENGTH = 80;

/** "Syria troops capture central town recently taken by IS" -> "syria-troops-capture-central-town-recently-taken-by-is" */
export function toSlug(text: string): string {
  // decamelize would split "McClatchy" into "mc-clatchy"; headlines are not code.
  const slug = slugify(text, { decamelize: false });
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf("-") > 0 ? cut.lastIndexOf("-") : MAX_SLUG_LENGTH);
}

/** Whether an editor's own slug is usable as a URL segment as written. */
export function isValidSlug(slug: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug);
}
