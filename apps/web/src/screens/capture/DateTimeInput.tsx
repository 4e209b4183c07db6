import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { bangkokIso, isoOfLocalInput, localInputOf } from '../../capture/bangkok-time.js';
import { formatDate } from '../../dates.js';
import { useLang } from '../../hooks.js';

interface Props {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly value: unknown;
  readonly onChange: (iso: string | undefined) => void;
  readonly errors?: ReactNode;
  readonly describedBy?: string | undefined;
}

/** A date and time on Bangkok's clock, kept in the form as ISO 8601 with the +07:00 offset. */
export function DateTimeInput({ id, name, label, value, onChange, errors, describedBy }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const shown = localInputOf(value);
  const hintId = `${id}-shown`;
  return (
    <div className="field capture">
      <label htmlFor={id}>{label}</label>
      <div className="inline">
        <input
          id={id}
          name={name}
          type="datetime-local"
          value={shown}
          // The browser reports '' until every part is typed: a half-typed time is no answer yet.
          onChange={(e) => onChange(isoOfLocalInput(e.target.value))}
          aria-describedby={
            [shown === '' ? undefined : hintId, describedBy].filter(Boolean).join(' ') || undefined
          }
        />
        <button
          type="button"
          className="secondary"
          onClick={() => onChange(bangkokIso(new Date()))}
        >
          {t('capture.dateTime.now')}
        </button>
      </div>
      {shown === '' ? null : (
        <p className="muted" id={hintId}>
          {t('capture.dateTime.shown', { when: formatDate(String(value), lang) })}
        </p>
      )}
      {errors}
    </div>
  );
}
