import { isRecord, readNumber, readRecord, type Bag } from '../core/guard.js';
import { fail, ok, type Result } from '../core/result.js';
import type { HouseholdBatch } from '../pmt/compiled.js';
import type { PmtModel } from '../pmt/model.js';
import { REGIONS, type Region } from '../vocab/region.js';
import { draftCalibration, outcomesOf, withThresholds } from './calibrate.js';
import { gramAccumulator, regionIndex } from './fit.js';
import { assignFolds } from './folds.js';
import { addGram, newGram, type Gram } from './linalg.js';
import { readHouseholds, type Households } from './records.js';
import { ReportTally, type ErrorReport } from './report.js';
import { encodeInputs, scoreInputs } from './scores.js';
import { readSettings, type CalibrationOptions, type Settings } from './settings.js';

export interface CrossValidationOptions extends CalibrationOptions {
  /** Number of folds, 2–20; default 5. */
  readonly folds?: number;
  /** Seed of the fold assignment; default 1. */
  readonly seed?: number;
}

/** Held-out targeting errors (see targeting.ts for their exact definitions) and each fold's thresholds. */
export interface CrossValidation extends ErrorReport {
  readonly folds: number;
  readonly seed: number;
  readonly thresholds: readonly Readonly<Record<Region, number>>[];
}

/**
 * k-fold cross-validation of the calibration: each fold's households are scored by a model
 * calibrated (thresholds included) on the other folds only, so every error is out of sample.
 * The Grams of all region × fold cells come from one pass; a fold's training Gram is the sum of
 * the other folds' cells, and the households are encoded once for the PMT's compiled scorer.
 */
export function crossValidate(records: unknown, options: unknown): Result<CrossValidation> {
  const issues: Bag = [];
  const settings = readSettings(options, 'options', issues);
  const raw = readRecord(options, 'options', []);
  const folds = optionalNumber(
    raw?.['folds'],
    'options.folds',
    5,
    { min: 2, max: 20, integer: true },
    issues,
  );
  const seed = optionalNumber(
    raw?.['seed'],
    'options.seed',
    1,
    { min: 0, max: 2 ** 32 - 1, integer: true },
    issues,
  );
  if (!settings || issues.length > 0) return fail(issues);
  const fold = assignFolds(idsOf(records), folds, seed);
  const pass = gramAccumulator(settings.space, settings.incomeFloor, REGIONS.length * folds);
  const households = readHouseholds(records, settings.questions, 'records', issues, (h, i) =>
    pass.add(h, regionIndex(h.region) * folds + (fold[i] as number)),
  );
  if (issues.length > 0) return fail(issues);
  return validate(households, pass.grams, fold, settings, { folds, seed });
}

/** Ids as given, before validation: folds must be known while the records stream past. */
function idsOf(records: unknown): string[] {
  if (!Array.isArray(records)) return [];
  return records.map((r: unknown) =>
    isRecord(r) && typeof r['id'] === 'string' ? r['id'].trim() : '',
  );
}

function optionalNumber(
  value: unknown,
  path: string,
  fallback: number,
  rule: { min: number; max: number; integer: boolean },
  issues: Bag,
): number {
  return value === undefined ? fallback : (readNumber(value, path, rule, issues) ?? fallback);
}

/** Fits each fold's model on the other folds and counts its errors on the fold (record i is in fold[i]). */
function validate(
  households: Households,
  cells: readonly Gram[],
  fold: Uint8Array,
  settings: Settings,
  run: { folds: number; seed: number },
): Result<CrossValidation> {
  const outcomes = outcomesOf(households, settings.incomeCap);
  const tally = new ReportTally();
  const thresholds: Record<Region, number>[] = [];
  const issues: Bag = [];
  let batch: HouseholdBatch | undefined;
  for (let f = 0; f < run.folds; f++) {
    const count = fold.reduce((n, g) => n + (g === f ? 0 : 1), 0);
    const draft = draftCalibration(trainingGrams(cells, run.folds, f, settings), settings, count, {
      fold: f + 1,
    });
    if (!draft.ok) {
      issues.push(...draft.issues);
      continue;
    }
    const scored = scoreAll(draft.value.model, households, batch);
    if (!scored.ok) return scored;
    batch = scored.value.batch;
    const { scores } = scored.value;
    const fitted = withThresholds(draft.value, scores, outcomes, (i) => fold[i] !== f, settings);
    if (!fitted.ok) return fitted;
    const model = fitted.value.model;
    thresholds.push(thresholdsOf(model));
    for (let i = 0; i < scores.length; i++) {
      if (fold[i] !== f) continue;
      const threshold = model.regions[REGIONS[outcomes.region[i] as number] as Region].threshold;
      tally.add(households, i, outcomes.poor[i] === 1, (scores[i] as number) > threshold);
    }
  }
  return issues.length > 0 ? fail(issues) : ok({ ...run, thresholds, ...tally.report() });
}

/** Every household's score under a fold's model; the batch is encoded by the first fold and reused. */
function scoreAll(
  model: PmtModel,
  households: Households,
  batch: HouseholdBatch | undefined,
): Result<{ batch: HouseholdBatch; scores: Float64Array }> {
  const encoded = batch ? ok(batch) : encodeInputs(model, households.inputs);
  if (!encoded.ok) return encoded;
  const scored = scoreInputs(model, encoded.value);
  return scored.ok ? ok({ batch: encoded.value, scores: scored.value.scores }) : scored;
}

/** A fold's training Gram per region: the sum of the region's other folds. */
function trainingGrams(
  cells: readonly Gram[],
  folds: number,
  held: number,
  settings: Settings,
): Gram[] {
  return REGIONS.map((_, r) => {
    const gram = newGram(settings.space.size);
    for (let f = 0; f < folds; f++) if (f !== held) addGram(gram, cells[r * folds + f] as Gram);
    return gram;
  });
}

function thresholdsOf(model: PmtModel): Record<Region, number> {
  return Object.fromEntries(REGIONS.map((r) => [r, model.regions[r].threshold])) as Record<
    Region,
    number
  >;
}
