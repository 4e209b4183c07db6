import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceKm } from './distance.js';

const point = fc.record({
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
});

describe('distanceKm', () => {
  it('measures known distances: Bangkok to Chiang Mai, one degree of latitude', () => {
    const bangkok = { lat: 13.7563, lon: 100.5018 };
    const chiangMai = { lat: 18.7883, lon: 98.9853 };
    expect(distanceKm(bangkok, chiangMai)).toBeCloseTo(582, -1);
    expect(distanceKm({ lat: 15, lon: 100 }, { lat: 16, lon: 100 })).toBeCloseTo(111.19, 1);
  });

  it('is zero for the same point, symmetric, and never more than half the circumference', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        expect(distanceKm(a, a)).toBe(0);
        expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 9);
        expect(distanceKm(a, b)).toBeLessThanOrEqual(Math.PI * 6371.0088 + 1e-9);
      }),
    );
  });
});
