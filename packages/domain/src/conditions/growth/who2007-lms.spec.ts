import { describe, expect, it } from 'vitest';
import { AGE_LIMITS } from './reference.js';
import { GROWTH_INDICATORS, SEXES } from './types.js';
import { WHO2007_LMS, type LmsRow } from './who2007-lms.js';

const tables = GROWTH_INDICATORS.flatMap((indicator) =>
  SEXES.map((sex) => ({ indicator, sex, rows: WHO2007_LMS[indicator][sex] })),
);

/** The largest |second difference| of column k, relative to the column's value when asked. */
function roughness(rows: readonly LmsRow[], k: 1 | 2 | 3, relative: boolean): number {
  let worst = 0;
  for (let i = 2; i < rows.length; i++) {
    const [a, b, c] = [rows[i - 2]?.[k], rows[i - 1]?.[k], rows[i]?.[k]] as [
      number,
      number,
      number,
    ];
    const d2 = Math.abs(c - 2 * b + a);
    worst = Math.max(worst, relative ? d2 / Math.abs(b) : d2);
  }
  return worst;
}

describe('WHO 2007 LMS tables as transcribed', () => {
  it.each(tables)('$indicator $sex: one row per month over the whole reference range', (t) => {
    const { min, max } = AGE_LIMITS[t.indicator];
    expect(t.rows.map((r) => r[0])).toEqual(
      Array.from({ length: max - min + 1 }, (_, i) => min + i),
    );
  });

  it.each(tables)('$indicator $sex: M and S are positive, L is 1 only for height', (t) => {
    for (const [, l, m, s] of t.rows) {
      expect(m).toBeGreaterThan(0);
      expect(s).toBeGreaterThan(0);
      expect(l === 1).toBe(t.indicator === 'height_for_age');
    }
  });

  // WHO's curves are smoothed, so a mistyped digit shows as a kink between neighbouring months.
  it.each(tables)('$indicator $sex: L, M and S are smooth from month to month', (t) => {
    expect(roughness(t.rows, 1, false)).toBeLessThan(0.001);
    expect(roughness(t.rows, 2, true)).toBeLessThan(0.0002);
    expect(roughness(t.rows, 3, false)).toBeLessThan(0.00005);
  });
});

// Checksums of every row, so that an accidental edit of any single number is caught. The expected
// sums were computed NOT from our file but from an independent second public copy of WHO's
// expanded tables, in the GitHub repository ewheeler/pygrowup:
//   pygrowup/tables/by_month/src/bmi_boys_z_WHO2007_exp.txt
//   pygrowup/tables/source/who/bmi_girls_z_WHO2007_exp.txt
//   pygrowup/tables/source/who/hfa_boys_z_WHO2007_exp.txt
//   pygrowup/tables/source/who/hfa_girls_z_WHO2007_exp.txt
//   pygrowup/tables/source/who/wfa_boys_z_WHO2007_exp.txt
//   pygrowup/tables/source/who/wfa_girls_z_WHO2007_exp.txt
// Every row of our six tables was compared with that copy (L, M and S of each month) and agreed.
describe('WHO 2007 LMS tables against an independent second copy (pygrowup)', () => {
  const expected: Readonly<Record<string, { rows: number; l: number; m: number; s: number }>> = {
    'bmi_for_age male': { rows: 168, l: -238.4033, m: 3033.8877, s: 18.71582 },
    'bmi_for_age female': { rows: 168, l: -202.4429, m: 3053.5493, s: 21.38037 },
    'height_for_age male': { rows: 168, l: 168, m: 25035.6525, s: 7.55987 },
    'height_for_age female': { rows: 168, l: 168, m: 24420.0409, s: 7.3726 },
    'weight_for_age male': { rows: 60, l: -28.8476, m: 1465.2996, s: 8.57101 },
    'weight_for_age female': { rows: 60, l: -32.6418, m: 1453.9325, s: 9.51603 },
  };

  it.each(tables)('$indicator $sex: row count and sums of L, M and S match', (t) => {
    const want = expected[`${t.indicator} ${t.sex}`];
    expect(want).toBeDefined();
    if (!want) return;
    const sum = (k: 1 | 2 | 3) => t.rows.reduce((acc, row) => acc + row[k], 0);
    expect(t.rows.length).toBe(want.rows);
    expect(Math.abs(sum(1) - want.l)).toBeLessThan(1e-9);
    expect(Math.abs(sum(2) - want.m)).toBeLessThan(1e-9);
    expect(Math.abs(sum(3) - want.s)).toBeLessThan(1e-9);
  });
});
