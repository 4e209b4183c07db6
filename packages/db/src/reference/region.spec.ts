import { REGIONS } from '@isee/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoCodeOfProvince, regionOfProvince } from './region.js';

describe('regionOfProvince', () => {
  it.each([
    ['50', 'north'], // เชียงใหม่
    ['10', 'central'], // กรุงเทพมหานคร
    ['20', 'central'], // ชลบุรี, the East folded into central
    ['71', 'central'], // กาญจนบุรี, the West folded into central
    ['38', 'northeast'], // บึงกาฬ
    ['40', 'northeast'], // ขอนแก่น
    ['65', 'north'], // พิษณุโลก
    ['96', 'south'], // นราธิวาส
  ])('places province %s in the %s', (code, region) => {
    expect(regionOfProvince(code)).toEqual({ ok: true, value: region });
  });

  it.each(['', '5', '050', '0A', '05', 'TH-50'])('refuses %j with UNKNOWN_PROVINCE', (code) => {
    const result = regionOfProvince(code);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.code)).toEqual(['UNKNOWN_PROVINCE']);
  });

  it('gives one of the four PMT regions for every well-formed code', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 99 }), (n) => {
        const result = regionOfProvince(String(n));
        return result.ok && REGIONS.includes(result.value);
      }),
    );
  });
});

describe('isoCodeOfProvince', () => {
  it('numbers ISO 3166-2 subdivisions with the DOPA code', () => {
    expect(isoCodeOfProvince('50')).toEqual({ ok: true, value: 'TH-50' });
    expect(isoCodeOfProvince('10')).toEqual({ ok: true, value: 'TH-10' });
  });

  it('refuses a malformed code', () => {
    expect(isoCodeOfProvince('5').ok).toBe(false);
  });
});
