import { isAsked, valueAt, type DraftForm } from '../form/wizard.js';
import type { Field, Issue } from '@isee/domain';
import { useTranslation } from 'react-i18next';
import { useLang } from '../hooks.js';
import { DateTimeInput } from './capture/DateTimeInput.js';
import { GpsInput } from './capture/GpsInput.js';
import { Photos } from './capture/Photos.js';
import { SignaturePad } from './capture/SignaturePad.js';

export type Path = readonly (string | number)[];

/** What every input of the form takes: its definition, where it sits, the form, issues, a setter. */
export interface FieldProps<F extends Field = Field> {
  readonly field: F;
  readonly path: Path;
  readonly form: DraftForm;
  readonly issues: readonly Issue[];
  readonly onSet: (path: Path, value: unknown) => void;
}

const idOf = (path: Path): string => `f-${path.join('-')}`;

/** The two answers captured rather than typed: the photos and the guardian's signature. */
const PHOTOS_PATH = 'photos.items';
const SIGNATURE_PATH = 'declarations.signature';

/** One field of the form definition as an input; groups recurse, unasked fields are hidden. */
export function FieldView({ field, path, form, issues, onSet }: FieldProps) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!isAsked(field.when, form)) return null;
  const dotted = path.join('.');
  const value = valueAt(form, dotted);
  const own = issues.filter((i) => i.path === dotted);
  const label = field.label[lang] + (field.optional ? '' : ' *');
  const errors =
    own.length === 0 ? null : (
      <p className="field-error" id={`${idOf(path)}-error`}>
        {own.map((i) => i.message[lang]).join(' ')}
      </p>
    );
  const described = own.length === 0 ? {} : { 'aria-describedby': `${idOf(path)}-error` };

  // The signature is a text answer in the form (the stored image's reference), drawn on a pad.
  if (field.input === 'text' && dotted === SIGNATURE_PATH)
    return (
      <SignaturePad
        label={t('capture.signature.title') + (field.optional ? '' : ' *')}
        declarationsPath={path.slice(0, -1)}
        value={value}
        form={form}
        onSet={onSet}
        errors={errors}
      />
    );

  switch (field.input) {
    case 'group':
      return (
        <fieldset className="group-field">
          <legend>{field.label[lang]}</legend>
          {field.fields.map((child) => (
            <FieldView
              key={child.id}
              field={child}
              path={[...path, child.id]}
              form={form}
              issues={issues}
              onSet={onSet}
            />
          ))}
          {errors}
        </fieldset>
      );
    case 'choice': {
      const multi = field.kind === 'multi';
      const chosen = multi ? (Array.isArray(value) ? (value as string[]) : []) : [value];
      const pick = (code: string, exclusive: boolean): void => {
        if (!multi) return onSet(path, code);
        if (chosen.includes(code))
          return onSet(
            path,
            chosen.filter((c) => c !== code),
          );
        // An exclusive option ("none") and the others cannot be chosen together.
        const others = field.options.filter((o) => o.exclusive).map((o) => o.code);
        onSet(
          path,
          exclusive ? [code] : [...chosen.filter((c) => !others.includes(c as string)), code],
        );
      };
      return (
        <fieldset className="choice" {...described}>
          <legend>{label}</legend>
          {field.options.map((o) => (
            <label key={o.code} className="option">
              <input
                type={multi ? 'checkbox' : 'radio'}
                name={idOf(path)}
                checked={chosen.includes(o.code)}
                onChange={() => pick(o.code, o.exclusive === true)}
              />
              {o.label[lang]}
            </label>
          ))}
          {errors}
        </fieldset>
      );
    }
    case 'boolean':
      return (
        <fieldset className="choice" {...described}>
          <legend>{label}</legend>
          {[true, false].map((answer) => (
            <label key={String(answer)} className="option">
              <input
                type="radio"
                name={idOf(path)}
                checked={value === answer}
                onChange={() => onSet(path, answer)}
              />
              {answer ? t('wizard.yes') : t('wizard.no')}
            </label>
          ))}
          {errors}
        </fieldset>
      );
    case 'number':
      return (
        <label className="field">
          {label}
          {field.unit[lang] === '' ? null : <span className="muted"> ({field.unit[lang]})</span>}
          <input
            id={idOf(path)}
            name={dotted}
            inputMode={field.integer ? 'numeric' : 'decimal'}
            value={
              typeof value === 'number' ? String(value) : ((value as string | undefined) ?? '')
            }
            onChange={(e) => {
              const text = e.target.value.trim();
              const number = Number(text);
              // Kept as typed until it is a number, so the domain can say what is wrong with it.
              onSet(path, text === '' ? undefined : Number.isFinite(number) ? number : text);
            }}
            {...described}
          />
          {errors}
        </label>
      );
    case 'text':
    case 'thaiId':
    case 'phone':
    case 'date':
      return (
        <label className="field">
          {label}
          <input
            id={idOf(path)}
            name={dotted}
            type={field.input === 'date' ? 'date' : field.input === 'phone' ? 'tel' : 'text'}
            inputMode={field.input === 'thaiId' ? 'numeric' : undefined}
            maxLength={field.input === 'text' ? field.maxLength : undefined}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => onSet(path, e.target.value === '' ? undefined : e.target.value)}
            {...described}
          />
          {errors}
        </label>
      );
    case 'dateTime':
      return (
        <DateTimeInput
          id={idOf(path)}
          name={dotted}
          label={label}
          value={value}
          onChange={(iso) => onSet(path, iso)}
          errors={errors}
          describedBy={described['aria-describedby']}
        />
      );
    case 'gps':
      return (
        <GpsInput
          label={label}
          value={value}
          onChange={(point) => onSet(path, point)}
          errors={errors}
        />
      );
    case 'list':
      if (dotted === PHOTOS_PATH)
        return <Photos field={field} path={path} form={form} issues={issues} onSet={onSet} />;
      return (
        <div className="field">
          <p>{field.label[lang]}</p>
          <p className="muted">{t('wizard.notYet')}</p>
        </div>
      );
  }
}
