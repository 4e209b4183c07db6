import type { Label } from '../../forms/types.js';
import { readCode, readNumber, readRecord, type Bag } from '../../core/guard.js';
import { fail, ok, type Result } from '../../core/result.js';
import { readAge, type Age } from './age.js';
import {
  BMI_LABELS,
  HEIGHT_LABELS,
  bmiCategory,
  concernsOf,
  heightCategory,
} from './categories.js';
import { AGE_LIMITS } from './reference.js';
import { checkAge, exactZ, scoreOrFlag } from './zscore.js';
import {
  SEXES,
  type CategorisedZScore,
  type GrowthAssessment,
  type GrowthIndicator,
  type Sex,
  type ZScore,
} from './types.js';

/** Measurements outside these are typing or measuring errors for a school-age child. */
export const HEIGHT_LIMITS_CM = { min: 60, max: 220 };
export const WEIGHT_LIMITS_KG = { min: 10, max: 200 };

/**
 * Judges one weight/height measurement against the WHO 2007 reference (5–19 years): BMI-for-age,
 * height-for-age and, up to 10 years, weight-for-age, with WHO's categories and healthyGrowth.
 * Every problem is reported at once; implausible z-scores are errors, not results.
 */
export function assessGrowth(input: unknown): Result<GrowthAssessment> {
  const issues: Bag = [];
  const record = readRecord(input, '', issues);
  if (record === undefined) return fail(issues);
  const sex = readCode(record['sex'], 'sex', SEXES, issues);
  const age = readAge(record['birthDate'], record['measuredOn'], issues);
  const weightKg = readNumber(record['weightKg'], 'weightKg', WEIGHT_LIMITS_KG, issues);
  const heightCm = readNumber(record['heightCm'], 'heightCm', HEIGHT_LIMITS_CM, issues);
  // BMI- and height-for-age share one age range, so one check (and one issue) covers both.
  const inRange = age !== undefined && checkAge('height_for_age', age.months, 'birthDate', issues);
  const months = inRange ? age.months : undefined;
  const bmi =
    weightKg !== undefined && heightCm !== undefined ? bmiOf(weightKg, heightCm) : undefined;
  const score = (indicator: GrowthIndicator, value: number | undefined, path: string) =>
    sex === undefined || months === undefined || value === undefined
      ? undefined
      : scoreOrFlag(indicator, exactZ(indicator, sex, months, value), path, issues);
  const bmiForAge = score('bmi_for_age', bmi, '');
  const heightForAge = score('height_for_age', heightCm, 'heightCm');
  const weightForAge =
    months !== undefined && months > AGE_LIMITS.weight_for_age.max
      ? null
      : score('weight_for_age', weightKg, 'weightKg');
  if (
    issues.length > 0 ||
    sex === undefined ||
    age === undefined ||
    bmi === undefined ||
    bmiForAge === undefined ||
    heightForAge === undefined ||
    weightForAge === undefined
  ) {
    return fail(issues);
  }
  return ok(assessment(sex, age, bmi, bmiForAge, heightForAge, weightForAge));
}

const bmiOf = (weightKg: number, heightCm: number): number => weightKg / (heightCm / 100) ** 2;

function assessment(
  sex: Sex,
  age: Age,
  bmi: number,
  bmiForAge: ZScore,
  heightForAge: ZScore,
  weightForAge: ZScore | null,
): GrowthAssessment {
  const bmiCat = bmiCategory(bmiForAge.zRounded);
  const heightCat = heightCategory(heightForAge.zRounded);
  const concerns = concernsOf(bmiCat, heightCat);
  return {
    sex,
    ageDays: age.days,
    ageMonths: age.months,
    bmi,
    bmiForAge: categorised(bmiForAge, bmiCat, BMI_LABELS),
    heightForAge: categorised(heightForAge, heightCat, HEIGHT_LABELS),
    weightForAge,
    healthyGrowth: concerns.length === 0,
    concerns,
  };
}

// Fields are copied one by one: an object spread here made assessGrowth several times slower.
function categorised<C extends string>(
  score: ZScore,
  category: C,
  labels: Readonly<Record<C, Label>>,
): CategorisedZScore<C> {
  return { z: score.z, zRounded: score.zRounded, category, label: labels[category] };
}
