import type { HouseholdFacts, StatusQuestion } from '../forms/types.js';
import { MAX_MEMBERS } from './input.js';
import type { QuestionPoints, RegionModel } from './model.js';
import { answerPoints, bandPoints, compositionValue } from './points.js';

const selections = new WeakMap<StatusQuestion, readonly (readonly string[])[]>();

/** Every answer the form accepts: one option, or an exclusive option alone, or a non-empty set of the others. */
export function validSelections(question: StatusQuestion): readonly (readonly string[])[] {
  const known = selections.get(question);
  if (known) return known;
  const all = enumerate(question);
  selections.set(question, all);
  return all;
}

function enumerate(question: StatusQuestion): string[][] {
  if (question.kind === 'single') return question.options.map((o) => [o.code]);
  const alone = question.options.filter((o) => o.exclusive).map((o) => [o.code]);
  const others = question.options.filter((o) => !o.exclusive).map((o) => o.code);
  const subsets: string[][] = [];
  for (let mask = 1; mask < 1 << others.length; mask++) {
    subsets.push(others.filter((_, i) => mask & (1 << i)));
  }
  return [...alone, ...subsets];
}

export interface Range {
  readonly min: number;
  readonly max: number;
}

function questionRange(points: QuestionPoints, question: StatusQuestion): Range {
  const values = validSelections(question).map((s) => answerPoints(points, question, s));
  return { min: Math.min(...values), max: Math.max(...values) };
}

/**
 * Composition points over every household the form allows (1–30 members split into age groups).
 * Bands ascend, so the fewest and the most disabled or ill members give the extremes.
 */
function compositionRange(region: RegionModel): Range {
  let min = Infinity;
  let max = -Infinity;
  // One mutable household reused for the ~5,500 age splits: this runs on every model validation.
  const h: { -readonly [K in keyof HouseholdFacts]: number } = {
    memberCount: 0,
    childrenUnder15: 0,
    elderly60Plus: 0,
    workingAge: 0,
    disabledMembers: 0,
    chronicallyIllMembers: 0,
    totalMonthlyIncome: 0,
    incomePerPersonMonthly: 0,
  };
  for (let n = 1; n <= MAX_MEMBERS; n++) {
    for (let c = 0; c <= n; c++) {
      for (let e = 0; c + e <= n; e++) {
        h.memberCount = n;
        h.childrenUnder15 = c;
        h.elderly60Plus = e;
        h.workingAge = n - c - e;
        h.disabledMembers = h.chronicallyIllMembers = 0;
        min = Math.min(min, compositionTotal(region, h));
        h.disabledMembers = h.chronicallyIllMembers = n;
        max = Math.max(max, compositionTotal(region, h));
      }
    }
  }
  return { min, max };
}

function compositionTotal(region: RegionModel, facts: HouseholdFacts): number {
  let total = 0;
  for (const rule of region.composition)
    total += bandPoints(rule, compositionValue(rule.feature, facts));
  return total;
}

/** The smallest and largest total a region can give; questions and composition vary independently. */
export function reachableRange(region: RegionModel, questions: readonly StatusQuestion[]): Range {
  let min = 0;
  let max = 0;
  for (const question of questions) {
    const points = region.questions[question.id];
    if (!points) continue;
    const range = questionRange(points, question);
    min += range.min;
    max += range.max;
  }
  const composition = compositionRange(region);
  return { min: min + composition.min, max: max + composition.max };
}
