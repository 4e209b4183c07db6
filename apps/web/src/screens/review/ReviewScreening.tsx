import { formatNumber, type Issue } from '@isee/domain';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, type Answer, type ScreeningPhotos, type ScreeningView } from '../../api.js';
import { formatDate } from '../../dates.js';
import { go, useLang, useOnline } from '../../hooks.js';
import { classParts } from '../../students.js';
import type { Session } from '../../offline/store.js';
import { actionsFor, rolesAt } from '../../review/actions.js';
import { rememberDone } from '../../review/done.js';
import { definitionOf, summarizeForm } from '../../review/form-summary.js';
import { Issues } from '../Issues.js';
import { NeedsNetwork, useFocusOnMount, useServerRead } from './common.js';
import { EvidencePhotos } from './EvidencePhotos.js';
import { Flags } from './Flags.js';
import { FormSummary } from './FormSummary.js';
import { ACTIONS_HEADING, ReviewActions } from './ReviewActions.js';

interface Props {
  readonly session: Session;
  readonly screeningId: string;
  /** The server no longer knows the session: the reviewer signs in again. */
  readonly onSessionEnded: () => void;
}

interface Ready {
  readonly kind: 'ready';
  readonly view: ScreeningView;
  readonly photos: Answer<ScreeningPhotos>;
}

async function loadScreening(id: string): Promise<Answer<Ready>> {
  const [view, photos] = await Promise.all([
    call<ScreeningView>(`/api/screenings/${id}`),
    call<ScreeningPhotos>(`/api/screenings/${id}/photos`),
  ]);
  if (view.kind !== 'ok') return view;
  if (photos.kind === 'offline') return photos;
  return { kind: 'ok', status: view.status, value: { kind: 'ready', view: view.value, photos } };
}

/**
 * One screening for its certifier or director: the student, where the screening stands and how it
 * got there, the review flags, the form as the teacher filled it in, the photos, and the steps the
 * reviewer may take now. Online only: reviews are never kept on the phone.
 */
export function ReviewScreening({ session, screeningId, onSessionEnded }: Props) {
  const { t } = useTranslation();
  const online = useOnline();
  const heading = useFocusOnMount<HTMLHeadingElement>(screeningId);
  const read = useCallback(() => loadScreening(screeningId), [screeningId]);
  const { loaded, reload: load } = useServerRead(read, onSessionEnded);
  const [stale, setStale] = useState<readonly Issue[]>([]);

  // Another screening opened on the same screen starts without the last one's refusal.
  useEffect(() => setStale([]), [screeningId]);

  const ready = loaded.kind === 'ready' ? loaded : undefined;
  const name = ready
    ? `${ready.view.student.firstName} ${ready.view.student.lastName}`
    : t('review.screening');

  return (
    <section aria-labelledby="review-screening-title">
      <button type="button" className="link" onClick={() => go('/')}>
        ← {t('review.back')}
      </button>
      <h2 id="review-screening-title" ref={heading} tabIndex={-1}>
        {name}
      </h2>
      {!online || loaded.kind === 'offline' ? <NeedsNetwork /> : null}
      {loaded.kind === 'loading' && online ? (
        <p className="muted" role="status">
          {t('review.loading')}
        </p>
      ) : null}
      {loaded.kind === 'refused' ? <Issues issues={loaded.issues} /> : null}
      {ready ? (
        <Screening
          ready={ready}
          name={name}
          stale={stale}
          session={session}
          onStale={(issues) => {
            setStale(issues);
            void load();
          }}
          onSessionEnded={onSessionEnded}
        />
      ) : null}
    </section>
  );
}

interface ScreeningProps {
  readonly ready: Ready;
  readonly name: string;
  readonly stale: readonly Issue[];
  readonly session: Session;
  readonly onStale: (issues: readonly Issue[]) => void;
  readonly onSessionEnded: () => void;
}

function Screening({ ready, name, stale, session, onStale, onSessionEnded }: ScreeningProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { view, photos } = ready;
  const { student } = view;
  const definition = useMemo(
    () => definitionOf(view.formRevision, view.variant),
    [view.formRevision, view.variant],
  );
  const sections = definition.ok ? definition.value.variant.sections : [];
  const actions = actionsFor(view.status, rolesAt(session, view.schoolId));
  return (
    <>
      <p className="muted">
        {t('students.classOf', classParts(student.grade, student.room, lang))}
      </p>
      <p className="big">{t('student.status', { status: t(`status.${view.status}`) })}</p>
      <Issues issues={stale} />
      {actions.length === 0 ? null : (
        // The form is long on a phone: the reviewer may read it all, or go straight to the step.
        <button
          type="button"
          className="link"
          onClick={() => document.getElementById(ACTIONS_HEADING)?.focus()}
        >
          {t('review.jump')}
        </button>
      )}

      <section className="card" aria-labelledby="review-history">
        <h3 id="review-history">{t('review.history')}</h3>
        <ol className="history">
          {view.events.map((event, index) => (
            <li key={index}>
              <span className="name">{t(`status.${event.to}`)}</span>{' '}
              <span className="muted">
                {t('review.by', { who: event.actor, when: formatDate(event.at, lang) })}
              </span>
              {event.reason ? (
                <span className="reason">{t('review.reasonWas', { reason: event.reason })}</span>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <section className="card" aria-labelledby="review-flags">
        <h3 id="review-flags">{t('review.flags')}</h3>
        {view.flags.length === 0 ? <p className="muted">{t('review.noFlags')}</p> : null}
        <Flags flags={view.flags} />
      </section>

      <section className="card" aria-labelledby="review-income">
        <h3 id="review-income">{t('review.income')}</h3>
        <p className="big">
          {view.incomePerPerson === null
            ? t(view.variant === 'institution' ? 'review.noIncomeInstitution' : 'review.noIncome')
            : t('review.perPerson', { amount: formatNumber(view.incomePerPerson) })}
        </p>
      </section>

      <section aria-labelledby="review-form">
        <h3 id="review-form">{t('review.form')}</h3>
        {definition.ok ? (
          <>
            <p className="muted">
              {definition.value.revision.label[lang]} · {definition.value.variant.label[lang]}
            </p>
            <FormSummary nodes={summarizeForm(sections, view.form)} />
          </>
        ) : (
          <>
            <p>{t('review.formUnknown')}</p>
            <Issues issues={definition.issues} />
          </>
        )}
      </section>

      <section aria-labelledby="review-photos">
        <h3 id="review-photos">{t('review.photos')}</h3>
        {photos.kind === 'ok' ? (
          <EvidencePhotos photos={photos.value.photos} sections={sections} />
        ) : photos.kind === 'refused' ? (
          <Issues issues={photos.issues} />
        ) : null}
      </section>

      {actions.length === 0 ? (
        <p className="card muted">{t('review.noAction')}</p>
      ) : (
        <ReviewActions
          screeningId={view.id}
          actions={actions}
          csrfToken={session.csrfToken}
          onDone={(done) => {
            rememberDone({ studentName: name, status: done.status });
            go('/');
          }}
          onStale={onStale}
          onSessionEnded={onSessionEnded}
        />
      )}
    </>
  );
}
