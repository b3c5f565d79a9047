// The image files a markdown report may show, by extension. Raster formats only: an SVG file can
// hold scripts, which a reader's browser would run when the image is opened on its own.
export const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set([".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"]);

/** Whether a file name ("Convoy.JPG") is one of those images. */
export const isImageName = (name: string) => IMAGE_EXTENSIONS.has(name.slice(name.lastIndexOf(".")).toLowerCase()) && name.lastIndexOf(".") > 0;
