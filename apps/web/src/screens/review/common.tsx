import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../api.js';
import { forgetSession } from '../../offline/store.js';

/** A new screen's heading takes the focus, so a screen reader starts reading where the screen does. */
export function useFocusOnMount<T extends HTMLElement>(key?: string): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}

/** The latest value for callbacks to read, without re-running effects when a parent re-renders. */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}

/** A 401: the server no longer knows the session, so the phone forgets it and asks to sign in. */
export async function sessionEnded(
  answer: Answer<unknown>,
  onSessionEnded: () => void,
): Promise<boolean> {
  if (answer.kind !== 'refused' || answer.status !== 401) return false;
  await forgetSession();
  onSessionEnded();
  return true;
}

/** Reviews read and write the server's copy only: nothing of them is kept on the phone. */
export function NeedsNetwork() {
  const { t } = useTranslation();
  return (
    <p className="card notice" role="status">
      {t('review.needsNetwork')}
    </p>
  );
}
