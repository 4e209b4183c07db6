import { WHO2007_LMS, type LmsRow, type Sex } from '@isee/domain';
import type { Random } from './prng.js';

/** The first month of the WHO 2007 reference; younger children are extrapolated from it. */
const FIRST_MONTH = 61;
/** About 6.5 cm a year of growth between ages 3 and 5, for extrapolating below 61 months. */
const CM_PER_MONTH_UNDER_5 = 0.55;

function rowAt(rows: readonly LmsRow[], months: number): LmsRow {
  const first = rows[0];
  if (first === undefined) throw new Error('WHO 2007 table is empty');
  const index = Math.min(rows.length - 1, Math.max(0, Math.round(months) - first[0]));
  return rows[index] ?? first;
}

/** The value at z-score z of an LMS distribution (WHO's Box-Cox power transformation). */
function valueAt(row: LmsRow, z: number): number {
  const [, l, m, s] = row;
  return l === 0 ? m * Math.exp(s * z) : m * Math.pow(1 + l * s * z, 1 / l);
}

const clampZ = (z: number): number => Math.max(-2.8, Math.min(2.8, z));

/**
 * A plausible weight and height for a child of this sex and age (months): height-for-age and
 * BMI-for-age z-scores drawn around the WHO 2007 medians, poorer children a little shorter.
 */
export function drawBody(
  sex: Sex,
  months: number,
  poor: boolean,
  random: Random,
): { weightKg: number; heightCm: number } {
  const heightZ = clampZ((poor ? -0.45 : -0.15) + 0.9 * random.normal());
  const bmiZ = clampZ(0.95 * random.normal());
  const heightRow = rowAt(WHO2007_LMS.height_for_age[sex], months);
  const shortfall = Math.max(0, FIRST_MONTH - months) * CM_PER_MONTH_UNDER_5;
  const heightCm = Math.round((valueAt(heightRow, heightZ) - shortfall) * 10) / 10;
  const bmi = valueAt(rowAt(WHO2007_LMS.bmi_for_age[sex], months), bmiZ);
  const weightKg = Math.round(bmi * (heightCm / 100) ** 2 * 10) / 10;
  return { weightKg, heightCm };
}
