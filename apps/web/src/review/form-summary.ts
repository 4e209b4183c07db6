import {
  fail,
  FORM_VARIANTS,
  formRevision,
  isRecord,
  joinPath,
  ok,
  readCode,
  type Field,
  type FormRevision,
  type FormVariantSpec,
  type Issue,
  type Label,
  type Result,
} from '@isee/domain';
import { draftMemberIncome } from '../form/income.js';
import { isAsked, type DraftForm } from '../form/wizard.js';

/** An answer ready to show; the screen only puts it in the reader's language. */
export type Shown =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  /** Choice answers as their option labels; a code the revision does not know is shown as it is. */
  | { readonly kind: 'options'; readonly labels: readonly Label[] }
  | { readonly kind: 'number'; readonly value: number; readonly unit: Label }
  | { readonly kind: 'yesNo'; readonly value: boolean }
  | { readonly kind: 'date'; readonly iso: string }
  | { readonly kind: 'place'; readonly lat: number; readonly lon: number };

export type SummaryNode =
  | {
      readonly kind: 'value';
      readonly path: string;
      readonly label: Label;
      readonly shown: Shown;
    }
  | {
      readonly kind: 'group';
      readonly path: string;
      readonly label: Label;
      readonly children: readonly SummaryNode[];
    }
  | {
      readonly kind: 'list';
      readonly path: string;
      readonly label: Label;
      readonly items: readonly SummaryItem[];
    };

/** One entry of a list (a household member, a photo); a member's monthly income is added up. */
export interface SummaryItem {
  readonly path: string;
  readonly children: readonly SummaryNode[];
  readonly income?: number;
}

const asText = (value: unknown): Shown =>
  value === undefined || value === null || value === ''
    ? { kind: 'empty' }
    : { kind: 'text', text: typeof value === 'string' ? value : JSON.stringify(value) };

/** An answer of a field as a reader sees it (option labels, units, dates, places). */
export function showValue(field: Field, value: unknown): Shown {
  if (value === undefined || value === null || value === '') return { kind: 'empty' };
  switch (field.input) {
    case 'choice': {
      const codes = Array.isArray(value) ? (value as unknown[]) : [value];
      return {
        kind: 'options',
        labels: codes.map((code) => {
          const option = field.options.find((o) => o.code === code);
          return option?.label ?? { th: String(code), en: String(code) };
        }),
      };
    }
    case 'number':
      return typeof value === 'number'
        ? { kind: 'number', value, unit: field.unit }
        : asText(value);
    case 'boolean':
      return typeof value === 'boolean' ? { kind: 'yesNo', value } : asText(value);
    case 'date':
    case 'dateTime':
      return typeof value === 'string' ? { kind: 'date', iso: value } : asText(value);
    case 'gps':
      return isRecord(value) && typeof value['lat'] === 'number' && typeof value['lon'] === 'number'
        ? { kind: 'place', lat: value['lat'], lon: value['lon'] }
        : asText(value);
    case 'text':
    case 'thaiId':
    case 'phone':
    case 'group':
    case 'list':
      return asText(value);
  }
}

function summarizeFields(
  fields: readonly Field[],
  record: unknown,
  path: string,
  root: DraftForm,
): SummaryNode[] {
  const values = isRecord(record) ? record : {};
  return fields
    .filter((field) => isAsked(field.when, root))
    .map((field) => summarizeField(field, values[field.id], joinPath(path, field.id), root));
}

function summarizeField(field: Field, value: unknown, path: string, root: DraftForm): SummaryNode {
  const { label } = field;
  if (field.input === 'group')
    return {
      kind: 'group',
      path,
      label,
      children: summarizeFields(field.fields, value, path, root),
    };
  if (field.input === 'list') {
    const entries = Array.isArray(value) ? (value as unknown[]) : [];
    const withIncome = field.fields.some((f) => f.id === 'income' && f.input === 'group');
    return {
      kind: 'list',
      path,
      label,
      items: entries.map((entry, index) => ({
        path: joinPath(path, index),
        children: summarizeFields(field.fields, entry, joinPath(path, index), root),
        ...(withIncome && { income: draftMemberIncome(entry) }),
      })),
    };
  }
  return { kind: 'value', path, label, shown: showValue(field, value) };
}

/** The form definition a screening was filled in with: its revision, and that revision's variant. */
export interface FormDefinition {
  readonly revision: FormRevision;
  readonly variant: FormVariantSpec;
}

export function definitionOf(revision: string, variant: string): Result<FormDefinition> {
  const known = formRevision(revision);
  if (!known.ok) return known;
  const issues: Issue[] = [];
  const kind = readCode(variant, 'variant', FORM_VARIANTS, issues);
  return kind === undefined
    ? fail(issues)
    : ok({ revision: known.value, variant: known.value.variants[kind] });
}

/**
 * A form as a reviewer reads it, section by section in the order the form asks, driven by the
 * form definition so it follows any revision. Questions the form did not ask (their condition does
 * not hold) are left out; questions asked but not answered are shown empty.
 */
export function summarizeForm(sections: readonly Field[], form: unknown): readonly SummaryNode[] {
  const root: DraftForm = isRecord(form) ? form : {};
  return summarizeFields(sections, root, '', root);
}

/** The field a dotted path of ids names in a form definition, e.g. `photos.items.kind`. */
export function fieldAt(sections: readonly Field[], path: string): Field | undefined {
  let fields: readonly Field[] = sections;
  let found: Field | undefined;
  for (const id of path.split('.')) {
    found = fields.find((f) => f.id === id);
    if (found === undefined) return undefined;
    fields = found.input === 'group' || found.input === 'list' ? found.fields : [];
  }
  return found;
}

/** An option's label by the field's path and the option's code; an unknown code reads as itself. */
export function optionLabel(sections: readonly Field[], path: string, code: string): Label {
  const field = fieldAt(sections, path);
  const option = field?.input === 'choice' ? field.options.find((o) => o.code === code) : undefined;
  return option?.label ?? { th: code, en: code };
}
