import type { Issue } from '@isee/domain';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../dates.js';
import { go, useLang } from '../hooks.js';
import { refreshStudents } from '../offline/sync.js';
import {
  allDrafts,
  allStudents,
  forgetSession,
  readMeta,
  type Draft,
  type StudentRow,
} from '../offline/store.js';
import { classParts, GROUPS, groupStudents } from '../students.js';
import { Issues } from './Issues.js';

interface Props {
  /** The server no longer knows the session: the teacher signs in again (drafts stay). */
  readonly onSessionEnded: () => void;
}

/** The teacher's students by where their screening stands, from the copy kept on the phone. */
export function Students({ onSessionEnded }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [students, setStudents] = useState<readonly StudentRow[]>([]);
  const [drafts, setDrafts] = useState<readonly Draft[]>([]);
  const [syncedAt, setSyncedAt] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [issues, setIssues] = useState<readonly Issue[]>([]);
  const [unreachable, setUnreachable] = useState(false);

  const load = useCallback(async (): Promise<void> => {
    const [rows, kept, at] = await Promise.all([allStudents(), allDrafts(), readMeta('syncedAt')]);
    setStudents(rows);
    setDrafts(kept);
    setSyncedAt(at);
  }, []);

  const refresh = useCallback(async (): Promise<void> => {
    setBusy(true);
    const answer = await refreshStudents();
    setBusy(false);
    setUnreachable(answer.kind === 'offline');
    setIssues(answer.kind === 'refused' ? answer.issues : []);
    if (answer.kind === 'refused' && answer.status === 401) {
      await forgetSession();
      onSessionEnded();
      return;
    }
    await load();
  }, [load, onSessionEnded]);

  useEffect(() => {
    void load().then(() => (navigator.onLine ? refresh() : undefined));
  }, [load, refresh]);

  const groups = groupStudents(students, drafts);
  return (
    <section>
      <h2>{t('students.title')}</h2>
      <p className="muted">
        {syncedAt
          ? t('students.syncedAt', { when: formatDate(syncedAt, lang) })
          : t('students.never')}
      </p>
      <button type="button" className="secondary" disabled={busy} onClick={() => void refresh()}>
        {busy ? t('students.refreshing') : t('students.refresh')}
      </button>
      {unreachable ? <p role="alert">{t('error.network')}</p> : null}
      <Issues issues={issues} />
      {GROUPS.map((group) => (
        <details key={group} className="group" open={groups[group].length > 0}>
          <summary>
            {t(`group.${group}`)}{' '}
            <span className="count">{t('students.count', { count: groups[group].length })}</span>
          </summary>
          {groups[group].length === 0 ? (
            <p className="muted">{t('students.empty')}</p>
          ) : (
            <ul className="list">
              {groups[group].map((s) => (
                <li key={s.studentId}>
                  <button
                    type="button"
                    className="row"
                    onClick={() => go(`/student/${s.studentId}`)}
                  >
                    <span className="name">
                      {s.firstName} {s.lastName}
                    </span>
                    <span className="muted">
                      {t('students.classOf', classParts(s.grade, s.room, lang))}
                      {s.candidate ? ` · ${t('students.candidate')}` : ''}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </details>
      ))}
    </section>
  );
}
