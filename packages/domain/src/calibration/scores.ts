import { fail, ok, type Result } from '../core/result.js';
import {
  compileModel,
  createBatch,
  encodeInto,
  scoreBatch,
  type HouseholdBatch,
} from '../pmt/compiled.js';
import type { PmtModel } from '../pmt/model.js';

/**
 * Households encoded once into the PMT's batch; any model with the same id and form revision
 * (every fold of a cross-validation) can then score them all with the PMT's compiled scorer.
 */
export function encodeInputs(model: PmtModel, inputs: readonly unknown[]): Result<HouseholdBatch> {
  const compiled = compileModel(model);
  if (!compiled.ok) return compiled;
  const batch = createBatch(compiled.value, inputs.length);
  if (!batch.ok) return batch;
  for (let i = 0; i < inputs.length; i++) {
    const row = encodeInto(compiled.value, batch.value, i, inputs[i]);
    if (!row.ok) return fail(row.issues);
  }
  return batch;
}

/**
 * Published (two-decimal) PMT scores and classes (indexes of POVERTY_CLASSES) of every household
 * of the batch: thresholds are chosen on the same scores the classes are decided on.
 */
export function scoreInputs(
  model: PmtModel,
  batch: HouseholdBatch,
): Result<{ scores: Float64Array; classes: Uint8Array }> {
  const compiled = compileModel(model);
  if (!compiled.ok) return compiled;
  const scores = new Float64Array(batch.size);
  const classes = new Uint8Array(batch.size);
  const scored = scoreBatch(compiled.value, batch, scores, classes);
  return scored.ok ? ok({ scores, classes }) : scored;
}
