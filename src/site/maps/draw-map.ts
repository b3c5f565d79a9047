// Maps drawn at build time as SVG path data with d3-geo: no tiles, no script. A map shows the
// countries around a set of points, clipped to its frame, with the points projected into it, the
// larger countries in view named, and a scale bar.
import { geoBounds, geoContains, geoDistance, geoEquirectangular, geoPath } from "d3-geo";
import type { Feature, Geometry, Polygon } from "geojson";
import { worldCountries } from "./world.ts";

export interface MapPoint {
  /** [latitude, longitude], as the gazetteer writes it. */
  coordinates: [number, number];
}

export interface DrawnMap {
  width: number;
  height: number;
  /** One path per country with something inside the frame. */
  countries: { name: string; d: string; containsPoint: boolean }[];
  /** The countries large enough in view to carry their name, where it goes. */
  labels: { name: string; x: number; y: number; home: boolean }[];
  /** The points in SVG coordinates, in the order given. */
  points: { x: number; y: number }[];
  /** A round distance and its length in map units, measured across the first point. */
  scale: { km: number; length: number };
}

export interface MapOptions {
  width: number;
  height: number;
  /** The frame is at least this many degrees wide and high. */
  minSpan: number;
  /**
   * Frame a single point's country with it (a town in Syria shows Syria, Beirut Lebanon, a
   * village in Iraq Iraq), unless the country is wider than this many degrees: then the point's
   * own neighbourhood, minSpan wide.
   */
  frameCountryUpTo?: number;
}

type Box = [[number, number], [number, number]];

/** A frame around a box of [west, south]-[east, north], padded, at least `minSpan` degrees each way, as a polygon to fit to. */
function frame([[west, south], [east, north]]: Box, minSpan: number): Feature<Polygon> {
  const pad = (lo: number, hi: number) => {
    const span = Math.max(hi - lo, minSpan) * 1.25;
    const mid = (lo + hi) / 2;
    return [mid - span / 2, mid + span / 2] as const;
  };
  const [s, n] = pad(south, north);
  const [w, e] = pad(west, east);
  return {
    type: "Feature",
    properties: {},
    // Clockwise, as d3-geo reads a polygon's outside ring (the other way round is the rest of the globe).
    geometry: { type: "Polygon", coordinates: [[[w, s], [w, n], [e, n], [e, s], [w, s]]] },
  };
}

let bounds: { feature: Feature<Geometry, { name: string }>; box: Box }[] | null = null;

/** Each country's [[west, south], [east, north]], worked out once per build (west > east across the antimeridian). */
function countryBounds() {
  bounds ??= worldCountries().features.map((feature) => ({ feature, box: geoBounds(feature) as Box }));
  return bounds;
}

/** The country a point is in: only the countries whose box holds it are asked (a box can cross the antimeridian). */
function countryHolding([lat, lon]: [number, number]) {
  return countryBounds().find(({ box: [[w, s], [e, n]], feature }) => (w <= e ? lon >= w && lon <= e : lon >= w || lon <= e) && lat >= s && lat <= n && geoContains(feature, [lon, lat]));
}

/** Steps around a point, in degrees (about 10 km), for a coastal city the 1:50m coastline leaves at sea. */
const NUDGES = [[0, 0], [0, 0.1], [0, -0.1], [0.1, 0], [-0.1, 0], [0.1, 0.1], [0.1, -0.1], [-0.1, 0.1], [-0.1, -0.1]] as const;

/** The country a point is in, or right beside (Beirut is on the coast). */
function countryAt([lat, lon]: [number, number]) {
  for (const [dlat, dlon] of NUDGES) {
    const found = countryHolding([lat + dlat, lon + dlon]);
    if (found) return found;
  }
  return undefined;
}

/** What the map frames: the points, or a single point's country when it is not too wide. */
function region(points: readonly MapPoint[], options: MapOptions): Box {
  if (points.length === 0) throw new Error("A map needs at least one point.");
  const lats = points.map((p) => p.coordinates[0]);
  const lons = points.map((p) => p.coordinates[1]);
  const box: Box = [[Math.min(...lons), Math.min(...lats)], [Math.max(...lons), Math.max(...lats)]];
  const home = points.length === 1 && options.frameCountryUpTo !== undefined ? countryAt(points[0]!.coordinates) : undefined;
  if (!home) return box;
  const [[w, s], [e, n]] = home.box;
  if (e - w > options.frameCountryUpTo! || n - s > options.frameCountryUpTo!) return box;
  return [[Math.min(w, box[0][0]), Math.min(s, box[0][1])], [Math.max(e, box[1][0]), Math.max(n, box[1][1])]];
}

/** A country carries its name when it fills at least this share of the map. */
const LABEL_AREA = 0.03;
const EARTH_RADIUS_KM = 6371;
const ROUND_DISTANCES = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000];

export function drawMap(points: readonly MapPoint[], options: MapOptions): DrawnMap {
  const { width, height } = options;
  const projection = geoEquirectangular().fitExtent([[0, 0], [width, height]], frame(region(points, options), options.minSpan)).clipExtent([[0, 0], [width, height]]);
  // One decimal place is a tenth of a pixel: enough, and it keeps the path data small.
  const path = geoPath(projection).digits(1);
  // Only the countries whose bounds reach into the frame are drawn at all: a map of Syria need not
  // project 241 countries to find the dozen it shows. (The viewport can be wider or taller than
  // the frame it was fitted to, so its own corners give the bounds.)
  const [west, north] = projection.invert!([0, 0])!;
  const [east, south] = projection.invert!([width, height])!;
  const inView = countryBounds().filter(({ box: [[w, s], [e, n]] }) => w > e || !(e < west || w > east || n < south || s > north));
  const round = (n: number) => Math.round(n * 10) / 10;
  const home = points.length === 1 ? countryAt(points[0]!.coordinates)?.feature.properties.name : undefined;
  const drawn = inView
    .map(({ feature: f }) => ({ feature: f, name: f.properties.name, d: path(f) ?? "", containsPoint: f.properties.name === home }))
    .filter((c) => c.d !== "")
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // Named at the middle of the part in view (path's measures follow the clipping).
  const labels = drawn
    .filter((c) => path.area(c.feature) >= LABEL_AREA * width * height)
    .map((c) => {
      const [x, y] = path.centroid(c.feature);
      return { name: c.name, x: round(x), y: round(y), home: c.containsPoint };
    });
  const projected = points.map((p) => projection([p.coordinates[1], p.coordinates[0]]) ?? [0, 0]);
  return {
    width,
    height,
    countries: drawn.map(({ name, d, containsPoint }) => ({ name, d, containsPoint })),
    labels,
    points: projected.map(([x, y]) => ({ x: round(x!), y: round(y!) })),
    scale: scaleBar(projection, [projected[0]![0]!, projected[0]![1]!], width),
  };
}

/** The roundest distance no longer than a quarter of the map's width, measured at the first point, east-west. */
function scaleBar(projection: ReturnType<typeof geoEquirectangular>, [x, y]: [number, number], width: number): DrawnMap["scale"] {
  const kmPerUnit = (geoDistance(projection.invert!([x - 5, y])!, projection.invert!([x + 5, y])!) * EARTH_RADIUS_KM) / 10;
  const km = [...ROUND_DISTANCES].reverse().find((d) => d / kmPerUnit <= width / 4) ?? ROUND_DISTANCES[0]!;
  return { km, length: Math.round((km / kmPerUnit) * 10) / 10 };
}
