import { issue } from '../core/issue.js';
import { fail, ok, type Result } from '../core/result.js';
import { householdFacts } from '../forms/facts.js';
import type { HouseholdVariantForm } from '../forms/household.js';
import type { HouseholdFacts } from '../forms/types.js';
import { validateHousehold } from '../forms/validate.js';
import { prepareModel } from './prepare.js';
import { score, type PmtResult } from './score.js';

export interface ScoredHousehold {
  readonly form: HouseholdVariantForm;
  readonly facts: HouseholdFacts;
  readonly result: PmtResult;
}

/**
 * The whole screening computation for one submitted form: validate, derive the facts, score.
 * The phone's live preview and the server's recomputation both call this, so they cannot differ.
 * Institutional households (shelter, foundation, temple) have no status section to score: by our
 * design they go to a programme officer for review, and this says so instead of inventing a score.
 */
export function scoreHousehold(
  model: unknown,
  form: unknown,
  region: unknown,
): Result<ScoredHousehold> {
  const prepared = prepareModel(model);
  if (!prepared.ok) return prepared;
  const validated = validateHousehold(form);
  if (!validated.ok) return validated;
  const household = validated.value;
  if (household.variant !== 'household')
    return fail([issue('PMT_INSTITUTION_NOT_SCORED', 'variant')]);
  if (household.formRevision !== prepared.value.model.formRevision) {
    return fail([
      issue('PMT_REVISION_MISMATCH', 'formRevision', {
        form: household.formRevision,
        model: prepared.value.model.formRevision,
      }),
    ]);
  }
  const facts = householdFacts(household);
  const scored = score(prepared.value.model, { region, status: household.status, facts });
  return scored.ok ? ok({ form: household, facts, result: scored.value }) : scored;
}
