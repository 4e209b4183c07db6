/** Thai reference data built from maintained packages: areas, regions, map codes, affiliations, grades. */
export { loadThaiAreas, areaKindLabels, type AreaKindLabels } from './areas.js';
export { regionOfProvince, isoCodeOfProvince } from './region.js';
export {
  AFFILIATIONS,
  AFFILIATION_CODES,
  type Affiliation,
  type AffiliationCode,
} from './affiliations.js';
export { gradeLevelRows, type GradeLevelRow } from './grades.js';
export {
  thailandMapGeoJson,
  NON_PROVINCE_MAP_IDS,
  type ThailandMap,
  type ThailandMapFeature,
} from './map.js';
export type { Province, District, SubDistrict, ThaiAreas } from './types.js';
