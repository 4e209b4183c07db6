import type { Issue } from '@isee/domain';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../api.js';
import { useLatest, useOnline } from '../../hooks.js';
import { forgetSession } from '../../offline/store.js';

/** A new screen's heading takes the focus, so a screen reader starts reading where the screen does. */
export function useFocusOnMount<T extends HTMLElement>(key?: string): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}

/** What a screen read from the server shows: loading, no network, a refusal, or the answer. */
export type ServerRead<T> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'offline' }
  | { readonly kind: 'refused'; readonly issues: readonly Issue[] }
  | T;

/**
 * Reads from the server whenever the phone is online and `load` changes; a 401 ends the session.
 * `reload` reads again (after a step was taken, or on the user's request).
 */
export function useServerRead<T>(
  load: () => Promise<Answer<T>>,
  onSessionEnded: () => void,
): { readonly loaded: ServerRead<T>; readonly reload: () => Promise<void> } {
  const online = useOnline();
  const ended = useLatest(onSessionEnded);
  const [loaded, setLoaded] = useState<ServerRead<T>>({ kind: 'loading' });
  const reload = useCallback(async (): Promise<void> => {
    setLoaded({ kind: 'loading' });
    const answer = await load();
    if (await sessionEnded(answer, () => ended.current())) return;
    setLoaded(
      answer.kind === 'ok'
        ? answer.value
        : answer.kind === 'offline'
          ? { kind: 'offline' }
          : { kind: 'refused', issues: answer.issues },
    );
  }, [load, ended]);
  useEffect(() => {
    if (online) void reload();
  }, [online, reload]);
  return { loaded, reload };
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
