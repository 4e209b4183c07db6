import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageAt } from './age.js';

const months = (birth: string, measured: string) => {
  const r = ageAt(birth, measured);
  return r.ok ? r.value : r.issues.map((i) => i.code);
};

describe('ageAt: exact age in days and in WHO months (days / 30.4375)', () => {
  it('counts leap days: six years spanning two leap days are 2,192 days', () => {
    expect(months('2015-03-01', '2021-03-01')).toEqual({ days: 2192, months: 2192 / 30.4375 });
  });

  it('gives whole months when days are a multiple of 365.25 / 12: twelve years are 144 months', () => {
    expect(months('2010-01-01', '2022-01-01')).toEqual({ days: 4383, months: 144 });
  });

  it('a child born on 29 February is not yet 60 months on 28 February five years on', () => {
    expect(months('2016-02-29', '2021-02-28')).toEqual({ days: 1826, months: 1826 / 30.4375 });
    expect(
      (ageAt('2016-02-29', '2021-02-28') as { value: { months: number } }).value.months,
    ).toBeLessThan(60);
    expect(months('2016-02-29', '2021-03-01')).toMatchObject({ days: 1827 });
  });

  it('does not round to completed months at the end of a month', () => {
    // 31 January to 28 February / 1 March: 1,854 and 1,855 days, both inside month 60.
    expect(months('2014-01-31', '2019-02-28')).toMatchObject({ days: 1854 });
    expect(months('2014-01-31', '2019-03-01')).toMatchObject({
      days: 1855,
      months: 1855 / 30.4375,
    });
  });

  it('is zero on the birth date and refuses a measurement before birth', () => {
    expect(months('2015-06-30', '2015-06-30')).toEqual({ days: 0, months: 0 });
    expect(months('2015-06-30', '2015-06-29')).toEqual(['GROWTH_BEFORE_BIRTH']);
  });

  it('refuses impossible and malformed dates, each at its own field', () => {
    const r = ageAt('2015-02-29', '15/06/2021');
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([
      ['birthDate', 'INVALID_DATE'],
      ['measuredOn', 'INVALID_DATE'],
    ]);
  });

  it('adds up: the age at a later date is the age at an earlier one plus the days between', () => {
    const day = fc.integer({ min: 0, max: 20_000 });
    fc.assert(
      fc.property(day, day, day, (b, gap1, gap2) => {
        const iso = (d: number) =>
          new Date(Date.UTC(1990, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
        const first = ageAt(iso(b), iso(b + gap1));
        const second = ageAt(iso(b), iso(b + gap1 + gap2));
        expect(first.ok && second.ok && second.value.days - first.value.days).toBe(gap2);
      }),
    );
  });
});
