import { describe, expect, it } from 'vitest';
import { loadThaiAreas } from './areas.js';
import { NON_PROVINCE_MAP_IDS, thailandMapGeoJson } from './map.js';

describe('thailandMapGeoJson', () => {
  it('has a polygon for every province’s ISO code, and no other feature but Pattaya and Songkhla Lake', async () => {
    const { provinces } = await loadThaiAreas();
    const mapIds = thailandMapGeoJson().features.map((f) => f.id);
    const isoCodes = provinces.map((p) => p.isoCode);
    expect(isoCodes.filter((iso) => !mapIds.includes(iso))).toEqual([]);
    expect(mapIds.filter((id) => !isoCodes.includes(id)).sort()).toEqual(
      [...NON_PROVINCE_MAP_IDS].sort(),
    );
  });

  it('is a FeatureCollection of polygons', () => {
    const map = thailandMapGeoJson();
    expect(map.type).toBe('FeatureCollection');
    for (const f of map.features) expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
  });
});
