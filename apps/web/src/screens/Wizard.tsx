import type { FormRevisionId, FormVariant } from '@isee/domain';
import { FORM_REVISIONS, FORM_VARIANTS } from '@isee/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../hooks.js';
import {
  clampStep,
  issuesOfStep,
  setAt,
  stepsOf,
  withVariant,
  type DraftForm,
} from '../form/wizard.js';
import type { Draft } from '../offline/store.js';
import { FieldView, type Path } from './FieldView.js';
import { Members } from './Members.js';
import { PmtPreview } from './PmtPreview.js';

interface Props {
  readonly draft: Draft;
  /** Called on every answer and every step: the caller keeps it on the phone at once. */
  readonly onChange: (draft: Draft) => void;
}

/** The household form one section per screen, driven by the revision's definition. */
export function Wizard({ draft, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [tried, setTried] = useState(false);
  const revision = draft.form['formRevision'] as FormRevisionId;
  const variant = draft.form['variant'] as FormVariant;
  const steps = stepsOf(revision, variant);
  const index = clampStep(draft.step, steps);
  const step = steps[index] ?? steps[0];
  if (step === undefined) return null;
  const issues = issuesOfStep(draft.form, step);

  const update = (form: DraftForm, nextStep = index): void =>
    onChange({ ...draft, form, step: nextStep, savedAt: new Date().toISOString() });
  const onSet = (path: Path, value: unknown): void =>
    update(setAt(draft.form, path, value) as DraftForm);
  const move = (to: number): void => {
    setTried(false);
    update(draft.form, clampStep(to, steps));
    window.scrollTo(0, 0);
  };

  return (
    <div className="wizard">
      <p className="muted" aria-live="polite">
        {t('wizard.step', { n: index + 1, total: steps.length })}
      </p>
      {step.kind === 'variant' ? (
        <fieldset className="choice">
          <legend>{t('wizard.variant')}</legend>
          {FORM_VARIANTS.map((v) => (
            <label key={v} className="option">
              <input
                type="radio"
                name="variant"
                checked={variant === v}
                onChange={() => update(withVariant(draft.form, v))}
              />
              {FORM_REVISIONS[revision].variants[v].label[lang]}
            </label>
          ))}
        </fieldset>
      ) : (
        <>
          <h2>{step.field.label[lang]}</h2>
          {step.field.input === 'list' && step.id === 'members' ? (
            <Members
              field={step.field}
              form={draft.form}
              issues={tried ? issues : []}
              onSet={onSet}
            />
          ) : (
            <FieldView
              field={step.field}
              path={[step.id]}
              form={draft.form}
              issues={tried ? issues : []}
              onSet={onSet}
            />
          )}
          {step.id === 'members' ? <PmtPreview form={draft.form} /> : null}
        </>
      )}
      <p className="muted" role="status">
        {t('wizard.saved')}
      </p>
      <nav className="wizard-nav">
        <button
          type="button"
          className="secondary"
          disabled={index === 0}
          onClick={() => move(index - 1)}
        >
          {t('wizard.back')}
        </button>
        <button
          type="button"
          disabled={index === steps.length - 1}
          onClick={() => {
            // Open answers are shown once; a second press moves on, since a draft may be incomplete.
            if (issues.length > 0 && !tried) setTried(true);
            else move(index + 1);
          }}
        >
          {t('wizard.next')}
        </button>
      </nav>
    </div>
  );
}
