import { createRequire } from 'node:module';

/** A GeoJSON feature of amCharts' Thailand map; its id is the ISO 3166-2 code (TH-50). */
export interface ThailandMapFeature {
  readonly type: 'Feature';
  readonly id: string;
  readonly properties: { readonly name: string; readonly id: string; readonly TYPE: string };
  readonly geometry: { readonly type: 'Polygon' | 'MultiPolygon'; readonly coordinates: unknown };
}

export interface ThailandMap {
  readonly type: 'FeatureCollection';
  readonly features: readonly ThailandMapFeature[];
}

/**
 * Features of the map that are not provinces: Pattaya (TH-S), a special administrative city inside
 * Chon Buri, and Songkhla Lake (TH-LK). Choropleths leave them unfilled.
 */
export const NON_PROVINCE_MAP_IDS: readonly string[] = ['TH-S', 'TH-LK'];

/** The province polygons for choropleths (amCharts' low-detail Thailand), loaded once per process. */
export const thailandMapGeoJson = (): ThailandMap =>
  createRequire(import.meta.url)(
    '@amcharts/amcharts5-geodata/json/thailandLow.json',
  ) as ThailandMap;
