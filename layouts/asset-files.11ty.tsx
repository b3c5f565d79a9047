// The site's processed assets (minified, fingerprinted CSS), written at their hashed names.
interface AssetData {
  asset: { url: string; content: string };
}

export const data = {
  pagination: { data: "writtenAssets", size: 1, alias: "asset", addAllPagesToCollections: false },
  permalink: (data: AssetData) => data.asset.url,
  eleventyExcludeFromCollections: true,
};

export function render({ asset }: AssetData) {
  return { html: asset.content };
}
