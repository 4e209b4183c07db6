import type { FormRevisionId, FormVariant } from '@isee/domain';
import { FORM_REVISIONS, FORM_VARIANTS } from '@isee/domain';
import { validateHousehold } from '@isee/domain';
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
import { locate, type Fix } from '../capture/gps.js';
import { DraftContext } from '../form/draft-context.js';
import type { Draft } from '../offline/store.js';
import { FieldView, type Path } from './FieldView.js';
import { Members } from './Members.js';
import { PmtPreview } from './PmtPreview.js';

interface Props {
  readonly draft: Draft;
  /** Called on every answer and every step: the caller keeps it on the phone at once. */
  readonly onChange: (draft: Draft) => void;
  /** The whole form is valid and the teacher submits it, from where the phone stands (if known). */
  readonly onSubmit: (fix: Fix | undefined) => Promise<void>;
  /** The student's school region and the cycle's PMT model, for the live preview. */
  readonly region: string | undefined;
  readonly model: unknown;
}

/** The household form one section per screen, driven by the revision's definition. */
export function Wizard({ draft, onChange, onSubmit, region, model }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [tried, setTried] = useState(false);
  const revision = draft.form['formRevision'] as FormRevisionId;
  const variant = draft.form['variant'] as FormVariant;
  const steps = stepsOf(revision, variant);
  // The last screen, after the form's sections, checks the whole form and submits it.
  const last = steps.length;
  const index = clampStep(draft.step, steps);
  const step = index === last ? undefined : (steps[index] ?? steps[0]);
  const issues = step === undefined ? [] : issuesOfStep(draft.form, step);

  const update = (form: DraftForm, nextStep = index): void =>
    onChange({ ...draft, form, step: nextStep, savedAt: new Date().toISOString() });
  const onSet = (path: Path, value: unknown): void =>
    update(setAt(draft.form, path, value) as DraftForm);
  const move = (to: number): void => {
    setTried(false);
    const next = {
      ...draft,
      step: clampStep(to, steps),
      savedAt: new Date().toISOString(),
    };
    onChange(next);
    window.scrollTo(0, 0);
  };
  const identity = { screeningId: draft.id, studentId: draft.studentId };

  if (step === undefined)
    return (
      <DraftContext.Provider value={identity}>
        <SubmitStep draft={draft} steps={steps} onMove={move} onSubmit={onSubmit} />
      </DraftContext.Provider>
    );

  return (
    <DraftContext.Provider value={identity}>
      <div className="wizard">
        <p className="muted" aria-live="polite">
          {t('wizard.step', { n: index + 1, total: steps.length + 1 })}
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
            {step.id === 'members' || step.id === 'status' ? (
              <PmtPreview form={draft.form} region={region} model={model} />
            ) : null}
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
    </DraftContext.Provider>
  );
}

interface SubmitProps {
  readonly draft: Draft;
  readonly steps: ReturnType<typeof stepsOf>;
  readonly onMove: (step: number) => void;
  readonly onSubmit: (fix: Fix | undefined) => Promise<void>;
}

/**
 * The last screen: the domain's validator over the whole form, each open issue with a way back to
 * its step, and the submission — with the phone's position when it can get one.
 */
function SubmitStep({ draft, steps, onMove, onSubmit }: SubmitProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const [busy, setBusy] = useState(false);
  const checked = validateHousehold(draft.form);
  const open = checked.ok ? [] : checked.issues;
  const stepOf = (path: string): number =>
    Math.max(
      0,
      steps.findIndex((s) => path === s.id || path.startsWith(`${s.id}.`)),
    );
  const submit = async (): Promise<void> => {
    setBusy(true);
    const located = await locate();
    await onSubmit(located.kind === 'fix' ? located.fix : undefined);
    setBusy(false);
  };
  return (
    <div className="wizard">
      <p className="muted" aria-live="polite">
        {t('wizard.step', { n: steps.length + 1, total: steps.length + 1 })}
      </p>
      <h2>{t('submit.title')}</h2>
      {open.length === 0 ? (
        <p>{t('submit.ready')}</p>
      ) : (
        <>
          <p role="alert">{t('submit.open', { count: open.length })}</p>
          <ul className="issues">
            {open.slice(0, 20).map((i) => (
              <li key={`${i.path}-${i.code}`}>
                <button type="button" className="link" onClick={() => onMove(stepOf(i.path))}>
                  {i.message[lang]}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <nav className="wizard-nav">
        <button type="button" className="secondary" onClick={() => onMove(steps.length - 1)}>
          {t('wizard.back')}
        </button>
        <button type="button" disabled={open.length > 0 || busy} onClick={() => void submit()}>
          {busy ? t('submit.locating') : t('submit.send')}
        </button>
      </nav>
    </div>
  );
}
