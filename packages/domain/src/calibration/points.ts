import type { StatusQuestion } from '../forms/types.js';
import type { CompositionRule, QuestionPoints, RegionModel } from '../pmt/model.js';
import { reachableRange } from '../pmt/reach.js';
import type { BandColumns, FeatureSpace, QuestionColumns } from './features.js';
import { isotonic } from './isotonic.js';
import type { Gram } from './linalg.js';

/**
 * Coefficients → deprivation points (see METHOD.md). β is the change in predicted log income per
 * person, so deprivation is −β measured from the best answer:
 * - single choice and composition bands form a ladder of levels (options of equal rank pool into
 *   one level, weighted by how many households gave them); the ladder is made non-decreasing by
 *   isotonic regression and shifted so the least deprived level is 0;
 * - hardship options get max(0, −β), capped at their sum; asset options deduct max(0, β) from a
 *   base equal to the sum of deductions, so owning nothing scores the base and owning all scores 0.
 * All points of a region are then scaled by one factor so the largest reachable total is 100, and
 * rounded to hundredths; the rounding residual goes where it cannot break the order (`absorb`).
 */
type Ladder =
  | {
      readonly kind: 'single';
      readonly question: StatusQuestion;
      readonly levelOf: ReadonlyMap<string, number>;
      levels: number[];
    }
  | { readonly kind: 'bands'; readonly bands: BandColumns; levels: number[] };
interface Additive {
  readonly kind: 'hardship' | 'asset';
  readonly question: StatusQuestion;
  readonly points: Map<string, number>;
  total: number;
}
type Part = Ladder | Additive;

export type RegionPoints = Omit<RegionModel, 'threshold'>;

/** Largest reachable log-income gap (about 0.0001 %) under which a region is treated as flat. */
const FLAT = 1e-6;

/** Points of one region from its fitted β and Gram; undefined when every point is 0 (nothing to scale). */
export function regionPoints(
  space: FeatureSpace,
  beta: Float64Array,
  gram: Gram,
): RegionPoints | undefined {
  const count = (column: number) =>
    column < 0 ? 0 : (gram.xtx[column * space.size + column] as number);
  const parts: Part[] = [
    ...space.questions.map((q) => questionPart(q, beta, count, gram.count)),
    ...space.bands.map((b) => bandPart(b, beta, count, gram.count)),
  ];
  const questions = space.questions.map((q) => q.question);
  const reach = (divisor: number) =>
    reachableRange({ threshold: 0, ...toModel(parts, divisor) }, questions).max;
  const rawMax = reach(1);
  // Below this, "deprivation" is float noise of a fit where no answer moves income.
  if (!(rawMax > FLAT)) return undefined;
  for (const part of parts) scaleToHundredths(part, 10_000 / rawMax);
  absorb(parts, 10_000 - Math.round(reach(100) * 100));
  return toModel(parts, 100);
}

function questionPart(
  { question, column }: QuestionColumns,
  beta: Float64Array,
  count: (column: number) => number,
  households: number,
): Part {
  const b = (code: string) => beta[column.get(code) ?? -1] ?? 0;
  if (question.kind === 'single') {
    const ranks = [...new Set(question.options.map((o) => o.rank ?? 0))].sort((x, y) => x - y);
    const referenceCount =
      households - question.options.reduce((s, o) => s + count(column.get(o.code) ?? -1), 0);
    const levels = ranks.map((rank) => {
      const options = question.options.filter((o) => (o.rank ?? 0) === rank);
      const weights = options.map((o) =>
        column.get(o.code) === -1 ? referenceCount : count(column.get(o.code) ?? -1),
      );
      return pooled(
        options.map((o) => -b(o.code)),
        weights,
      );
    });
    const levelOf = new Map(question.options.map((o) => [o.code, ranks.indexOf(o.rank ?? 0)]));
    return { kind: 'single', question, levelOf, levels: ladder(levels) };
  }
  const kind = question.deprivation === 'asset' ? 'asset' : 'hardship';
  const points = new Map<string, number>();
  // The exclusive "none" has no column: it scores 0 (hardship) or deducts nothing (asset).
  for (const o of question.options)
    points.set(o.code, Math.max(0, kind === 'asset' ? b(o.code) : -b(o.code)));
  return { kind, question, points, total: sum(points.values()) };
}

