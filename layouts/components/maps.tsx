// SVG maps drawn at build time: a locator map for a place, and an overview of every place with
// reports whose markers are links. Each has a title and a text alternative; neither needs script.
import { plural } from "../../src/plural.ts";
import { drawMap } from "../../src/site/maps/draw-map.ts";
import { href, type SiteOptions } from "../../src/site/site-options.ts";

const formatLatLon = ([lat, lon]: [number, number]) => `${Math.abs(lat)}° ${lat >= 0 ? "N" : "S"}, ${Math.abs(lon)}° ${lon >= 0 ? "E" : "W"}`;

export function LocatorMap({ name, coordinates }: { name: string; coordinates: [number, number] }) {
  const map = drawMap([{ coordinates }], { width: 320, height: 220, minSpan: 9 });
  const home = map.countries.find((c) => c.containsPoint)?.name;
  const point = map.points[0]!;
  const neighbours = map.countries.filter((c) => !c.containsPoint).map((c) => c.name);
  return (
    <figure class="map locator-map">
      <svg viewBox={`0 0 ${map.width} ${map.height}`} role="img" aria-labelledby="locator-title locator-desc">
        <title id="locator-title">{`Map: ${name}${home ? `, ${home}` : ""}`}</title>
        <desc id="locator-desc">{`${name} at ${formatLatLon(coordinates)}${home ? `, in ${home}` : ""}. Also shown: ${neighbours.join(", ")}.`}</desc>
        <rect class="sea" width={map.width} height={map.height} />
        {map.countries.map((c) => (
          <path class={c.containsPoint ? "country home" : "country"} d={c.d} />
        ))}
        <circle class="marker" cx={point.x} cy={point.y} r="5" />
      </svg>
      <figcaption>
        {name}
        {home ? `, ${home}` : ""} ({formatLatLon(coordinates)}). Map data: Natural Earth.
      </figcaption>
    </figure>
  );
}

export interface MappedPlace {
  name: string;
  url: string;
  coordinates: [number, number];
  reports: number;
}

export function OverviewMap({ site, places }: { site: SiteOptions; places: readonly MappedPlace[] }) {
  if (places.length === 0) return null;
  const map = drawMap(places, { width: 640, height: 420, minSpan: 12 });
  return (
    <figure class="map overview-map">
      <svg viewBox={`0 0 ${map.width} ${map.height}`} role="group" aria-labelledby="overview-title">
        <title id="overview-title">{`Map of the ${places.length} places with reports; each marker links to its place`}</title>
        <rect class="sea" width={map.width} height={map.height} />
        {map.countries.map((c) => (
          <path class="country" d={c.d} />
        ))}
        {places.map((p, i) => (
          <a href={href(site, p.url)} aria-label={`${p.name}: ${plural(p.reports, "report")}`}>
            <title>{`${p.name}: ${plural(p.reports, "report")}`}</title>
            <circle class="marker" cx={map.points[i]!.x} cy={map.points[i]!.y} r={String(Math.min(12, 5 + Math.sqrt(p.reports)))} />
          </a>
        ))}
      </svg>
      <figcaption>Places with reports and known coordinates; the table below lists every place. Map data: Natural Earth.</figcaption>
    </figure>
  );
}
