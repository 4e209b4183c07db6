import type { HouseholdFacts, StatusQuestion } from '../forms/types.js';
import type { CompositionFeature, CompositionRule, QuestionPoints } from './model.js';

/**
 * Points of one answer (`selected` holds option codes). Sums run in the question's option order, so
 * the plain and the compiled scorer add the same numbers in the same order: bit-identical totals.
 */
export function answerPoints(
  points: QuestionPoints,
  question: StatusQuestion,
  selected: readonly string[],
): number {
  switch (points.kind) {
    case 'single':
      return points.points[selected[0] ?? ''] ?? 0;
    case 'hardship':
      return Math.min(points.cap, sumSelected(points.points, question, selected));
    case 'asset':
      return Math.max(0, points.base - sumSelected(points.deduction, question, selected));
  }
}

function sumSelected(
  values: Readonly<Record<string, number>>,
  question: StatusQuestion,
  selected: readonly string[],
): number {
  let sum = 0;
  for (const option of question.options) {
    if (selected.includes(option.code)) sum += values[option.code] ?? 0;
  }
  return sum;
}

/** Children and elderly per working-age member; a household without one counts as one. */
export const dependencyRatio = (childrenAndElderly: number, workingAge: number): number =>
  childrenAndElderly / Math.max(1, workingAge);

/** The value of a composition feature for a household (COMPOSITION_FEATURES documents each). */
export function compositionValue(feature: CompositionFeature, facts: HouseholdFacts): number {
  switch (feature) {
    case 'memberCount':
      return facts.memberCount;
    case 'dependencyRatio':
      return dependencyRatio(facts.childrenUnder15 + facts.elderly60Plus, facts.workingAge);
    case 'childrenUnder15':
      return facts.childrenUnder15;
    case 'elderly60Plus':
      return facts.elderly60Plus;
    case 'disabledOrIll':
      return facts.disabledMembers + facts.chronicallyIllMembers;
  }
}

/** Points of the highest band the value reaches; 0 below the first band. */
export function bandPoints(rule: CompositionRule, value: number): number {
  let points = 0;
  for (const band of rule.bands) {
    if (value < band.atLeast) break;
    points = band.points;
  }
  return points;
}

/** A valid model's sums stay within [0, 100] up to rounding; the clamp makes the bound exact. */
export const clampScore = (total: number): number => Math.min(100, Math.max(0, total));

/** The published score: two decimals. The class is decided on it, so what a parent is shown is what decided. */
export const roundScore = (score: number): number => Math.round(score * 100) / 100;

/**
 * SPEC §5: income per person above the cap → not poor (0); otherwise a published (two-decimal)
 * score strictly above the threshold → extremely poor (2); otherwise poor (1). Indexes POVERTY_CLASSES.
 */
export const classIndex = (
  incomePerPerson: number,
  incomeCap: number,
  score: number,
  threshold: number,
): 0 | 1 | 2 => (incomePerPerson > incomeCap ? 0 : roundScore(score) > threshold ? 2 : 1);