function bandPart(
  bands: BandColumns,
  beta: Float64Array,
  count: (column: number) => number,
  households: number,
): Part {
  const columns = bands.atLeast.map((_, k) => bands.first + k);
  const reference = { value: 0, weight: households - sum(columns.map(count)) };
  const levels = [reference, ...columns.map((c) => ({ value: -(beta[c] ?? 0), weight: count(c) }))];
  return { kind: 'bands', bands, levels: ladder(levels) };
}

/** A level's value is the weighted mean of its options' deprivation (plain mean if nobody chose them). */
function pooled(
  values: readonly number[],
  weights: readonly number[],
): { value: number; weight: number } {
  const weight = sum(weights);
  const value =
    weight > 0
      ? values.reduce((s, v, i) => s + v * (weights[i] ?? 0), 0) / weight
      : sum(values) / values.length;
  return { value, weight };
}

/** Non-decreasing levels starting at 0. */
function ladder(levels: readonly { value: number; weight: number }[]): number[] {
  const fitted = isotonic(
    levels.map((l) => l.value),
    levels.map((l) => l.weight),
  );
  const base = fitted[0] ?? 0;
  return fitted.map((v) => v - base);
}

function scaleToHundredths(part: Part, factor: number): void {
  if (part.kind === 'single' || part.kind === 'bands') {
    part.levels = part.levels.map((v) => Math.round(v * factor));
    return;
  }
  for (const [code, v] of part.points) part.points.set(code, Math.round(v * factor));
  part.total = sum(part.points.values());
}

/**
 * Puts the rounding residual (a few hundredths) where the order survives: added to the top level
 * of the biggest single-choice ladder; or taken from the widest step of one (shifting every level
 * above it) or from a cap or base (below the sum of points they only clip), whichever has the most
 * room. Only questions take it: they vary independently, so their top always counts in the maximum.
 */
function absorb(parts: readonly Part[], residual: number): void {
  if (residual === 0) return;
  let best: { room: number; apply: () => void } | undefined;
  const offer = (room: number, apply: () => void) => {
    if (!best || room > best.room) best = { room, apply };
  };
  for (const part of parts) {
    if (part.kind === 'bands') continue;
    if (part.kind !== 'single') {
      if (residual < 0) offer(part.total, () => (part.total += residual));
      continue;
    }
    const levels = part.levels;
    const last = levels.length - 1;
    if (residual > 0 && last > 0)
      offer(levels[last] as number, () => shift(levels, last, residual));
    if (residual < 0)
      for (let j = 1; j <= last; j++)
        offer((levels[j] as number) - (levels[j - 1] as number), () => shift(levels, j, residual));
  }
  best?.apply();
}

function shift(levels: number[], from: number, by: number): void {
  for (let j = from; j < levels.length; j++) levels[j] = (levels[j] as number) + by;
}

/** The model's points; `divisor` 100 turns hundredths into points. */
function toModel(parts: readonly Part[], divisor: number): RegionPoints {
  const questions: Record<string, QuestionPoints> = {};
  const composition: CompositionRule[] = [];
  for (const part of parts) {
    if (part.kind === 'bands') {
      const rule = bandRule(part.bands, part.levels, divisor);
      if (rule.bands.length > 0) composition.push(rule);
    } else if (part.kind === 'single') {
      const levels = part.levels;
      questions[part.question.id] = {
        kind: 'single',
        points: Object.fromEntries(
          part.question.options.map((o) => [
            o.code,
            (levels[part.levelOf.get(o.code) ?? 0] ?? 0) / divisor,
          ]),
        ),
      };
    } else {
      questions[part.question.id] = additivePoints(part, divisor);
    }
  }
  return { questions, composition };
}

function additivePoints(part: Additive, divisor: number): QuestionPoints {
  const points = Object.fromEntries([...part.points].map(([code, v]) => [code, v / divisor]));
  return part.kind === 'asset'
    ? { kind: 'asset', base: part.total / divisor, deduction: points }
    : { kind: 'hardship', points, cap: part.total / divisor };
}

/** Keeps only the bands where points rise: an equal band scores the same as the one below it. */
function bandRule(bands: BandColumns, levels: readonly number[], divisor: number): CompositionRule {
  const kept: { atLeast: number; points: number }[] = [];
  let below = 0;
  bands.atLeast.forEach((atLeast, k) => {
    const level = levels[k + 1] ?? 0;
    if (level > below) kept.push({ atLeast, points: level / divisor });
    below = Math.max(below, level);
  });
  return { feature: bands.feature, bands: kept };
}

function sum(values: Iterable<number>): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
