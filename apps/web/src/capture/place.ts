import type { GeoPoint } from '@isee/domain';
import type { Fix } from './gps.js';

/** Beyond this the fix may be on the neighbour's roof: the teacher is told to try in the open. */
export const POOR_ACCURACY_M = 100;

export const isPoorAccuracy = (accuracyM: number | undefined): boolean =>
  accuracyM !== undefined && accuracyM > POOR_ACCURACY_M;

/** The form keeps only the point: the domain refuses any other key, accuracy stays on the phone. */
export const geoPoint = (fix: Fix): GeoPoint => ({ lat: fix.lat, lon: fix.lon });

/** A form answer that is a point already (lat and lon numbers), to show it back. */
export function pointOf(value: unknown): GeoPoint | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { lat, lon } = value as Record<string, unknown>;
  return typeof lat === 'number' && typeof lon === 'number' ? { lat, lon } : undefined;
}
