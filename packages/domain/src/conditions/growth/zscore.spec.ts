import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lmsZ } from './lms.js';
import { WHO2007_LMS } from './who2007-lms.js';
import { zScore } from './zscore.js';
import type { GrowthIndicator, Sex } from './types.js';

/**
 * Rows of WHO's published expanded tables (bmi_*_z_WHO2007_exp, hfa_*_z_WHO2007_exp,
 * wfa_*_z_WHO2007_exp; copied from the public copy in ewheeler/pygrowup): month, L, M, S, then the
 * SD lines from −4 to +4 exactly as WHO prints them (3 decimals).
 */
type Published = readonly [
  month: number,
  l: number,
  m: number,
  s: number,
  sd4neg: number,
  sd3neg: number,
  sd2neg: number,
  sd1neg: number,
  sd0: number,
  sd1: number,
  sd2: number,
  sd3: number,
  sd4: number,
];

const PUBLISHED: Readonly<Record<GrowthIndicator, Readonly<Record<Sex, readonly Published[]>>>> = {
  bmi_for_age: {
    male: [
      [
        61, -0.7387, 15.2641, 0.0839, 11.204, 12.118, 13.031, 14.071, 15.264, 16.645, 18.259,
        20.166, 22.072,
      ],
      [
        96, -1.4629, 15.7368, 0.09526, 11.486, 12.394, 13.302, 14.394, 15.737, 17.437, 19.675,
        22.785, 25.895,
      ],
      [
        144, -1.7751, 17.5334, 0.11522, 12.328, 13.391, 14.453, 15.788, 17.533, 19.946, 23.581,
        29.957, 36.333,
      ],
      [
        192, -1.3529, 20.4951, 0.12579, 13.714, 15.109, 16.505, 18.247, 20.495, 23.525, 27.875,
        34.754, 41.632,
      ],
      [
        228, -0.8419, 22.1883, 0.12948, 14.156, 15.855, 17.554, 19.622, 22.188, 25.449, 29.716,
        35.516, 41.317,
      ],
    ],
    female: [
      [
        61, -0.8886, 15.2441, 0.09692, 10.793, 11.77, 12.748, 13.891, 15.244, 16.87, 18.858, 21.34,
        23.821,
      ],
      [
        96, -1.388, 15.681, 0.11291, 10.874, 11.879, 12.884, 14.12, 15.681, 17.73, 20.561, 24.781,
        29.001,
      ],
      [
        144, -1.4006, 17.9966, 0.13129, 11.912, 13.151, 14.391, 15.953, 17.997, 20.806, 24.967,
        31.91, 38.854,
      ],
      [
        192, -1.0368, 20.7008, 0.1407, 13, 14.586, 16.172, 18.153, 20.701, 24.101, 28.873, 36.066,
        43.259,
      ],
      [
        228, -0.7496, 21.4269, 0.14441, 12.951, 14.724, 16.497, 18.681, 21.427, 24.965, 29.67,
        36.179, 42.689,
      ],
    ],
  },
  height_for_age: {
    male: [
      [
        61, 1, 110.2647, 0.04164, 91.899, 96.49, 101.082, 105.673, 110.265, 114.856, 119.448,
        124.039, 128.63,
      ],
      [
        96, 1, 127.2651, 0.04438, 104.673, 110.321, 115.969, 121.617, 127.265, 132.913, 138.561,
        144.209, 149.857,
      ],
      [
        144, 1, 149.0807, 0.04753, 120.737, 127.823, 134.909, 141.995, 149.081, 156.167, 163.252,
        170.338, 177.424,
      ],
      [
        192, 1, 172.8967, 0.04495, 141.81, 149.582, 157.353, 165.125, 172.897, 180.668, 188.44,
        196.212, 203.984,
      ],
      [
        228, 1, 176.5432, 0.04134, 147.35, 154.648, 161.947, 169.245, 176.543, 183.841, 191.14,
        198.438, 205.736,
      ],
    ],
    female: [
      [
        61, 1, 109.6016, 0.04355, 90.509, 95.282, 100.055, 104.828, 109.602, 114.375, 119.148,
        123.921, 128.694,
      ],
      [
        96, 1, 126.5558, 0.04581, 103.366, 109.163, 114.961, 120.758, 126.556, 132.353, 138.151,
        143.948, 149.746,
      ],
      [
        144, 1, 151.2327, 0.04523, 123.872, 130.712, 137.552, 144.392, 151.233, 158.073, 164.913,
        171.753, 178.594,
      ],
      [
        192, 1, 162.5156, 0.04176, 135.369, 142.156, 148.942, 155.729, 162.516, 169.302, 176.089,
        182.876, 189.662,
      ],
      [
        228, 1, 163.1548, 0.04009, 136.991, 143.532, 150.073, 156.614, 163.155, 169.696, 176.237,
        182.777, 189.318,
      ],
    ],
  },
  weight_for_age: {
    male: [
      [
        61, -0.2026, 18.5057, 0.12988, 11.07, 12.718, 14.367, 16.279, 18.506, 21.109, 24.165, 27.77,
        31.375,
      ],
      [
        84, -0.4402, 22.8915, 0.13759, 13.677, 15.666, 17.655, 20.029, 22.892, 26.382, 30.695, 36.1,
        41.506,
      ],
      [
        102, -0.5946, 26.7358, 0.14752, 15.727, 18.05, 20.372, 23.21, 26.736, 31.199, 36.981,
        44.682, 52.382,
      ],
      [
        120, -0.6764, 31.1586, 0.16305, 17.634, 20.42, 23.206, 26.694, 31.159, 37.035, 45.038,
        56.434, 67.829,
      ],
    ],
    female: [
      [
        61, -0.4681, 18.2579, 0.14295, 10.742, 12.352, 13.961, 15.899, 18.258, 21.169, 24.817,
        29.468, 34.118,
      ],
      [
        84, -0.5347, 22.374, 0.15556, 12.722, 14.75, 16.779, 19.268, 22.374, 26.32, 31.443, 38.274,
        45.104,
      ],
      [
        102, -0.574, 26.5519, 0.16483, 14.73, 17.181, 19.632, 22.683, 26.552, 31.572, 38.265,
        47.499, 56.734,
      ],
      [
        120, -0.5958, 31.8578, 0.17262, 17.298, 20.286, 23.274, 27.031, 31.858, 38.223, 46.89,
        59.177, 71.465,
      ],
    ],
  },
};

