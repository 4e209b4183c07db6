import { THAILAND_BOUNDS, type GeoPoint } from '@isee/domain';
import { thailandMapGeoJson, type ThailandMapFeature } from '../reference/index.js';
import type { Random } from './prng.js';

type Ring = ReadonlyArray<readonly [number, number]>;

/** A province's outline from the map, for drawing school locations inside it. */
export interface ProvinceShape {
  readonly rings: readonly Ring[];
  readonly minLon: number;
  readonly maxLon: number;
  readonly minLat: number;
  readonly maxLat: number;
}

function ringsOf(feature: ThailandMapFeature): Ring[] {
  const { type, coordinates } = feature.geometry;
  const polygons = (type === 'Polygon' ? [coordinates] : coordinates) as Ring[][];
  return polygons.flat();
}

/** Province outlines by DOPA code (the map's ids are ISO 3166-2, TH- and the code). */
export function provinceShapes(): ReadonlyMap<string, ProvinceShape> {
  const shapes = new Map<string, ProvinceShape>();
  for (const feature of thailandMapGeoJson().features) {
    const code = /^TH-(\d\d)$/.exec(feature.id)?.[1];
    if (code === undefined) continue;
    const rings = ringsOf(feature);
    const lons = rings.flatMap((r) => r.map((p) => p[0]));
    const lats = rings.flatMap((r) => r.map((p) => p[1]));
    shapes.set(code, {
      rings,
      minLon: Math.min(...lons),
      maxLon: Math.max(...lons),
      minLat: Math.min(...lats),
      maxLat: Math.max(...lats),
    });
  }
  return shapes;
}

/** Even-odd ray casting over every ring (holes count as outside). */
function inside(shape: ProvinceShape, lon: number, lat: number): boolean {
  let within = false;
  for (const ring of shape.rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as readonly [number, number];
      const [xj, yj] = ring[j] as readonly [number, number];
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi)
        within = !within;
    }
  }
  return within;
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * A point drawn uniformly inside the province's (low-detail) outline by rejection from its
 * bounding box. The map has no sub-district outlines, so a school lies in its province, not
 * necessarily inside its sub-district (documented approximation).
 */
export function pointInProvince(shape: ProvinceShape, random: Random): GeoPoint {
  for (let attempt = 0; attempt < 200; attempt++) {
    const lon = shape.minLon + random.next() * (shape.maxLon - shape.minLon);
    const lat = shape.minLat + random.next() * (shape.maxLat - shape.minLat);
    if (inside(shape, lon, lat)) return { lat: round6(lat), lon: round6(lon) };
  }
  return {
    lat: round6((shape.minLat + shape.maxLat) / 2),
    lon: round6((shape.minLon + shape.maxLon) / 2),
  };
}

const KM_PER_DEGREE = 111.32;
const clamp = (x: number, min: number, max: number) => Math.min(max, Math.max(min, x));

/** A point `km` away from `from` in a random direction, kept inside Thailand's bounding box. */
export function pointNear(from: GeoPoint, km: number, random: Random): GeoPoint {
  const angle = 2 * Math.PI * random.next();
  const dLat = (km * Math.sin(angle)) / KM_PER_DEGREE;
  const dLon = (km * Math.cos(angle)) / (KM_PER_DEGREE * Math.cos((from.lat * Math.PI) / 180));
  const b = THAILAND_BOUNDS;
  return {
    lat: round6(clamp(from.lat + dLat, b.latMin, b.latMax)),
    lon: round6(clamp(from.lon + dLon, b.lonMin, b.lonMax)),
  };
}
