import {
  FORM_REVISIONS,
  validateHousehold,
  type Condition,
  type Field,
  type FormRevisionId,
  type FormVariant,
  type Issue,
} from '@isee/domain';

/** A form being filled in: whatever has been answered so far, in the shape the server takes. */
export type DraftForm = Readonly<Record<string, unknown>>;

/** One screen of the wizard: the household kind first, then one section of the form per screen. */
export type Step =
  | { readonly kind: 'variant'; readonly id: 'variant' }
  | { readonly kind: 'section'; readonly id: string; readonly field: Field };

/** The form definition decides the steps, so the wizard follows a new revision without code changes. */
export function stepsOf(revision: FormRevisionId, variant: FormVariant): readonly Step[] {
  const sections = FORM_REVISIONS[revision].variants[variant].sections;
  return [
    { kind: 'variant', id: 'variant' },
    ...sections.map((field): Step => ({ kind: 'section', id: field.id, field })),
  ];
}

/** A fresh draft: the revision the cycle screens with, an ordinary household until told otherwise. */
export const newDraftForm = (revision: FormRevisionId): DraftForm => ({
  formRevision: revision,
  variant: 'household',
});

/**
 * Keeps the step inside the wizard after the step list changed (e.g. the variant was switched).
 * Index `steps.length` is the last screen, after the sections: check the whole form and submit.
 */
export const clampStep = (index: number, steps: readonly Step[]): number =>
  Math.min(Math.max(0, index), steps.length);

/** The value at a dotted path, e.g. `members.0.income.wages`. */
export function valueAt(form: unknown, path: string): unknown {
  let value: unknown = form;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** A copy of the form with one answer replaced; arrays stay arrays. `undefined` removes the answer. */
export function setAt(form: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const inner = rest.length === 0 ? value : setAt(readChild(form, head), rest, value);
  if (typeof head === 'number') {
    const list = Array.isArray(form) ? [...(form as unknown[])] : [];
    list[head] = inner;
    return list;
  }
  const record = form !== null && typeof form === 'object' ? { ...(form as object) } : {};
  const out = record as Record<string, unknown>;
  if (inner === undefined) delete out[head];
  else out[head] = inner;
  return out;
}

function readChild(form: unknown, key: string | number): unknown {
  if (form === null || typeof form !== 'object') return undefined;
  return (form as Record<string | number, unknown>)[key];
}

/** Whether a field with a `when` condition is asked, given the answers so far (unanswered: not yet). */
export function isAsked(condition: Condition | undefined, form: DraftForm): boolean {
  if (condition === undefined) return true;
  const answer = valueAt(form, condition.field);
  return condition.anyOf.some((code) => code === answer);
}

/**
 * Switching to the other variant drops the sections only the old one has: the server refuses a form
 * carrying both (FORM_NOT_IN_VARIANT), and a teacher who switches back starts those sections anew.
 */
export function withVariant(form: DraftForm, variant: FormVariant): DraftForm {
  const revision = FORM_REVISIONS[form['formRevision'] as FormRevisionId];
  const keep = new Set(revision.variants[variant].sections.map((f) => f.id));
  const out: Record<string, unknown> = { formRevision: form['formRevision'], variant };
  for (const [key, value] of Object.entries(form)) {
    if (keep.has(key)) out[key] = value;
  }
  return out;
}

/** The domain's issues about one step's section: what the teacher still has to fill in or fix there. */
export function issuesOfStep(form: DraftForm, step: Step): readonly Issue[] {
  const result = validateHousehold(form);
  if (result.ok) return [];
  const prefix = step.id;
  return result.issues.filter((i) => i.path === prefix || i.path.startsWith(`${prefix}.`));
}
