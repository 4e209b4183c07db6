import { readCode, readRecord, readString, type Bag } from '../core/guard.js';
import { issue, type Issue } from '../core/issue.js';
import { fail, ok, type Result } from '../core/result.js';
import { householdFacts } from '../forms/facts.js';
import { FORM_VARIANTS, type HouseholdVariantForm } from '../forms/household.js';
import { readFields } from '../forms/read-field.js';
import { formRevision, type FormRevision } from '../forms/revisions.js';
import { checkCrossRules } from '../forms/rules.js';
import type { HouseholdFacts } from '../forms/types.js';
import { isRegion, type Region } from '../vocab/region.js';
import { prepareModel } from './prepare.js';
import { score, type PmtResult } from './score.js';

/** What the phone can say about a form being filled in, before it is whole enough to submit. */
export type HouseholdPreview =
  | { readonly kind: 'scored'; readonly result: PmtResult; readonly facts: HouseholdFacts }
  /** Some answer the PMT reads is missing or wrong: only those issues, not the photos' or signature's. */
  | { readonly kind: 'incomplete'; readonly issues: readonly Issue[] }
  /** Institutions are reviewed by a programme officer, never scored (see scoreHousehold). */
  | { readonly kind: 'institution' }
  /** No answer can give a score yet: the model, the region or the model's form revision is wrong. */
  | { readonly kind: 'unavailable'; readonly issues: readonly Issue[] };

/** householdFacts reads the member table and score() the status answers: nothing else of the form. */
const PMT_SECTIONS: ReadonlySet<string> = new Set(['members', 'status']);

const inPmtSections = (path: string): boolean => PMT_SECTIONS.has(path.split('.')[0] ?? '');

/**
 * The live preview of scoreHousehold: the same readers, cross-rules and score(), applied to the
 * sections the PMT reads, so a whole valid form previews exactly as the server scores it. It runs
 * on every keystroke: prepareModel validates a model object once and then answers from its cache.
 */
export function previewHousehold(model: unknown, form: unknown, region: unknown): HouseholdPreview {
  const header: Bag = [];
  const raw = readRecord(form, '', header);
  const variant = raw && readCode(raw['variant'], 'variant', FORM_VARIANTS, header);
  if (variant === 'institution') return { kind: 'institution' };
  const prepared = prepareModel(model);
  if (!prepared.ok) return { kind: 'unavailable', issues: prepared.issues };
  const knownRegion = readRegion(region);
  if (!knownRegion.ok) return { kind: 'unavailable', issues: knownRegion.issues };
  const revision = raw && formRevision(raw['formRevision']);
  if (revision && !revision.ok) header.push(...revision.issues);
  if (!raw || !revision?.ok || variant === undefined) {
    return { kind: 'incomplete', issues: header };
  }
  const modelRevision = prepared.value.model.formRevision;
  if (revision.value.id !== modelRevision) {
    const params = { form: revision.value.id, model: modelRevision };
    return {
      kind: 'unavailable',
      issues: [issue('PMT_REVISION_MISMATCH', 'formRevision', params)],
    };
  }
  const household = readPmtSections(revision.value, raw);
  if (!household.ok) return { kind: 'incomplete', issues: household.issues };
  const facts = householdFacts(household.value);
  const input = { region: knownRegion.value, status: household.value.status, facts };
  const scored = score(prepared.value.model, input);
  // The model and region passed above, so whatever score() still refuses is an answer of the form.
  return scored.ok
    ? { kind: 'scored', result: scored.value, facts }
    : { kind: 'incomplete', issues: scored.issues };
}

/** The school's region comes from the phone's sync, not from the form: it is read apart. */
function readRegion(value: unknown): Result<Region> {
  const issues: Bag = [];
  const text = readString(value, 'region', issues);
  if (isRegion(text)) return ok(text);
  if (text !== undefined) issues.push(issue('UNKNOWN_REGION', 'region', { value: text }));
  return fail(issues);
}

type PmtSections = Pick<HouseholdVariantForm, 'members' | 'status'>;

/** validateHousehold's own readers and cross-rules, kept to the sections the PMT reads. */
function readPmtSections(
  revision: FormRevision,
  raw: Readonly<Record<string, unknown>>,
): Result<PmtSections> {
  const all: Bag = [];
  const fields = revision.variants.household.sections.filter((f) => PMT_SECTIONS.has(f.id));
  const read = readFields(fields, raw, '', { root: raw, issues: all });
  checkCrossRules('household', read, raw, all);
  const issues = all.filter((i) => inPmtSections(i.path));
  return issues.length > 0 ? fail(issues) : ok(read as unknown as PmtSections);
}
