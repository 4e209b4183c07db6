import type {
  BooleanField,
  ChoiceField,
  Condition,
  Field,
  GroupField,
  ListField,
  NumberField,
  SimpleField,
  TextField,
} from './fields.js';
import type { ChoiceOption, Label } from './types.js';

/** Terse constructors for the form data in revisions.ts. */
interface Extra {
  readonly optional?: true;
  readonly when?: Condition;
}

const label = (th: string, en: string): Label => ({ th, en });

export const single = (
  id: string,
  th: string,
  en: string,
  options: readonly ChoiceOption[],
  extra: Extra = {},
): ChoiceField => ({
  input: 'choice',
  kind: 'single',
  id,
  label: label(th, en),
  options,
  ...extra,
});

export const multi = (
  id: string,
  th: string,
  en: string,
  options: readonly ChoiceOption[],
): ChoiceField => ({ input: 'choice', kind: 'multi', id, label: label(th, en), options });

export const text = (
  id: string,
  th: string,
  en: string,
  extra: Extra & { readonly maxLength?: number; readonly pattern?: RegExp } = {},
): TextField => ({ input: 'text', id, label: label(th, en), maxLength: 200, ...extra });

export const num = (
  id: string,
  th: string,
  en: string,
  range: Pick<NumberField, 'min' | 'max' | 'unit'> & { readonly integer?: true },
  extra: Extra = {},
): NumberField => ({ input: 'number', id, label: label(th, en), ...range, ...extra });

export const yesNo = (
  id: string,
  th: string,
  en: string,
  extra: { readonly mustBeTrue?: true } = {},
): BooleanField => ({ input: 'boolean', id, label: label(th, en), ...extra });

export const simple = (
  input: SimpleField['input'],
  id: string,
  th: string,
  en: string,
  extra: Extra = {},
): SimpleField => ({ input, id, label: label(th, en), ...extra });

export const group = (
  id: string,
  th: string,
  en: string,
  fields: readonly Field[],
): GroupField => ({
  input: 'group',
  id,
  label: label(th, en),
  fields,
});

export const list = (
  id: string,
  th: string,
  en: string,
  size: Pick<ListField, 'min' | 'max'>,
  fields: readonly Field[],
): ListField => ({ input: 'list', id, label: label(th, en), ...size, fields });

export const BAHT_PER_MONTH = label('บาท/เดือน', 'baht/month');
export const BAHT_PER_DAY = label('บาท/วัน', 'baht/day');
export const YEARS = label('ปี', 'years');
export const KM = label('กิโลเมตร', 'km');
export const MINUTES = label('นาที', 'minutes');
export const PEOPLE = label('คน', 'people');
/** For plain counts such as a village number. */
export const NONE_UNIT = label('', '');
