import type { Issue } from '@isee/domain';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api.js';
import { locate, type Fix, type Located } from '../../capture/gps.js';
import {
  ACTION_PATH,
  PIN_DIGITS,
  pinIssue,
  REASON_MAX_LENGTH,
  reasonIssue,
  type ReviewAction,
} from '../../review/actions.js';
import type { ScreeningView } from '../../api.js';
import { Issues } from '../Issues.js';
import { sessionEnded } from './common.js';

/** The panel's heading, which the screening's "go to review" button brings into view. */
export const ACTIONS_HEADING = 'review-act';

interface Props {
  readonly screeningId: string;
  /** The steps the reviewer may take now (the workflow's rule, decided by the caller). */
  readonly actions: readonly ReviewAction[];
  readonly csrfToken: string;
  /** The step was taken: the screening as the server now holds it. */
  readonly onDone: (view: ScreeningView) => void;
  /** Someone else moved the screening meanwhile (409): read it again, and say why. */
  readonly onStale: (issues: readonly Issue[]) => void;
  readonly onSessionEnded: () => void;
}

/**
 * The phone's position for the step, asked for as soon as the reviewer may act, so its accuracy is
 * on screen while they sign. A step waits for a fix still coming rather than going without one.
 */
function usePlace(): {
  readonly located: Located | undefined;
  readonly retry: () => void;
  readonly fix: () => Promise<Fix | undefined>;
} {
  const pending = useRef<Promise<Located> | undefined>(undefined);
  const [located, setLocated] = useState<Located | undefined>();
  const retry = useCallback((): void => {
    const asked = locate();
    pending.current = asked;
    setLocated(undefined);
    void asked.then((answer) => {
      if (pending.current === asked) setLocated(answer);
    });
  }, []);
  useEffect(retry, [retry]);
  const fix = async (): Promise<Fix | undefined> => {
    const answer = await (pending.current ?? locate());
    return answer.kind === 'fix' ? answer.fix : undefined;
  };
  return { located, retry, fix };
}

function PlaceLine({
  located,
  onRetry,
}: {
  /** Undefined while the phone is still looking. */
  readonly located: Located | undefined;
  readonly onRetry: () => void;
}) {
  const { t } = useTranslation();
  if (located === undefined)
    return (
      <p className="muted" role="status">
        {t('review.place.locating')}
      </p>
    );
  if (located.kind === 'fix')
    return (
      <p role="status">
        {located.fix.accuracyM === undefined
          ? t('review.place.fix')
          : t('review.place.accuracy', { metres: located.fix.accuracyM })}
      </p>
    );
  return (
    <div className="place-missing">
      <p role="status">{t(`review.place.${located.kind}`)}</p>
      <button type="button" className="secondary" onClick={onRetry}>
        {t('review.place.retry')}
      </button>
    </div>
  );
}

/** The certifier's signature, the director's confirmation, and the return for correction. */
export function ReviewActions({
  screeningId,
  actions,
  csrfToken,
  onDone,
  onStale,
  onSessionEnded,
}: Props) {
  const { t } = useTranslation();
  const place = usePlace();
  const [pin, setPin] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [unreachable, setUnreachable] = useState(false);
  const [issues, setIssues] = useState<readonly Issue[]>([]);

  const act = async (action: ReviewAction): Promise<void> => {
    const own =
      action === 'certify' ? pinIssue(pin) : action === 'return' ? reasonIssue(reason) : undefined;
    setIssues(own === undefined ? [] : [own]);
    setUnreachable(false);
    if (own !== undefined) return;
    setBusy(true);
    const fix = await place.fix();
    const answer = await call<ScreeningView>(
      `/api/screenings/${screeningId}/${ACTION_PATH[action]}`,
      {
        method: 'POST',
        body: {
          ...(action === 'certify' && { pin }),
          ...(action === 'return' && { reason: reason.trim() }),
          ...(fix !== undefined && { fix }),
        },
        csrfToken,
      },
    );
    setBusy(false);
    // A PIN is typed again for every signature, never kept on screen after a try.
    if (action === 'certify') setPin('');
    if (answer.kind === 'ok') return onDone(answer.value);
    if (answer.kind === 'offline') return setUnreachable(true);
    if (await sessionEnded(answer, onSessionEnded)) return;
    if (answer.status === 409) return onStale(answer.issues);
    setIssues(answer.issues);
  };

  const submit =
    (action: ReviewAction) =>
    (event: FormEvent): void => {
      event.preventDefault();
      void act(action);
    };

  return (
    <section className="card" aria-labelledby={ACTIONS_HEADING}>
      <h3 id={ACTIONS_HEADING} tabIndex={-1}>
        {t('review.act')}
      </h3>
      <PlaceLine located={place.located} onRetry={place.retry} />
      {actions.includes('certify') ? (
        <form noValidate onSubmit={submit('certify')}>
          <label className="field">
            {t('review.pin')}
            <input
              name="pin"
              type="password"
              inputMode="numeric"
              autoComplete="off"
              maxLength={PIN_DIGITS}
              value={pin}
              aria-describedby="review-pin-hint"
              onChange={(e) => setPin(e.target.value.trim())}
            />
          </label>
          <p id="review-pin-hint" className="muted">
            {t('review.pinHint', { digits: PIN_DIGITS })}
          </p>
          <button type="submit" disabled={busy}>
            {t('review.certify')}
          </button>
        </form>
      ) : null}
      {actions.includes('confirm') ? (
        <button type="button" disabled={busy} onClick={() => void act('confirm')}>
          {t('review.confirm')}
        </button>
      ) : null}
      {actions.includes('return') ? (
        <form noValidate onSubmit={submit('return')} className="return">
          <label className="field">
            {t('review.reason')}
            <textarea
              name="reason"
              required
              rows={3}
              maxLength={REASON_MAX_LENGTH}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          <button type="submit" className="secondary" disabled={busy}>
            {t('review.return')}
          </button>
        </form>
      ) : null}
      {busy ? <p role="status">{t('review.saving')}</p> : null}
      {unreachable ? <p role="alert">{t('error.network')}</p> : null}
      <Issues issues={issues} />
    </section>
  );
}
