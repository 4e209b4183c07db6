import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessGrowth } from './assess.js';
import { bmiCategory, concernsOf, heightCategory } from './categories.js';
import { lmsValue } from './lms.js';
import { WHO2007_LMS } from './who2007-lms.js';
import { round2 } from './zscore.js';
import type { Sex } from './types.js';

// Birth and measurement dates that make whole WHO months (days = months × 30.4375).
const AT_96_MONTHS = { birthDate: '2016-01-01', measuredOn: '2024-01-01' };
const AT_144_MONTHS = { birthDate: '2010-01-01', measuredOn: '2022-01-01' };
const AT_192_MONTHS = { birthDate: '2008-01-01', measuredOn: '2024-01-01' };

const weightFor = (bmi: number, heightCm: number) => bmi * (heightCm / 100) ** 2;

function assessed(input: unknown) {
  const result = assessGrowth(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues.map((i) => i.code)));
  return result.value;
}

function refused(input: unknown) {
  const result = assessGrowth(input);
  return result.ok ? [] : result.issues.map((i) => [i.path, i.code]);
}

describe('assessGrowth worked examples', () => {
  it('a 12-year-old girl on both medians: z = 0, normal, healthy, no weight-for-age after 10', () => {
    const height = 151.2327; // hfa_girls M at 144 months
    const a = assessed({
      sex: 'female',
      ...AT_144_MONTHS,
      heightCm: height,
      weightKg: weightFor(17.9966, height), // bfa_girls M at 144 months
    });
    expect(a.ageDays).toBe(4383);
    expect(a.ageMonths).toBe(144);
    expect(a.bmi).toBeCloseTo(17.9966, 10);
    expect(a.heightForAge.z).toBeCloseTo(0, 10);
    expect(a.bmiForAge.zRounded).toBe(0);
    expect(a.bmiForAge.category).toBe('normal');
    expect(a.bmiForAge.label).toEqual({ th: 'ปกติ', en: 'Normal' });
    expect(a.heightForAge.category).toBe('normal');
    expect(a.weightForAge).toBeNull();
    expect(a.healthyGrowth).toBe(true);
    expect(a.concerns).toEqual([]);
  });

  it('an 8-year-old boy with BMI 25 is obese by the tail rule, and not healthy', () => {
    const height = 127.2651;
    const a = assessed({
      sex: 'male',
      ...AT_96_MONTHS,
      heightCm: height,
      weightKg: weightFor(25, height),
    });
    // WHO's table at 96 months: SD2 = 19.675, SD3 = 22.785, so z = 3 + (25 − 22.785) / 3.110.
    expect(a.bmiForAge.z).toBeCloseTo(3 + (25 - 22.785) / (22.785 - 19.675), 2);
    expect(a.bmiForAge.category).toBe('obesity');
    expect(a.weightForAge?.z).toBeGreaterThan(2);
    expect(a.healthyGrowth).toBe(false);
    expect(a.concerns).toEqual(['obesity']);
  });

  it('a 12-year-old girl of 130 cm is severely stunted', () => {
    const a = assessed({ sex: 'female', ...AT_144_MONTHS, heightCm: 130, weightKg: 30 });
    expect(a.heightForAge.z).toBeCloseTo((130 / 151.2327 - 1) / 0.04523, 10);
    expect(a.heightForAge.zRounded).toBe(-3.1);
    expect(a.heightForAge.category).toBe('severely_stunted');
    expect(a.heightForAge.label).toEqual({ th: 'เตี้ยรุนแรง', en: 'Severely stunted' });
    expect(a.concerns).toEqual(['severely_stunted']);
  });

  it('thinness is reported but is still healthy growth; severe thinness is not', () => {
    const height = 172.8967;
    // bfa_boys at 192 months: SD3neg = 15.109, SD2neg = 16.505.
    const thin = assessed({
      sex: 'male',
      ...AT_192_MONTHS,
      heightCm: height,
      weightKg: weightFor(16, height),
    });
    const severe = assessed({
      sex: 'male',
      ...AT_192_MONTHS,
      heightCm: height,
      weightKg: weightFor(14.5, height),
    });
    expect([thin.bmiForAge.category, thin.healthyGrowth]).toEqual(['thinness', true]);
    expect([severe.bmiForAge.category, severe.healthyGrowth]).toEqual(['severe_thinness', false]);
  });

  it("a height on WHO's −2 SD line is −2.00 and, by WHO's strict cut-off, not stunted", () => {
    const a = assessed({ sex: 'female', ...AT_144_MONTHS, heightCm: 137.552, weightKg: 30 });
    expect(a.heightForAge.zRounded).toBe(-2);
    expect(a.heightForAge.category).toBe('normal');
  });

  it('scores weight-for-age up to 120 months and gives null after', () => {
    const input = { sex: 'female', heightCm: 138, weightKg: 32 };
    const at120 = assessed({ ...input, birthDate: '2010-01-01', measuredOn: '2019-12-31' });
    const after = assessed({ ...input, birthDate: '2010-01-01', measuredOn: '2020-01-02' });
    expect(at120.ageMonths).toBeLessThanOrEqual(120);
    expect(at120.weightForAge?.zRounded).toBe(round2(at120.weightForAge?.z ?? NaN));
    expect(after.ageMonths).toBeGreaterThan(120);
    expect(after.weightForAge).toBeNull();
  });
});

