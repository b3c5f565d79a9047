// SVG maps drawn at build time: a locator map for a place, and an overview of every place with
// reports whose markers are links. Each has a title and a text alternative; neither needs script.
import { plural } from "../../src/plural.ts";
import { drawMap, type DrawnMap } from "../../src/site/maps/draw-map.ts";
import { href, type SiteOptions } from "../../src/site/site-options.ts";

const formatLatLon = ([lat, lon]: [number, number]) => `${Math.abs(lat)}° ${lat >= 0 ? "N" : "S"}, ${Math.abs(lon)}° ${lon >= 0 ? "E" : "W"}`;

export function LocatorMap({ name, coordinates }: { name: string; coordinates: [number, number] }) {
  // Framed to the place's country (up to a country 25 degrees across), so a Syrian town, Beirut
  // and a village in Iraq each show their own region.
  const map = drawMap([{ coordinates }], { width: 320, height: 220, minSpan: 3, frameCountryUpTo: 25 });
  const home = map.countries.find((c) => c.containsPoint)?.name;
  const point = map.points[0]!;
  const neighbours = map.countries.filter((c) => !c.containsPoint).map((c) => c.name);
  return (
    <figure class="map locator-map">
      <svg viewBox={`0 0 ${map.width} ${map.height}`} role="img" aria-labelledby="locator-title locator-desc">
        <title id="locator-title">{`Map: ${name}${home ? `, ${home}` : ""}`}</title>
        <desc id="locator-desc">{`${name} at ${formatLatLon(coordinates)}${home ? `, in ${home}` : ""}. Also shown: ${neighbours.join(", ")}. Scale: ${map.scale.km} km.`}</desc>
        <rect class="sea" width={map.width} height={map.height} />
        {map.countries.map((c) => (
          <path class={c.containsPoint ? "country home" : "country"} d={c.d} />
        ))}
        <CountryLabels labels={clearOf(map.labels, [scaleBox(map), markerBox(point)])} />
        <circle class="marker" cx={point.x} cy={point.y} r="5" />
        <ScaleBar map={map} />
      </svg>
      <figcaption>
        {name}
        {home ? `, ${home}` : ""} ({formatLatLon(coordinates)}). Map data: Natural Earth.
      </figcaption>
    </figure>
  );
}

/** The names of the larger countries in view, the place's own in bold. */
function CountryLabels({ labels }: { labels: DrawnMap["labels"] }) {
  return (
    <g class="country-labels" aria-hidden="true">
      {labels.map((l) => (
        <text x={l.x} y={l.y} class={l.home ? "home" : undefined} text-anchor="middle">
          {l.name}
        </text>
      ))}
    </g>
  );
}

/** A country name's character width in map units (its names are 11 units high). */
const COUNTRY_CHAR_WIDTH = 6.5;

/** The country names that cover none of `boxes` (the scale bar, markers, places' names): a country's name gives way. */
function clearOf(labels: DrawnMap["labels"], boxes: readonly Box[]): DrawnMap["labels"] {
  return labels.filter((l) => {
    const width = l.name.length * COUNTRY_CHAR_WIDTH;
    const box = { x0: l.x - width / 2, y0: l.y - 11, x1: l.x + width / 2, y1: l.y + 3 };
    return !boxes.some((b) => overlaps(b, box));
  });
}

/** The room a marker's dot takes. */
const markerBox = ({ x, y }: { x: number; y: number }): Box => ({ x0: x - 8, y0: y - 8, x1: x + 8, y1: y + 8 });

/** Where the scale bar and its figure are. */
const scaleBox = (map: DrawnMap): Box => ({ x0: 0, y0: map.height - 30, x1: 10 + Math.max(map.scale.length, 50), y1: map.height });

/** A bar of a round distance in the bottom left corner. */
function ScaleBar({ map }: { map: DrawnMap }) {
  const x = 10;
  const y = map.height - 12;
  return (
    <g class="scale-bar" aria-hidden="true">
      <path d={`M${x} ${y - 4}V${y}H${x + map.scale.length}V${y - 4}`} />
      <text x={x} y={y - 7}>{`${map.scale.km} km`}</text>
    </g>
  );
}

export interface MappedPlace {
  name: string;
  url: string;
  coordinates: [number, number];
  reports: number;
}

