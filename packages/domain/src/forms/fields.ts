import type { ChoiceQuestion, Label } from './types.js';

/**
 * A form is data: each field says how it is asked (its input kind and label) and what a valid
 * answer is (range, options, whether required). The validator reads any form through these specs,
 * so the UI and the rules cannot drift apart.
 */
interface FieldBase {
  /** Key of the answer in its parent object; a path segment of every issue about it. */
  readonly id: string;
  readonly label: Label;
  readonly optional?: true;
  /** Asked only when another answer has one of these codes; otherwise it must be left empty. */
  readonly when?: Condition;
}

export interface Condition {
  /** Dotted path of a single-choice or yes/no answer from the form's root, e.g. `status.tenure`. */
  readonly field: string;
  readonly anyOf: readonly (string | boolean)[];
}

/** A choice field; a status question (which also carries its PMT dimension) is one as it is. */
export type ChoiceField = FieldBase &
  Pick<ChoiceQuestion, 'kind' | 'options'> & { readonly input: 'choice' };
export type TextField = FieldBase & {
  readonly input: 'text';
  readonly maxLength: number;
  readonly pattern?: RegExp;
};
export type NumberField = FieldBase & {
  readonly input: 'number';
  readonly min: number;
  readonly max: number;
  readonly integer?: true;
  readonly unit: Label;
};
export type BooleanField = FieldBase & {
  readonly input: 'boolean';
  /** A declaration: only "yes" is a valid answer. */
  readonly mustBeTrue?: true;
};
/** thaiId: 13 digits with the mod-11 check; phone: Thai number; gps: {lat, lon} inside Thailand. */
export type SimpleField = FieldBase & {
  readonly input: 'thaiId' | 'phone' | 'date' | 'dateTime' | 'gps';
};
export type GroupField = FieldBase & { readonly input: 'group'; readonly fields: readonly Field[] };
export type ListField = FieldBase & {
  readonly input: 'list';
  readonly min: number;
  readonly max: number;
  readonly fields: readonly Field[];
};

export type Field =
  ChoiceField | TextField | NumberField | BooleanField | SimpleField | GroupField | ListField;
