import { validateHousehold } from '@isee/domain';
import { describe, expect, it } from 'vitest';
import { geoPoint, isPoorAccuracy, pointOf } from './place.js';

describe('a GPS fix in the form', () => {
  it('keeps exactly lat and lon, which the domain accepts as the home location', () => {
    const point = geoPoint({ lat: 13.756331, lon: 100.501765, accuracyM: 12 });
    expect(point).toEqual({ lat: 13.756331, lon: 100.501765 });
    const result = validateHousehold({
      formRevision: '2026-03',
      variant: 'household',
      address: { gps: point },
    });
    const gpsIssues = result.ok
      ? []
      : result.issues.filter((i) => i.path.startsWith('address.gps'));
    expect(gpsIssues).toEqual([]);
  });

  it('warns past 100 m, not at it, and not when the phone gave no accuracy', () => {
    expect(isPoorAccuracy(100)).toBe(false);
    expect(isPoorAccuracy(101)).toBe(true);
    expect(isPoorAccuracy(undefined)).toBe(false);
  });

  it('shows back only an answer that is a point', () => {
    expect(pointOf({ lat: 13.7, lon: 100.5 })).toEqual({ lat: 13.7, lon: 100.5 });
    expect(pointOf({ lat: '13.7', lon: 100.5 })).toBeUndefined();
    expect(pointOf(undefined)).toBeUndefined();
    expect(pointOf('13.7,100.5')).toBeUndefined();
  });
});
