import { reconcileAreas } from './reconcile.js';
import { readAddressRows, readDopaRows } from './sources.js';
import type { ThaiAreas } from './types.js';

let loading: Promise<ThaiAreas> | undefined;

/**
 * The 77 provinces, their districts and sub-districts with official codes, built from the address
 * packages once per process (the packages decode their data lazily, and the result never changes).
 */
export function loadThaiAreas(): Promise<ThaiAreas> {
  loading ??= readAddressRows().then((rows) => reconcileAreas(rows, readDopaRows()).areas);
  return loading;
}

export interface AreaKindLabels {
  readonly district: { readonly th: string; readonly en: string };
  readonly subDistrict: { readonly th: string; readonly en: string };
}

const BANGKOK = '10';

/** Bangkok's districts are เขต (khet) and its sub-districts แขวง (khwaeng); elsewhere อำเภอ and ตำบล. */
export function areaKindLabels(provinceCode: string): AreaKindLabels {
  return provinceCode === BANGKOK
    ? { district: { th: 'เขต', en: 'Khet' }, subDistrict: { th: 'แขวง', en: 'Khwaeng' } }
    : { district: { th: 'อำเภอ', en: 'Amphoe' }, subDistrict: { th: 'ตำบล', en: 'Tambon' } };
}
