import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { go, useLang, useOnline, useRoute } from './hooks.js';
import { otherLang } from './i18n/index.js';
import { call } from './api.js';
import { forgetSession, readMeta, writeMeta, type Session } from './offline/store.js';
import { SignIn } from './screens/SignIn.js';
import { StudentPage } from './screens/StudentPage.js';
import { Students } from './screens/Students.js';
import { UpdatePrompt } from './screens/UpdatePrompt.js';

/** The shell: the session kept on the phone decides between sign-in and the teacher's screens. */
export function App() {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const online = useOnline();
  const route = useRoute();
  const [session, setSession] = useState<Session | null | undefined>(undefined);

  useEffect(() => {
    void readMeta('session').then((kept) => setSession(kept ?? null));
  }, []);

  const switchLang = async (): Promise<void> => {
    const next = otherLang(lang);
    await i18n.changeLanguage(next);
    document.documentElement.lang = next;
    await writeMeta('lang', next);
  };

  const signOut = async (): Promise<void> => {
    if (session) await call('/api/auth/logout', { method: 'POST', csrfToken: session.csrfToken });
    await forgetSession();
    setSession(null);
    go('/');
  };

  const studentRoute = /^\/student\/(\d+)$/.exec(route);
  return (
    <>
      <header className="bar">
        <h1>{t('app.name')}</h1>
        <div className="bar-actions">
          <button type="button" className="link" onClick={() => void switchLang()}>
            {t('app.language')}
          </button>
          {session ? (
            <button type="button" className="link" onClick={() => void signOut()}>
              {t('signOut')}
            </button>
          ) : null}
        </div>
      </header>
      {online ? null : (
        <p className="notice" role="status">
          {t('app.offline')}
        </p>
      )}
      <UpdatePrompt />
      <main>
        {session === undefined ? null : session === null ? (
          <SignIn onSignedIn={setSession} />
        ) : studentRoute?.[1] !== undefined ? (
          <StudentPage studentId={Number(studentRoute[1])} />
        ) : (
          <Students onSessionEnded={() => setSession(null)} />
        )}
      </main>
    </>
  );
}
