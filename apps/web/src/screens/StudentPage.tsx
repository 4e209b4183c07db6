import { isEditable, type FormRevisionId } from '@isee/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, type ScreeningView } from '../api.js';
import type { Fix } from '../capture/gps.js';
import { formatDate } from '../dates.js';
import { newDraftForm, type DraftForm } from '../form/wizard.js';
import { go, useLang, useOnline } from '../hooks.js';
import { outbox } from '../offline/runner.js';
import {
  draftOf,
  readMeta,
  saveDraft,
  student as readStudent,
  type Cycle,
  type Draft,
  type StudentRow,
} from '../offline/store.js';
import { useOutbox } from '../offline/use-outbox.js';
import { classParts, supportOf } from '../students.js';
import { Issues } from './Issues.js';
import { Wizard } from './Wizard.js';

/** The reason of the latest return, read from the server when online (the list does not carry it). */
function useReturnReason(screeningId: string | undefined, returned: boolean): string | undefined {
  const online = useOnline();
  const [reason, setReason] = useState<string | undefined>();
  useEffect(() => {
    if (!returned || screeningId === undefined || !online) return;
    void call<Pick<ScreeningView, 'events'>>(`/api/screenings/${screeningId}`).then((answer) => {
      if (answer.kind !== 'ok') return;
      const last = [...answer.value.events].reverse().find((e) => e.to === 'returned');
      setReason(last?.reason);
    });
  }, [screeningId, returned, online]);
  return reason;
}

/** The draft as not yet submitted from this phone (a parameter, so nothing is left unused). */
const notSubmitted = ({ submittedAt: _submitted, ...rest }: Draft): Draft => rest;

/** One student: their screening's state, and the wizard once a screening is started or resumed. */
export function StudentPage({ studentId }: { readonly studentId: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [row, setRow] = useState<StudentRow | undefined>();
  const [cycle, setCycle] = useState<Cycle | undefined>();
  const [draft, setDraft] = useState<Draft | undefined>();
  const [loaded, setLoaded] = useState(false);
  const items = useOutbox();

  useEffect(() => {
    void Promise.all([readStudent(studentId), readMeta('cycle'), draftOf(studentId)]).then(
      ([s, c, d]) => {
        setRow(s);
        setCycle(c);
        setDraft(d);
        setLoaded(true);
      },
    );
  }, [studentId]);

  const screening = row?.screening;
  const returned = screening?.status === 'returned';
  const reason = useReturnReason(screening?.id, returned);
  const item = items?.find((i) => i.id === (draft?.id ?? screening?.id));

  /** Queues the draft for the server; the outbox sends it after a quiet moment. */
  const queue = (next: Draft, submit: boolean, fix?: Fix): Promise<unknown> =>
    outbox.edit({
      id: next.id,
      studentId: next.studentId,
      cycleId: next.cycleId,
      form: next.form,
      submit,
      baseVersion: next.baseVersion,
      ...(fix === undefined ? {} : { fix }),
    });

  /** Every answer is kept on the phone at once and queued; the outbox sends after a pause. */
  const change = (next: Draft): void => {
    setDraft(next);
    void saveDraft(next);
    // Moving between steps keeps the same form object: nothing new for the server.
    if (next.submittedAt === undefined && next.form !== draft?.form) void queue(next, false);
  };

  const submit = async (fix: Fix | undefined): Promise<void> => {
    if (draft === undefined) return;
    const next = { ...draft, submittedAt: new Date().toISOString() };
    change(next);
    await queue(next, true, fix);
    window.scrollTo(0, 0);
  };

  const start = (): void => {
    if (cycle === undefined) return;
    // A draft or returned screening the server holds is resumed from its form and version.
    const resumed = screening?.form !== undefined && screening.form !== null;
    change({
      studentId,
      id: screening?.id ?? crypto.randomUUID(),
      cycleId: cycle.id,
      baseVersion: screening?.version ?? null,
      form: resumed
        ? (screening.form as DraftForm)
        : newDraftForm(cycle.formRevision as FormRevisionId),
      step: 0,
      savedAt: new Date().toISOString(),
    });
  };

  /** After a return, the server's form (with the reviewer's reason) replaces the submitted copy. */
  const reopen = (): void => {
    if (draft === undefined || screening?.form === undefined) return;
    change({
      ...notSubmitted(draft),
      form: screening.form as DraftForm,
      baseVersion: screening.version,
      step: 0,
      savedAt: new Date().toISOString(),
    });
  };

  if (!loaded) return null;
  const status = screening?.status;
  const submittedHere = draft?.submittedAt !== undefined;
  // The reviewer returned it after this phone's submission: the teacher corrects the server's form.
  const returnedSince =
    returned && submittedHere && (draft.submittedAt ?? '') < (screening.updatedAt ?? '');
  const editable = status === undefined || isEditable(status);
  const support = row && supportOf(row);
  return (
    <section>
      <button type="button" className="link" onClick={() => go('/')}>
        ← {t('student.back')}
      </button>
      {row ? (
        <header className="card">
          <h2>
            {row.firstName} {row.lastName}
          </h2>
          <p className="muted">
            {t('students.classOf', classParts(row.grade, row.room, lang))}
            {row.birthDate
              ? ` · ${t('student.birthDate', { date: formatDate(row.birthDate, lang) })}`
              : ''}
          </p>
          {support ? <p className="muted">{support.explanation[lang]}</p> : null}
          {status ? <p>{t('student.status', { status: t(`status.${status}`) })}</p> : null}
          {returned && reason ? (
            <p className="notice" role="note">
              {t('student.returnReason', { reason })}
            </p>
          ) : null}
          {draft ? (
            <p className="muted">
              {t('student.draftSaved', { when: formatDate(draft.savedAt, lang) })}
            </p>
          ) : null}
          {item ? (
            <p className={`outbox-state ${item.state}`} role="status">
              {t(`outbox.state.${item.state}`)} ·{' '}
              {item.submit ? t('outbox.kind.submit') : t('outbox.kind.draft')}
            </p>
          ) : null}
          {item?.state === 'attention' ? (
            <>
              <Issues issues={item.issues} />
              {item.server ? (
                <button type="button" onClick={() => go(`/conflict/${item.id}`)}>
                  {t('outbox.resolve')}
                </button>
              ) : null}
            </>
          ) : null}
        </header>
      ) : null}
      {draft && submittedHere && !returnedSince ? (
        <p className="card">{t('submit.done')}</p>
      ) : draft && returnedSince ? (
        <button type="button" onClick={reopen}>
          {t('student.fixReturned')}
        </button>
      ) : draft ? (
        <Wizard
          draft={draft}
          onChange={change}
          onSubmit={submit}
          region={row?.region}
          model={cycle?.pmtModel}
        />
      ) : editable && cycle ? (
        <button type="button" onClick={start}>
          {status ? t('student.continue') : t('student.start')}
        </button>
      ) : null}
    </section>
  );
}