const cases = Object.entries(PUBLISHED).flatMap(([indicator, bySex]) =>
  Object.entries(bySex).flatMap(([sex, rows]) =>
    rows.map((row) => ({ indicator: indicator as GrowthIndicator, sex: sex as Sex, row })),
  ),
);

function z(indicator: GrowthIndicator, sex: Sex, month: number, value: number): number {
  const result = zScore(indicator, sex, month, value);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value.z;
}

describe('zScore against WHO 2007 published SD lines', () => {
  it.each(cases)('$indicator $sex month $row.0: our LMS row is the published one', (c) => {
    const [month, l, m, s] = c.row;
    const ours = WHO2007_LMS[c.indicator][c.sex].find((r) => r[0] === month);
    expect(ours).toEqual([month, l, m, s]);
  });

  it.each(cases)('$indicator $sex month $row.0: each SD line from −3 to +3 scores its z', (c) => {
    const [month, , , , , ...lines] = c.row;
    const sdLines = lines.slice(0, 7);
    sdLines.forEach((value, i) =>
      expect(z(c.indicator, c.sex, month, value)).toBeCloseTo(i - 3, 2),
    );
  });

  it.each(cases)('$indicator $sex month $row.0: ±2 SD round to ∓2.00 exactly', (c) => {
    const [month, , , , , , sd2neg, , , , sd2] = c.row;
    const low = zScore(c.indicator, c.sex, month, sd2neg);
    const high = zScore(c.indicator, c.sex, month, sd2);
    expect(low.ok && Math.abs(low.value.zRounded + 2)).toBeLessThanOrEqual(0.01);
    expect(high.ok && Math.abs(high.value.zRounded - 2)).toBeLessThanOrEqual(0.01);
  });

  it.each(cases)('$indicator $sex month $row.0: the ±4 SD lines score ±4', (c) => {
    const [month, , , , sd4neg, , , , , , , , sd4] = c.row;
    expect(z(c.indicator, c.sex, month, sd4neg)).toBeCloseTo(-4, 2);
    expect(z(c.indicator, c.sex, month, sd4)).toBeCloseTo(4, 2);
  });
});

