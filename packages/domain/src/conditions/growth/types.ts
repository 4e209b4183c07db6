import type { Label } from '../../forms/types.js';

export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];

/** The three indicators of the WHO 2007 growth reference for 5–19 years. */
export const GROWTH_INDICATORS = ['bmi_for_age', 'height_for_age', 'weight_for_age'] as const;
export type GrowthIndicator = (typeof GROWTH_INDICATORS)[number];

/** WHO 2007 BMI-for-age categories for school-age children and adolescents. */
export const BMI_CATEGORIES = [
  'severe_thinness',
  'thinness',
  'normal',
  'overweight',
  'obesity',
] as const;
export type BmiCategory = (typeof BMI_CATEGORIES)[number];

/** WHO height-for-age categories. */
export const HEIGHT_CATEGORIES = ['severely_stunted', 'stunted', 'normal'] as const;
export type HeightCategory = (typeof HEIGHT_CATEGORIES)[number];

/** Why a measurement is not healthy growth (our design, see healthyGrowth). */
export const GROWTH_CONCERNS = ['severe_thinness', 'severely_stunted', 'obesity'] as const;
export type GrowthConcern = (typeof GROWTH_CONCERNS)[number];

/** A z-score: exact, and rounded to 2 decimals as WHO reports it. */
export interface ZScore {
  readonly z: number;
  readonly zRounded: number;
}

export interface CategorisedZScore<C extends string> extends ZScore {
  readonly category: C;
  readonly label: Label;
}

/** One weight/height measurement of a student, as entered by the teacher. */
export interface GrowthMeasurement {
  readonly sex: Sex;
  /** YYYY-MM-DD (Gregorian). */
  readonly birthDate: string;
  /** YYYY-MM-DD (Gregorian). */
  readonly measuredOn: string;
  readonly weightKg: number;
  readonly heightCm: number;
}

export interface GrowthAssessment {
  readonly sex: Sex;
  /** Completed days of age at measurement. */
  readonly ageDays: number;
  /** Exact age in months: days / 30.4375 (WHO's average month). */
  readonly ageMonths: number;
  /** Body-mass index, kg/m². */
  readonly bmi: number;
  readonly bmiForAge: CategorisedZScore<BmiCategory>;
  readonly heightForAge: CategorisedZScore<HeightCategory>;
  /** Only up to 120 months (10 years): WHO gives no weight-for-age reference beyond. */
  readonly weightForAge: ZScore | null;
  /** Our design: not severe thinness, not severely stunted, not obese. */
  readonly healthyGrowth: boolean;
  /** The reasons healthyGrowth is false; empty when it is true. */
  readonly concerns: readonly GrowthConcern[];
}
