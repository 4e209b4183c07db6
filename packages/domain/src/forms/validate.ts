import { readCode, readRecord, type Bag } from '../core/guard.js';
import { issue } from '../core/issue.js';
import { fail, ok, type Result } from '../core/result.js';
import { FORM_VARIANTS, type FormVariant, type HouseholdForm } from './household.js';
import { readFields } from './read-field.js';
import { formRevision, type FormRevision } from './revisions.js';
import { checkCrossRules } from './rules.js';

/**
 * Validates a submitted household form against the revision and variant it names, reporting
 * every problem at once; the value is the cleaned form (trimmed text, IDs and phones as digits).
 */
export function validateHousehold(input: unknown): Result<HouseholdForm> {
  const issues: Bag = [];
  const raw = readRecord(input, '', issues);
  if (!raw) return fail(issues);
  const revision = formRevision(raw.formRevision);
  if (!revision.ok) issues.push(...revision.issues);
  const variant = readCode(raw.variant, 'variant', FORM_VARIANTS, issues);
  if (!revision.ok || variant === undefined) return fail(issues);

  const sections = revision.value.variants[variant].sections;
  const form = readFields(sections, raw, '', { root: raw, issues });
  checkSectionsOfOtherVariant(revision.value, variant, raw, issues);
  checkCrossRules(variant, form, raw, issues);
  if (issues.length > 0) return fail(issues);
  return ok({ formRevision: revision.value.id, variant, ...form } as unknown as HouseholdForm);
}

/** Members and status belong to an ordinary household, the institution section to an institution: never both. */
function checkSectionsOfOtherVariant(
  revision: FormRevision,
  variant: FormVariant,
  raw: Readonly<Record<string, unknown>>,
  issues: Bag,
): void {
  const own = new Set(revision.variants[variant].sections.map((f) => f.id));
  for (const other of FORM_VARIANTS) {
    for (const section of revision.variants[other].sections) {
      if (!own.has(section.id) && raw[section.id] !== undefined) {
        issues.push(issue('FORM_NOT_IN_VARIANT', section.id));
      }
    }
  }
}