describe('assessGrowth refusals', () => {
  it('refuses what is not a measurement', () => {
    expect(refused(null)).toEqual([['', 'REQUIRED']]);
    expect(refused([1, 2])).toEqual([['', 'NOT_AN_OBJECT']]);
  });

  it('lists every bad field at once', () => {
    expect(
      refused({ sex: 'boy', birthDate: '2015-13-01', weightKg: 250, heightCm: '140' }),
    ).toEqual([
      ['sex', 'UNKNOWN_OPTION'],
      ['birthDate', 'INVALID_DATE'],
      ['measuredOn', 'REQUIRED'],
      ['weightKg', 'OUT_OF_RANGE'],
      ['heightCm', 'NOT_A_NUMBER'],
    ]);
  });

  it('keeps heights to 60–220 cm and weights to 10–200 kg', () => {
    const base = { sex: 'male', ...AT_96_MONTHS };
    expect(refused({ ...base, heightCm: 59.9, weightKg: 9.9 })).toEqual([
      ['weightKg', 'OUT_OF_RANGE'],
      ['heightCm', 'OUT_OF_RANGE'],
    ]);
    expect(assessGrowth({ ...base, heightCm: 220.1, weightKg: 30 })).toMatchObject({
      ok: false,
      issues: [{ code: 'OUT_OF_RANGE', params: { min: 60, max: 220 } }],
    });
  });

  it('refuses a measurement before birth', () => {
    const input = {
      sex: 'male',
      birthDate: '2015-06-01',
      measuredOn: '2015-05-31',
      heightCm: 120,
      weightKg: 22,
    };
    expect(refused(input)).toEqual([['measuredOn', 'GROWTH_BEFORE_BIRTH']]);
  });

  it('refuses ages outside 61–228 months, with the age in the message', () => {
    const input = { sex: 'female', heightCm: 110, weightKg: 18 };
    const young = assessGrowth({ ...input, birthDate: '2014-01-31', measuredOn: '2019-03-01' });
    expect(young).toMatchObject({
      ok: false,
      issues: [{ code: 'GROWTH_AGE_OUT_OF_RANGE', path: 'birthDate', params: { months: 60.94 } }],
    });
    expect(young.ok || young.issues[0]?.message.en).toBe(
      'Age 60.94 months is outside the WHO 2007 reference (61–228 months)',
    );
    const old = {
      ...input,
      heightCm: 160,
      weightKg: 50,
      birthDate: '2004-01-01',
      measuredOn: '2023-01-01',
    };
    expect(refused(old)).toEqual([['birthDate', 'GROWTH_AGE_OUT_OF_RANGE']]);
  });

  it('turns an implausible BMI-for-age (beyond ±5) into an error, not a score', () => {
    const input = { sex: 'male', ...AT_192_MONTHS, heightCm: 172.9, weightKg: 160 };
    const result = assessGrowth(input);
    expect(refused(input)).toEqual([['', 'GROWTH_IMPLAUSIBLE_BMI_FOR_AGE']]);
    expect(result.ok || result.issues[0]?.params).toMatchObject({ min: -5, max: 5 });
  });

  it('reports an implausible height-for-age (beyond ±6) even when the weight is also wrong', () => {
    const input = { sex: 'male', ...AT_192_MONTHS, heightCm: 100, weightKg: 5 };
    expect(refused(input)).toEqual([
      ['weightKg', 'OUT_OF_RANGE'],
      ['heightCm', 'GROWTH_IMPLAUSIBLE_HEIGHT_FOR_AGE'],
    ]);
  });

  it('flags weight-for-age and BMI-for-age together when a weight is impossibly low', () => {
    const input = { sex: 'male', ...AT_96_MONTHS, heightCm: 100, weightKg: 10 };
    expect(refused(input)).toEqual([
      ['', 'GROWTH_IMPLAUSIBLE_BMI_FOR_AGE'],
      ['weightKg', 'GROWTH_IMPLAUSIBLE_WEIGHT_FOR_AGE'],
    ]);
  });
});

