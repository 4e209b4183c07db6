import { formRevision } from '@isee/domain';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, type Answer } from '../../api.js';
import { formatDate } from '../../dates.js';
import { go, useLang, useOnline } from '../../hooks.js';
import { classParts } from '../../students.js';
import type { Cycle, Session } from '../../offline/store.js';
import { queuesFor, reviewSchools, type QueueAction } from '../../review/actions.js';
import type { ListedScreening, QueuePage as ScreeningPage, SchoolProgress } from '../../api.js';
import { forgetDone, lastDone } from '../../review/done.js';
import { FIGURES, progressFigures, type Figure } from '../../review/progress.js';
import { collectPages, orderQueue, PAGE_SIZE } from '../../review/queue.js';
import { Issues } from '../Issues.js';
import { NeedsNetwork, useFocusOnMount, useServerRead } from './common.js';

interface Props {
  readonly session: Session;
  /** The server no longer knows the session: the reviewer signs in again. */
  readonly onSessionEnded: () => void;
}

interface QueueView {
  readonly action: QueueAction;
  readonly rows: readonly ListedScreening[];
}

interface SchoolView {
  readonly schoolId: number;
  readonly figures?: Readonly<Record<Figure, number>>;
  readonly queues: readonly QueueView[];
}

type Loaded =
  | { readonly kind: 'noCycle' }
  | { readonly kind: 'ready'; readonly cycle: Cycle; readonly schools: readonly SchoolView[] };

const answered = <T,>(value: T): Answer<T> => ({ kind: 'ok', status: 200, value });

/** A school's queues, and its progress for its director; the first failed call is the answer. */
async function loadSchool(
  cycleId: number,
  schoolId: number,
  roles: readonly string[],
): Promise<Answer<SchoolView>> {
  const queues: QueueView[] = [];
  for (const { action, statuses } of queuesFor(roles)) {
    const rows = await collectPages((after) => {
      const query = new URLSearchParams({
        cycleId: String(cycleId),
        schoolId: String(schoolId),
        status: statuses.join(','),
        limit: String(PAGE_SIZE),
        ...(after !== undefined && { after }),
      });
      return call<ScreeningPage>(`/api/screenings?${query}`);
    });
    if (rows.kind !== 'ok') return rows;
    queues.push({ action, rows: orderQueue(rows.value) });
  }
  if (!roles.includes('school_admin')) return answered({ schoolId, queues });
  const progress = await call<SchoolProgress>(
    `/api/schools/${schoolId}/progress?cycleId=${cycleId}`,
  );
  if (progress.kind !== 'ok') return progress;
  return answered({ schoolId, figures: progressFigures(progress.value), queues });
}

/** The whole home, or the first call that failed. */
async function loadHome(schools: ReadonlyMap<number, readonly string[]>): Promise<Answer<Loaded>> {
  const cycle = await call<Cycle>('/api/cycles/current');
  if (cycle.kind === 'refused' && cycle.status === 404) return answered({ kind: 'noCycle' });
  if (cycle.kind !== 'ok') return cycle;
  const views: SchoolView[] = [];
  for (const [schoolId, roles] of schools) {
    const view = await loadSchool(cycle.value.id, schoolId, roles);
    if (view.kind !== 'ok') return view;
    views.push(view.value);
  }
  return answered({ kind: 'ready', cycle: cycle.value, schools: views });
}

/**
 * A certifier's or director's home: the current cycle, the school's screenings waiting for their
 * step, and for the director the school's progress. Read from the server each time (online only).
 */
export function ReviewHome({ session, onSessionEnded }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const online = useOnline();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const schools = useMemo(() => reviewSchools(session), [session]);
  const [done] = useState(lastDone);
  const read = useCallback(() => loadHome(schools), [schools]);
  const { loaded, reload: load } = useServerRead(read, onSessionEnded);

  useEffect(() => forgetDone(), []);

  const revision = loaded.kind === 'ready' ? formRevision(loaded.cycle.formRevision) : undefined;
  return (
    <section aria-labelledby="review-home-title">
      <h2 id="review-home-title" ref={heading} tabIndex={-1}>
        {t('review.title')}
      </h2>
      {done ? (
        <p className="card done" role="status">
          {t('review.done', { name: done.studentName, status: t(`status.${done.status}`) })}
        </p>
      ) : null}
      {revision?.ok ? (
        <p className="muted">{t('review.cycle', { form: revision.value.label[lang] })}</p>
      ) : null}
      <button
        type="button"
        className="secondary"
        disabled={!online || loaded.kind === 'loading'}
        onClick={() => void load()}
      >
        {loaded.kind === 'loading' && online ? t('review.loading') : t('review.refresh')}
      </button>
      {!online || loaded.kind === 'offline' ? <NeedsNetwork /> : null}
      {loaded.kind === 'noCycle' ? <p className="card">{t('review.noCycle')}</p> : null}
      {loaded.kind === 'refused' ? <Issues issues={loaded.issues} /> : null}
      {loaded.kind === 'ready'
        ? loaded.schools.map((school) => (
            <School key={school.schoolId} school={school} named={loaded.schools.length > 1} />
          ))
        : null}
    </section>
  );
}

function School({ school, named }: { readonly school: SchoolView; readonly named: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {named ? <h3>{t('review.school', { id: school.schoolId })}</h3> : null}
      {school.figures ? <Progress figures={school.figures} /> : null}
      {school.queues.map((queue) => (
        <QueueList key={queue.action} queue={queue} />
      ))}
    </>
  );
}

function Progress({ figures }: { readonly figures: Readonly<Record<Figure, number>> }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="review-progress">
      <h3 id="review-progress">{t('review.progress')}</h3>
      <dl className="figures">
        {FIGURES.map((figure) => (
          <div key={figure}>
            <dt>{t(`review.figure.${figure}`)}</dt>
            <dd>{t('review.people', { count: figures[figure] })}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function QueueList({ queue }: { readonly queue: QueueView }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = `review-queue-${queue.action}`;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>
        {t(`review.queue.${queue.action}`)}{' '}
        <span className="count">{t('review.people', { count: queue.rows.length })}</span>
      </h3>
      {queue.rows.length === 0 ? (
        <p className="muted">{t('review.queue.empty')}</p>
      ) : (
        <ul className="list">
          {queue.rows.map((row) => (
            <li key={row.id}>
              <button type="button" className="row" onClick={() => go(`/review/${row.id}`)}>
                <span className="name">
                  {row.student.firstName} {row.student.lastName}
                </span>
                <span className="muted">
                  {t('students.classOf', classParts(row.student.grade, row.student.room, lang))}
                  {' · '}
                  {t(`status.${row.status}`)}
                </span>
                <span className="muted">
                  {t('review.updated', { when: formatDate(row.updatedAt, lang) })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
