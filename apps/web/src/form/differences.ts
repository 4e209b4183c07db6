import type { Field, Lang } from '@isee/domain';
import { sameContent } from '../offline/outbox.js';
import { definitionOf, fieldAt } from '../review/form-summary.js';
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
 * A path as the teacher knows it, from the form definition: `members.1.income.wages` reads
 * "สมาชิกครัวเรือน 2 › รายได้ › ค่าจ้าง", and the field it names (for showing its answers).
 * Parts the definition does not name stay as they are.
 */
export function describePath(
  form: DraftForm,
  path: string,
  lang: Lang,
): { readonly label: string; readonly field?: Field } {
  const definition = definitionOf(String(form['formRevision']), String(form['variant']));
  const sections = definition.ok ? definition.value.variant.sections : [];
  const ids: string[] = [];
  const parts: string[] = [];
  for (const key of path.split('.')) {
    if (/^\d+$/.test(key)) {
      parts[parts.length - 1] = `${parts.at(-1) ?? ''} ${Number(key) + 1}`;
      continue;
    }
    ids.push(key);
    parts.push(fieldAt(sections, ids.join('.'))?.label[lang] ?? key);
  }
  const field = fieldAt(sections, ids.join('.'));
  return { label: parts.join(' › '), ...(field === undefined ? {} : { field }) };
}