describe('WHO tail rule beyond ±3 SD (BMI- and weight-for-age)', () => {
  // Boys, 61 months, BMI: SD2 = 18.259, SD3 = 20.166, SD2neg = 13.031, SD3neg = 12.118 (WHO).
  it('measures beyond +3 SD in steps of SD3 − SD2', () => {
    const sd23 = 20.166 - 18.259;
    expect(z('bmi_for_age', 'male', 61, 20.166 + 0.5 * sd23)).toBeCloseTo(3.5, 2);
    expect(z('bmi_for_age', 'male', 61, 20.166 + 1.9 * sd23)).toBeCloseTo(4.9, 2);
  });

  it('measures below −3 SD in steps of SD2neg − SD3neg', () => {
    const sd23 = 13.031 - 12.118;
    expect(z('bmi_for_age', 'male', 61, 12.118 - 0.5 * sd23)).toBeCloseTo(-3.5, 2);
    expect(z('bmi_for_age', 'male', 61, 12.118 - 1.5 * sd23)).toBeCloseTo(-4.5, 2);
  });

  it('differs from the plain LMS z there, which is why WHO restricts it', () => {
    const sd4 = 22.072; // bmi_boys, 61 months: L = −0.7387, M = 15.2641, S = 0.0839
    expect(Math.abs(lmsZ(sd4, -0.7387, 15.2641, 0.0839) - 4)).toBeGreaterThan(0.1);
    expect(z('bmi_for_age', 'male', 61, sd4)).toBeCloseTo(4, 2);
  });

  it('is not capped: z keeps growing with the value up to the plausibility flag', () => {
    const low = z('weight_for_age', 'female', 120, 71.465);
    const high = z('weight_for_age', 'female', 120, 71.465 + 5);
    expect(low).toBeCloseTo(4, 2);
    expect(high).toBeGreaterThan(low);
  });

  it('leaves height-for-age to plain LMS: −5 SD is −5.00 and still plausible', () => {
    // hfa_boys_z_WHO2007_exp, month 61: SD5neg = 87.308.
    expect(z('height_for_age', 'male', 61, 87.308)).toBeCloseTo(-5, 2);
  });
});

describe('zScore between monthly rows', () => {
  it('interpolates L, M and S linearly, so the median half-way between rows scores 0', () => {
    // hfa_girls M at 61 and 62 months; L is 1, so the interpolated median is their mean.
    expect(z('height_for_age', 'female', 61.5, (109.6016 + 110.1258) / 2)).toBeCloseTo(0, 10);
  });

  it('is continuous in age: a day more changes a z-score by very little', () => {
    fc.assert(
      fc.property(fc.double({ min: 61, max: 227.9, noNaN: true }), (age) => {
        const a = z('bmi_for_age', 'female', age, 18);
        const b = z('bmi_for_age', 'female', age + 1 / 30.4375, 18);
        expect(Math.abs(a - b)).toBeLessThan(0.02);
      }),
    );
  });

  it('rises with the measured value at every age (monotone, also across ±3 SD)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<GrowthIndicator>('bmi_for_age', 'weight_for_age', 'height_for_age'),
        fc.constantFrom<Sex>('male', 'female'),
        fc.double({ min: 61, max: 120, noNaN: true }),
        fc.double({ min: 0.6, max: 1.6, noNaN: true }),
        (indicator, sex, age, ratio) => {
          const median = WHO2007_LMS[indicator][sex][Math.floor(age) - 61]?.[2] ?? 0;
          const a = zScore(indicator, sex, age, median * ratio);
          const b = zScore(indicator, sex, age, median * ratio * 1.01);
          if (a.ok && b.ok) expect(b.value.z).toBeGreaterThan(a.value.z);
        },
      ),
    );
  });
});

