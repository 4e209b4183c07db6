import { isRecord } from '../core/guard.js';

/** A national ID found in a form, with its place, e.g. `members.2.idNumber`. */
export interface FormIdentity {
  readonly path: string;
  readonly idNumber: string;
}

export interface SeparatedForm {
  /** The form without its national IDs: what may be stored in the clear. */
  readonly answers: unknown;
  readonly identities: readonly FormIdentity[];
}

const ID_FIELD = 'idNumber';

/** A copy of `record` without its ID field, and the ID when it is a string. */
function withoutId(
  record: Readonly<Record<string, unknown>>,
  path: string,
  found: FormIdentity[],
): Record<string, unknown> {
  const { [ID_FIELD]: idNumber, ...rest } = record;
  if (typeof idNumber !== 'string') return { ...record };
  found.push({ path: `${path}.${ID_FIELD}`, idNumber });
  return rest;
}

/**
 * Takes the national IDs (guardian's and members') out of a form, which may be a partial draft, so
 * the rest can be stored readable and the IDs encrypted apart (SPEC §12). `joinIdentities` puts them
 * back. Anything that is not a form is answered as it is, with no identities.
 */
export function separateIdentities(form: unknown): SeparatedForm {
  if (!isRecord(form)) return { answers: form, identities: [] };
  const found: FormIdentity[] = [];
  const answers: Record<string, unknown> = { ...form };
  if (isRecord(form['guardian']))
    answers['guardian'] = withoutId(form['guardian'], 'guardian', found);
  if (Array.isArray(form['members']))
    answers['members'] = form['members'].map((m: unknown, i) =>
      isRecord(m) ? withoutId(m, `members.${i}`, found) : m,
    );
  return { answers, identities: found };
}

/** The form with its IDs back in place; identities whose place is gone are left out. */
export function joinIdentities(answers: unknown, identities: readonly FormIdentity[]): unknown {
  if (!isRecord(answers)) return answers;
  const form: Record<string, unknown> = { ...answers };
  const members = Array.isArray(form['members']) ? [...(form['members'] as unknown[])] : undefined;
  for (const { path, idNumber } of identities) {
    const [head, index] = path.split('.');
    if (head === 'guardian' && isRecord(form['guardian']))
      form['guardian'] = { ...form['guardian'], [ID_FIELD]: idNumber };
    else if (head === 'members' && members !== undefined) {
      const at = Number(index);
      const member = members[at];
      if (isRecord(member)) members[at] = { ...member, [ID_FIELD]: idNumber };
    }
  }
  if (members !== undefined) form['members'] = members;
  return form;
}