describe('assessGrowth properties', () => {
  const measurement = fc
    .record({
      sex: fc.constantFrom<Sex>('male', 'female'),
      born: fc.integer({ min: 0, max: 15_000 }),
      ageDays: fc.integer({ min: 1857, max: 6939 }),
      heightZ: fc.double({ min: -2.5, max: 2.5, noNaN: true }),
      bmiZ: fc.double({ min: -2.5, max: 2.5, noNaN: true }),
    })
    .map(({ sex, born, ageDays, heightZ, bmiZ }) => {
      const month = Math.floor(ageDays / 30.4375) - 61;
      const [, hl, hm, hs] = WHO2007_LMS.height_for_age[sex][month] ?? [0, 1, 1, 1];
      const [, bl, bm, bs] = WHO2007_LMS.bmi_for_age[sex][month] ?? [0, 1, 1, 1];
      const heightCm = lmsValue(heightZ, hl, hm, hs);
      const iso = (day: number) =>
        new Date(Date.UTC(1995, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
      return {
        sex,
        birthDate: iso(born),
        measuredOn: iso(born + ageDays),
        heightCm,
        weightKg: weightFor(lmsValue(bmiZ, bl, bm, bs), heightCm),
      };
    });

  it('every plausible measurement is assessed, consistently with the cut-offs', () => {
    fc.assert(
      fc.property(measurement, (input) => {
        const a = assessed(input);
        expect(a.bmiForAge.zRounded).toBe(round2(a.bmiForAge.z));
        expect(a.bmiForAge.category).toBe(bmiCategory(a.bmiForAge.zRounded));
        expect(a.heightForAge.category).toBe(heightCategory(a.heightForAge.zRounded));
        expect(a.concerns).toEqual(concernsOf(a.bmiForAge.category, a.heightForAge.category));
        expect(a.healthyGrowth).toBe(a.concerns.length === 0);
        expect(a.weightForAge === null).toBe(a.ageMonths > 120);
      }),
    );
  });

  it('never throws on junk, and a refusal always says why', () => {
    const field = fc.oneof(fc.anything(), fc.constantFrom('male', '2015-01-01', 120, 30, '', null));
    const junk = fc.oneof(
      fc.anything(),
      fc.record(
        { sex: field, birthDate: field, measuredOn: field, weightKg: field, heightCm: field },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(junk, (input) => {
        const result = assessGrowth(input);
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
