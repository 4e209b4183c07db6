import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { go, useLang, useOnline, useRoute } from './hooks.js';
import { otherLang } from './i18n/index.js';
import { call } from './api.js';
import { forgetSession, hasRole, readMeta, writeMeta, type Session } from './offline/store.js';
import { OutboxPage } from './screens/OutboxPage.js';
import { OutboxBadge } from './screens/OutboxBadge.js';
import { SignIn } from './screens/SignIn.js';
import { StudentPage } from './screens/StudentPage.js';
import { Students } from './screens/Students.js';
import { ConflictPage } from './screens/ConflictPage.js';
import { ReviewHome } from './screens/review/ReviewHome.js';
import { ReviewScreening } from './screens/review/ReviewScreening.js';
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

  // The server no longer knows the session: sign in again; drafts and the outbox stay on the phone.
  const ended = useCallback((): void => {
    void forgetSession().then(() => setSession(null));
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

  return (
    <>
      <header className="bar">
        <h1>{t('app.name')}</h1>
        <div className="bar-actions">
          <button type="button" className="link" onClick={() => void switchLang()}>
            {t('app.language')}
          </button>
          {session && hasRole(session, 'teacher') ? (
            <OutboxBadge session={session} onSessionEnded={ended} />
          ) : null}
          {session ? (
            <button type="button" className="link" onClick={() => void signOut()}>
              {t('signOut')}
            </button>
          ) : null}
        </div>
      </header>
      {online ? null : (
        <p className="notice" role="status">
          {/* Teachers work on offline; review needs the server. */}
          {session && !hasRole(session, 'teacher') ? t('app.offlineReview') : t('app.offline')}
        </p>
      )}
      <UpdatePrompt />
      <main>
        {session === undefined ? null : session === null ? (
          <SignIn onSignedIn={setSession} />
        ) : (
          <Screen route={route} session={session} onSessionEnded={ended} />
        )}
      </main>
    </>
  );
}

interface ScreenProps {
  readonly route: string;
  readonly session: Session;
  readonly onSessionEnded: () => void;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * The screen the address names, for the roles the session holds: a teacher's students and outbox,
 * a certifier's or director's review queue. A user with both kinds of role sees both homes.
 */
function Screen({ route, session, onSessionEnded }: ScreenProps) {
  const teacher = hasRole(session, 'teacher');
  const reviewer = hasRole(session, 'certifier', 'school_admin');
  const student = /^\/student\/(\d+)$/.exec(route)?.[1];
  const conflict = new RegExp(`^/conflict/(${UUID})$`).exec(route)?.[1];
  const review = new RegExp(`^/review/(${UUID})$`).exec(route)?.[1];
  if (teacher && student !== undefined) return <StudentPage studentId={Number(student)} />;
  if (teacher && route === '/outbox') return <OutboxPage />;
  if (teacher && conflict !== undefined) return <ConflictPage screeningId={conflict} />;
  if (reviewer && review !== undefined)
    return (
      <ReviewScreening session={session} screeningId={review} onSessionEnded={onSessionEnded} />
    );
  return (
    <>
      {teacher ? <Students onSessionEnded={onSessionEnded} /> : null}
      {reviewer ? <ReviewHome session={session} onSessionEnded={onSessionEnded} /> : null}
      {teacher || reviewer ? null : <NoFieldRole />}
    </>
  );
}

/** Officials and analysts work in the dashboards, not in the field app. */
function NoFieldRole() {
  const { t } = useTranslation();
  return <p className="card">{t('app.noFieldRole')}</p>;
}
