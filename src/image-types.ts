// The image files a markdown report may show, by extension. Raster formats only: an SVG file can
// hold scripts, which a reader's browser would run when the image is opened on its own.
export const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set([".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"]);

/** Whether a file name ("Convoy.JPG") is one of those images (".png" alone is a hidden file, not one). */
export function isImageName(name: string): boolean {
  const dot = name.lastIndexOf(".");
  return dot > 0 && IMAGE_EXTENSIONS.has(name.slice(dot).toLowerCase());
}
