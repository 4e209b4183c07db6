import type { Field, FormRevisionId, FormVariant, Lang } from '@isee/domain';
import { FORM_REVISIONS } from '@isee/domain';
import { sameContent } from '../offline/outbox.js';
import type { DraftForm } from './wizard.js';

/** One answer that differs between two versions of a form. */
export interface Difference {
  /** Dotted path, e.g. `members.1.income.wages`. */
  readonly path: string;
  readonly mine: unknown;
  readonly theirs: unknown;
}

/** The answers that differ, leaf by leaf (a list item present on one side only is one difference). */
export function differences(mine: unknown, theirs: unknown, path = ''): Difference[] {
  if (sameContent(mine, theirs)) return [];
  const both = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';
  if (both(mine) && both(theirs) && Array.isArray(mine) === Array.isArray(theirs)) {
    const keys = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])];
    return keys.flatMap((key) =>
      differences(mine[key], theirs[key], path === '' ? key : `${path}.${key}`),
    );
  }
  return [{ path, mine, theirs }];
}

/**
 * The label a teacher knows a path by, from the form definition: `members.1.income.wages` reads
 * "สมาชิกครัวเรือน 2 › รายได้ › ค่าจ้าง". Parts the definition does not name stay as they are.
 */
export function pathLabel(form: DraftForm, path: string, lang: Lang): string {
  return lookUp(form, path, lang).label;
}

/** An answer as the teacher chose it: the option's label rather than its code. */
export function answerText(form: DraftForm, path: string, value: unknown, lang: Lang): string {
  if (value === undefined || value === null) return '—';
  const field = lookUp(form, path, lang).field;
  if (field?.input === 'choice') {
    const codes = Array.isArray(value) ? value : [value];
    return codes
      .map((c) => field.options.find((o) => o.code === c)?.label[lang] ?? String(c))
      .join(', ');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function lookUp(form: DraftForm, path: string, lang: Lang): { label: string; field?: Field } {
  const revision = FORM_REVISIONS[form['formRevision'] as FormRevisionId];
  const variant = revision?.variants[form['variant'] as FormVariant];
  let fields: readonly Field[] = variant?.sections ?? [];
  const parts: string[] = [];
  let found: Field | undefined;
  for (const key of path.split('.')) {
    if (/^\d+$/.test(key)) {
      parts[parts.length - 1] = `${parts.at(-1) ?? ''} ${Number(key) + 1}`;
      continue;
    }
    found = fields.find((f) => f.id === key);
    parts.push(found?.label[lang] ?? key);
    fields = found !== undefined && 'fields' in found ? found.fields : [];
  }
  return { label: parts.join(' › '), ...(found === undefined ? {} : { field: found }) };
}
