import type { StatusQuestion } from '../forms/types.js';
import type { ParsedInput } from '../pmt/input.js';
import type { CompositionFeature } from '../pmt/model.js';
import { compositionValue } from '../pmt/points.js';

/** Bands of a composition feature: a household is in the highest band whose `atLeast` it reaches. */
export interface CompositionBands {
  readonly feature: CompositionFeature;
  /** Strictly ascending lower bounds; below the first one is the reference (0 points). */
  readonly atLeast: readonly number[];
}

/**
 * Our default composition bands: bigger households, more dependants per working-age member and
 * more disabled or ill members usually mean less income per person.
 */
export const DEFAULT_COMPOSITION_BANDS: readonly CompositionBands[] = [
  { feature: 'memberCount', atLeast: [3, 5, 7] },
  { feature: 'dependencyRatio', atLeast: [0.5, 1, 2] },
  { feature: 'disabledOrIll', atLeast: [1, 2] },
];

/** A status question's options mapped to feature columns; -1 marks the reference or "none". */
export interface QuestionColumns {
  readonly question: StatusQuestion;
  readonly column: ReadonlyMap<string, number>;
}

export interface BandColumns extends CompositionBands {
  /** Column of the first band; band k is column first + k. */
  readonly first: number;
}

/** The design matrix's columns: 0 is the intercept, then one column per non-reference answer or band. */
export interface FeatureSpace {
  readonly size: number;
  readonly names: readonly string[];
  readonly questions: readonly QuestionColumns[];
  readonly bands: readonly BandColumns[];
}

/**
 * Single choice: one-hot per option, the first rank-0 (least deprived) option as the reference.
 * Multi choice: one 0/1 column per option except the exclusive "none". Composition: one-hot bands.
 */
export function featureSpace(
  questions: readonly StatusQuestion[],
  bands: readonly CompositionBands[],
): FeatureSpace {
  const names = ['intercept'];
  const columns = questions.map((question): QuestionColumns => {
    const reference = question.kind === 'single' ? referenceOption(question) : undefined;
    const column = new Map<string, number>();
    for (const option of question.options) {
      const skip = option.code === reference || (question.kind === 'multi' && option.exclusive);
      column.set(option.code, skip ? -1 : names.push(`${question.id}.${option.code}`) - 1);
    }
    return { question, column };
  });
  const bandColumns = bands.map((b): BandColumns => {
    const first = names.length;
    for (const bound of b.atLeast) names.push(`${b.feature}>=${bound}`);
    return { ...b, first };
  });
  return { size: names.length, names, questions: columns, bands: bandColumns };
}

function referenceOption(question: StatusQuestion): string | undefined {
  return question.options.find((o) => o.rank === 0)?.code ?? question.options[0]?.code;
}

/**
 * Writes the active columns of one parsed household into `out` from `at`, returns the new end.
 * The intercept is always active; answers come in the questions' order, as the PMT parses them.
 */
export function encodeHousehold(
  space: FeatureSpace,
  household: ParsedInput,
  out: Uint16Array,
  at: number,
): number {
  let end = at;
  out[end++] = 0;
  space.questions.forEach(({ column }, q) => {
    for (const code of household.answers[q] ?? []) {
      const c = column.get(code) ?? -1;
      if (c >= 0) out[end++] = c;
    }
  });
  for (const b of space.bands) {
    const band = bandOf(b.atLeast, compositionValue(b.feature, household.facts));
    if (band >= 0) out[end++] = b.first + band;
  }
  return end;
}

/** Index of the highest bound that value reaches, -1 below the first. */
function bandOf(atLeast: readonly number[], value: number): number {
  let band = -1;
  while (band + 1 < atLeast.length && value >= (atLeast[band + 1] as number)) band++;
  return band;
}

/** The most columns one household can activate: intercept, every multi option, one per single and band. */
export function maxActive(space: FeatureSpace): number {
  let n = 1 + space.bands.length;
  for (const { question } of space.questions)
    n += question.kind === 'single' ? 1 : question.options.length;
  return n;
}
