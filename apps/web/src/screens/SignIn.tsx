import type { Issue } from '@isee/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api.js';
import { writeMeta, type Session } from '../offline/store.js';
import { Issues } from './Issues.js';

/** Sign-in; the answer (user, roles, CSRF token) is kept on the phone so a reload offline stays in. */
export function SignIn({ onSignedIn }: { readonly onSignedIn: (session: Session) => void }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [issues, setIssues] = useState<readonly Issue[]>([]);
  const [offline, setOffline] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    const answer = await call<Session>('/api/auth/login', {
      method: 'POST',
      body: { username, password },
    });
    setBusy(false);
    setOffline(answer.kind === 'offline');
    if (answer.kind === 'refused') setIssues(answer.issues);
    if (answer.kind !== 'ok') return;
    await writeMeta('session', answer.value);
    onSignedIn(answer.value);
  };

  return (
    <form className="card" onSubmit={(e) => void submit(e)}>
      <h2>{t('signIn.title')}</h2>
      <label>
        {t('signIn.username')}
        <input
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          required
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
      </label>
      <label>
        {t('signIn.password')}
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      {offline ? <p role="alert">{t('signIn.offline')}</p> : null}
      <Issues issues={issues} />
      <button type="submit" disabled={busy}>
        {busy ? t('signIn.busy') : t('signIn.submit')}
      </button>
    </form>
  );
}
