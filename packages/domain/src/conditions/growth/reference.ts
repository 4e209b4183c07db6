import { GROWTH_INDICATORS, SEXES, type GrowthIndicator, type Sex } from './types.js';
import { WHO2007_LMS } from './who2007-lms.js';

export interface Range {
  readonly min: number;
  readonly max: number;
}

/** Ages in months the reference covers (inclusive); weight-for-age stops at 10 years. */
export const AGE_LIMITS: Readonly<Record<GrowthIndicator, Range>> = {
  bmi_for_age: { min: 61, max: 228 },
  height_for_age: { min: 61, max: 228 },
  weight_for_age: { min: 61, max: 120 },
};

/**
 * WHO's flags for implausible z-scores in the 5–19 reference (AnthroPlus): BMI-for-age outside
 * ±5, height-for-age outside ±6, weight-for-age below −6 or above +5.
 */
export const FLAG_LIMITS: Readonly<Record<GrowthIndicator, Range>> = {
  bmi_for_age: { min: -5, max: 5 },
  height_for_age: { min: -6, max: 6 },
  weight_for_age: { min: -6, max: 5 },
};

/** L, M, S of each month from the first month of the reference, flat for fast lookup. */
type Compiled = Readonly<Record<GrowthIndicator, Readonly<Record<Sex, Float64Array>>>>;

function compile(indicator: GrowthIndicator, sex: Sex): Float64Array {
  const rows = WHO2007_LMS[indicator][sex];
  const flat = new Float64Array(rows.length * 3);
  rows.forEach(([, l, m, s], i) => flat.set([l, m, s], i * 3));
  return flat;
}

const COMPILED = Object.fromEntries(
  GROWTH_INDICATORS.map((ind) => [
    ind,
    Object.fromEntries(SEXES.map((sex) => [sex, compile(ind, sex)])),
  ]),
) as Compiled;

export interface Lms {
  readonly l: number;
  readonly m: number;
  readonly s: number;
}

/**
 * L, M and S at an exact age, interpolated linearly between the monthly rows as WHO's AnthroPlus
 * does. The age must be inside AGE_LIMITS[indicator].
 */
export function lmsAt(indicator: GrowthIndicator, sex: Sex, ageMonths: number): Lms {
  const table = COMPILED[indicator][sex];
  const month = Math.floor(ageMonths);
  const i = (month - AGE_LIMITS[indicator].min) * 3;
  const f = ageMonths - month;
  const at = (k: number): number => {
    const low = table[i + k] as number;
    // At a whole month (including the last one) there is no next row to blend in.
    return f === 0 ? low : low + f * ((table[i + k + 3] as number) - low);
  };
  return { l: at(0), m: at(1), s: at(2) };
}