/** A marker's target is a circle of at least this radius in CSS pixels, at the narrowest (375 px) screen. */
const TARGET_PX = 12;
/** The widest the overview map is drawn on such a screen, in CSS pixels (the column, less its margins). */
const PHONE_MAP_PX = 340;
/** How many of the places with most reports are named on the map (the table names them all). */
const NAMED_MARKERS = 12;

export function OverviewMap({ site, places }: { site: SiteOptions; places: readonly MappedPlace[] }) {
  if (places.length === 0) return null;
  // Drawn near the size a phone shows it, so its names stay legible there (and large on a wide screen).
  const map = drawMap(places, { width: 480, height: 340, minSpan: 10 });
  // The map scales with the column: a target 24 px across on a phone is this big in map units.
  const target = Math.ceil((TARGET_PX * map.width) / PHONE_MAP_PX);
  const named = nameMarkers(places, map);
  // A country's name gives way to the places' names and markers, and to the scale bar.
  const countryLabels = clearOf(map.labels, [...[...named.values()].map((n) => n.box), ...map.points.map(markerBox), scaleBox(map)]);
  return (
    <figure class="map overview-map">
      <svg viewBox={`0 0 ${map.width} ${map.height}`} role="group" aria-labelledby="overview-title">
        <title id="overview-title">{`Map of the ${places.length} places with reports; each marker links to its place`}</title>
        <rect class="sea" width={map.width} height={map.height} />
        {map.countries.map((c) => (
          <path class="country" d={c.d} />
        ))}
        <CountryLabels labels={countryLabels} />
        {places.map((p, i) => (
          <a href={href(site, p.url)} aria-label={`${p.name}: ${plural(p.reports, "report")}`}>
            <title>{`${p.name}: ${plural(p.reports, "report")}`}</title>
            <circle class="target" cx={map.points[i]!.x} cy={map.points[i]!.y} r={String(target)} />
            <circle class="marker" cx={map.points[i]!.x} cy={map.points[i]!.y} r={String(Math.min(12, 5 + Math.sqrt(p.reports)))} />
            {named.get(i) ? (
              <text class="marker-label" x={named.get(i)!.x} y={named.get(i)!.y}>
                {p.name}
              </text>
            ) : null}
          </a>
        ))}
        <ScaleBar map={map} />
      </svg>
      <figcaption>Places with reports and known coordinates, the most reported named; the table below lists every place. Map data: Natural Earth.</figcaption>
    </figure>
  );
}

/** Label size in map units, for keeping labels apart: a character's width and the line's height. */
const CHAR_WIDTH = 7.8;
const LINE_HEIGHT = 16;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The room a name takes, its text starting at x on the baseline y (approximately). */
const labelBox = (name: string, x: number, y: number): Box => ({ x0: x, y0: y - LINE_HEIGHT + 4, x1: x + name.length * CHAR_WIDTH, y1: y + 4 });
/** Whether two boxes come within GAP map units of each other. */
const overlaps = (a: Box, b: Box) => !(a.x1 + GAP < b.x0 || a.x0 > b.x1 + GAP || a.y1 + GAP < b.y0 || a.y0 > b.y1 + GAP);
const GAP = 5;

/**
 * Where the names of the places with most reports go: right of the marker, else left, above or
 * below it; a name that would cover another's, or leave the map, is left to the table below.
 */
function nameMarkers(places: readonly MappedPlace[], map: DrawnMap): Map<number, { x: number; y: number; box: Box }> {
  const order = places.map((p, i) => ({ p, i })).sort((a, b) => b.p.reports - a.p.reports || (a.p.name < b.p.name ? -1 : 1));
  const named = new Map<number, { x: number; y: number; box: Box }>();
  for (const { p, i } of order.slice(0, NAMED_MARKERS)) {
    const { x, y } = map.points[i]!;
    const w = p.name.length * CHAR_WIDTH;
    const spots = [
      [x + 10, y + 4],
      [x - 10 - w, y + 4],
      [x - w / 2, y - 12],
      [x - w / 2, y + 20],
    ] as const;
    for (const [tx, ty] of spots) {
      const box = labelBox(p.name, tx, ty);
      const inside = box.x0 >= 0 && box.x1 <= map.width && box.y0 >= 0 && box.y1 <= map.height;
      // Only names must stay apart: in a cluster of towns, keeping clear of every marker too would
      // leave the most reported unnamed.
      if (!inside || [...named.values()].some((n) => overlaps(n.box, box))) continue;
      named.set(i, { x: tx, y: ty, box });
      break;
    }
  }
  return named;
}