describe('zScore refusals', () => {
  it('refuses ages outside the reference, with the range in the issue', () => {
    const early = zScore('bmi_for_age', 'male', 60.9, 15);
    const late = zScore('weight_for_age', 'male', 120.1, 30);
    expect(early.ok ? [] : early.issues.map((i) => [i.code, i.params])).toEqual([
      ['GROWTH_AGE_OUT_OF_RANGE', { months: 60.9, min: 61, max: 228 }],
    ]);
    expect(late.ok ? [] : late.issues.map((i) => [i.code, i.path])).toEqual([
      ['GROWTH_AGE_OUT_OF_RANGE', 'ageMonths'],
    ]);
  });

  it('accepts both ends of the range', () => {
    expect(zScore('height_for_age', 'female', 61, 110).ok).toBe(true);
    expect(zScore('height_for_age', 'female', 228, 160).ok).toBe(true);
    expect(zScore('weight_for_age', 'female', 120, 30).ok).toBe(true);
  });

  it("flags implausible z-scores with WHO's limits per indicator", () => {
    const codes = (r: ReturnType<typeof zScore>) => (r.ok ? [] : r.issues.map((i) => i.code));
    // BMI ±5; height ±6; weight −6/+5. Boys, 61 months.
    expect(codes(zScore('bmi_for_age', 'male', 61, 20.166 + 2.1 * 1.907))).toEqual([
      'GROWTH_IMPLAUSIBLE_BMI_FOR_AGE',
    ]);
    expect(zScore('height_for_age', 'male', 61, 110.2647 * (1 - 5.9 * 0.04164)).ok).toBe(true);
    expect(codes(zScore('height_for_age', 'male', 61, 110.2647 * (1 - 6.1 * 0.04164)))).toEqual([
      'GROWTH_IMPLAUSIBLE_HEIGHT_FOR_AGE',
    ]);
    expect(codes(zScore('weight_for_age', 'male', 61, 27.77 + 2.1 * (27.77 - 24.165)))).toEqual([
      'GROWTH_IMPLAUSIBLE_WEIGHT_FOR_AGE',
    ]);
    expect(zScore('weight_for_age', 'male', 61, 12.718 - 2.5 * (14.367 - 12.718)).ok).toBe(true);
  });

  it('reports every bad argument at once', () => {
    const result = zScore('bmi', 'boy', 'ten', -3);
    expect(result.ok ? [] : result.issues.map((i) => [i.path, i.code])).toEqual([
      ['indicator', 'UNKNOWN_OPTION'],
      ['sex', 'UNKNOWN_OPTION'],
      ['ageMonths', 'NOT_A_NUMBER'],
      ['value', 'GROWTH_NOT_POSITIVE'],
    ]);
  });

  it('never throws on junk', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), fc.anything(), (a, b, c, d) => {
        const result = zScore(a, b, c, d);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  it('never throws and always answers for any number in range', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<GrowthIndicator>('bmi_for_age', 'weight_for_age', 'height_for_age'),
        fc.constantFrom<Sex>('male', 'female'),
        fc.double({ min: 61, max: 120, noNaN: true }),
        fc.double({ min: Number.MIN_VALUE, max: 1e300, noNaN: true }),
        (indicator, sex, age, value) => {
          const result = zScore(indicator, sex, age, value);
          if (result.ok) expect(Number.isFinite(result.value.z)).toBe(true);
          else expect(result.issues.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
