import type { Label } from '../../forms/types.js';
import { bilingual } from '../../i18n/index.js';
import {
  BMI_CATEGORIES,
  HEIGHT_CATEGORIES,
  type BmiCategory,
  type GrowthConcern,
  type HeightCategory,
} from './types.js';

/**
 * WHO 2007 cut-offs for 5–19 years, applied to the z-score rounded to 2 decimals as AnthroPlus
 * does, so the category always agrees with the number a teacher sees.
 */
export function bmiCategory(zRounded: number): BmiCategory {
  if (zRounded < -3) return 'severe_thinness';
  if (zRounded < -2) return 'thinness';
  if (zRounded > 2) return 'obesity';
  if (zRounded > 1) return 'overweight';
  return 'normal';
}

export function heightCategory(zRounded: number): HeightCategory {
  if (zRounded < -3) return 'severely_stunted';
  if (zRounded < -2) return 'stunted';
  return 'normal';
}

// Labels are built once: they are constant, and assessGrowth runs in bulk.
export const BMI_LABELS = Object.fromEntries(
  BMI_CATEGORIES.map((c) => [c, bilingual(`growth.bmi.${c}`)]),
) as Readonly<Record<BmiCategory, Label>>;

export const HEIGHT_LABELS = Object.fromEntries(
  HEIGHT_CATEGORIES.map((c) => [c, bilingual(`growth.height.${c}`)]),
) as Readonly<Record<HeightCategory, Label>>;

/**
 * Our design for the growth condition: growth is healthy unless the child is severely thin,
 * severely stunted or obese — the states that call for help, while thinness, stunting and
 * overweight are reported but do not fail the condition.
 */
export function concernsOf(bmi: BmiCategory, height: HeightCategory): readonly GrowthConcern[] {
  const concerns: GrowthConcern[] = [];
  if (bmi === 'severe_thinness') concerns.push('severe_thinness');
  if (height === 'severely_stunted') concerns.push('severely_stunted');
  if (bmi === 'obesity') concerns.push('obesity');
  return concerns;
}
