import { readCode, readNumber, type Bag } from '../../core/guard.js';
import { issue, type ErrorCode } from '../../core/issue.js';
import { fail, ok, type Result } from '../../core/result.js';
import { lmsZ, restrictedLmsZ } from './lms.js';
import { AGE_LIMITS, FLAG_LIMITS, lmsAt } from './reference.js';
import { GROWTH_INDICATORS, SEXES, type GrowthIndicator, type Sex, type ZScore } from './types.js';

// Age and value get their own range checks below, with growth-specific codes.
const ANY_NUMBER = { min: -Infinity, max: Infinity };

const IMPLAUSIBLE: Readonly<Record<GrowthIndicator, ErrorCode>> = {
  bmi_for_age: 'GROWTH_IMPLAUSIBLE_BMI_FOR_AGE',
  height_for_age: 'GROWTH_IMPLAUSIBLE_HEIGHT_FOR_AGE',
  weight_for_age: 'GROWTH_IMPLAUSIBLE_WEIGHT_FOR_AGE',
};

/** Rounded half away from zero to 2 decimals, as WHO reports z-scores. */
export function round2(z: number): number {
  const r = Math.sign(z) * Math.round(Math.abs(z) * 100);
  return r === 0 ? 0 : r / 100;
}

/**
 * The exact z-score of a validated measurement. Height-for-age is plain LMS (L = 1, a normal
 * distribution); BMI and weight are skewed, so WHO restricts LMS beyond ±3 SD.
 */
export function exactZ(
  indicator: GrowthIndicator,
  sex: Sex,
  ageMonths: number,
  value: number,
): number {
  const { l, m, s } = lmsAt(indicator, sex, ageMonths);
  return indicator === 'height_for_age' ? lmsZ(value, l, m, s) : restrictedLmsZ(value, l, m, s);
}

/** The age is inside the indicator's reference range, or an issue at `path` says it is not. */
export function checkAge(
  indicator: GrowthIndicator,
  ageMonths: number,
  path: string,
  issues: Bag,
): boolean {
  const { min, max } = AGE_LIMITS[indicator];
  if (ageMonths >= min && ageMonths <= max) return true;
  issues.push(issue('GROWTH_AGE_OUT_OF_RANGE', path, { months: round2(ageMonths), min, max }));
  return false;
}

/**
 * The z-score, or an issue when it is beyond WHO's plausibility flags: an implausible value is a
 * measuring or typing error, not a score. Like AnthroPlus, the flag is judged on the rounded z.
 */
export function scoreOrFlag(
  indicator: GrowthIndicator,
  z: number,
  path: string,
  issues: Bag,
): ZScore | undefined {
  const zRounded = round2(z);
  const { min, max } = FLAG_LIMITS[indicator];
  if (zRounded >= min && zRounded <= max) return { z, zRounded };
  issues.push(issue(IMPLAUSIBLE[indicator], path, { z: zRounded, min, max }));
  return undefined;
}

/** A WHO 2007 z-score for any input: indicator, sex, exact age in months, and the measured value. */
export function zScore(
  indicator: unknown,
  sex: unknown,
  ageMonths: unknown,
  value: unknown,
): Result<ZScore> {
  const issues: Bag = [];
  const ind = readCode(indicator, 'indicator', GROWTH_INDICATORS, issues);
  const sx = readCode(sex, 'sex', SEXES, issues);
  const age = readNumber(ageMonths, 'ageMonths', ANY_NUMBER, issues);
  const x = readNumber(value, 'value', ANY_NUMBER, issues);
  if (x !== undefined && x <= 0) issues.push(issue('GROWTH_NOT_POSITIVE', 'value'));
  if (ind !== undefined && age !== undefined) checkAge(ind, age, 'ageMonths', issues);
  if (
    ind === undefined ||
    sx === undefined ||
    age === undefined ||
    x === undefined ||
    issues.length > 0
  ) {
    return fail(issues);
  }
  const score = scoreOrFlag(ind, exactZ(ind, sx, age, x), 'value', issues);
  return score === undefined ? fail(issues) : ok(score);
}
