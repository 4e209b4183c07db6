import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../dates.js';
import { go, useLang, useOnline } from '../hooks.js';
import type { OutboxItem } from '../offline/outbox.js';
import { outbox } from '../offline/runner.js';
import { allStudents, type StudentRow } from '../offline/store.js';
import { useOutbox } from '../offline/use-outbox.js';
import { Issues } from './Issues.js';

/** Most urgent first: what needs the teacher, then what is still on the phone, then what is sent. */
const ORDER: Readonly<Record<OutboxItem['state'], number>> = {
  attention: 0,
  sending: 1,
  waiting: 2,
  sent: 3,
};

/** Everything this phone has to send, and where each item is. */
export function OutboxPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const online = useOnline();
  const items = useOutbox();
  const [names, setNames] = useState<ReadonlyMap<number, StudentRow>>(new Map());
  useEffect(() => {
    void allStudents().then((rows) => setNames(new Map(rows.map((r) => [r.studentId, r]))));
  }, []);
  if (items === undefined) return null;
  const sorted = [...items].sort(
    (a, b) => ORDER[a.state] - ORDER[b.state] || b.updatedAt.localeCompare(a.updatedAt),
  );
  const sendNow = (): void => void outbox.wake().then(() => outbox.run());

  return (
    <section>
      <button type="button" className="link" onClick={() => go('/')}>
        ← {t('student.back')}
      </button>
      <h2>{t('outbox.title')}</h2>
      <p className="muted">{online ? t('outbox.online') : t('outbox.offline')}</p>
      <button type="button" className="secondary" disabled={!online} onClick={sendNow}>
        {t('outbox.sendNow')}
      </button>
      {sorted.length === 0 ? <p className="muted">{t('outbox.empty')}</p> : null}
      <ul className="list">
        {sorted.map((item) => {
          const pupil = names.get(item.studentId);
          return (
            <li key={item.id} className={`outbox-item ${item.state}`}>
              <button
                type="button"
                className="row"
                onClick={() =>
                  go(item.server ? `/conflict/${item.id}` : `/student/${item.studentId}`)
                }
              >
                <span className="name">
                  {pupil ? `${pupil.firstName} ${pupil.lastName}` : t('outbox.unknownStudent')}
                </span>
                <span className="state">
                  {t(`outbox.state.${item.state}`)} ·{' '}
                  {item.submit ? t('outbox.kind.submit') : t('outbox.kind.draft')}
                </span>
                <span className="muted">
                  {item.state === 'sent' && item.sentAt
                    ? t('outbox.sentAt', { when: formatDate(item.sentAt, lang) })
                    : t('outbox.savedAt', { when: formatDate(item.updatedAt, lang) })}
                  {item.attempts > 0 ? ` · ${t('outbox.attempts', { count: item.attempts })}` : ''}
                </span>
              </button>
              {item.state === 'attention' ? (
                <>
                  <Issues issues={item.issues} />
                  {item.server ? (
                    <button type="button" onClick={() => go(`/conflict/${item.id}`)}>
                      {t('outbox.resolve')}
                    </button>
                  ) : (
                    <p className="muted">{t('outbox.fixForm')}</p>
                  )}
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
