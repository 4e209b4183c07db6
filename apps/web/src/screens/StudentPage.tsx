import type { FormRevisionId } from '@isee/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../dates.js';
import { newDraftForm, type DraftForm } from '../form/wizard.js';
import { go, useLang } from '../hooks.js';
import {
  draftOf,
  readMeta,
  saveDraft,
  student as readStudent,
  type Cycle,
  type Draft,
  type StudentRow,
} from '../offline/store.js';
import { Wizard } from './Wizard.js';

/** One student: their screening's state, and the wizard once a screening is started or resumed. */
export function StudentPage({ studentId }: { readonly studentId: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [row, setRow] = useState<StudentRow | undefined>();
  const [cycle, setCycle] = useState<Cycle | undefined>();
  const [draft, setDraft] = useState<Draft | undefined>();
  const [loaded, setLoaded] = useState(false);

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

  const change = (next: Draft): void => {
    setDraft(next);
    void saveDraft(next);
  };

  const start = (): void => {
    if (cycle === undefined) return;
    const screening = row?.screening;
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

  if (!loaded) return null;
  const status = row?.screening?.status;
  const editable = status === undefined || status === 'draft' || status === 'returned';
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
            {t('students.classOf', { grade: row.grade, room: row.room })}
            {row.birthDate
              ? ` · ${t('student.birthDate', { date: formatDate(row.birthDate, lang) })}`
              : ''}
          </p>
          {status ? <p>{t('student.status', { status: t(`status.${status}`) })}</p> : null}
          {draft ? (
            <p className="muted">
              {t('student.draftSaved', { when: formatDate(draft.savedAt, lang) })}
            </p>
          ) : null}
        </header>
      ) : null}
      {draft ? (
        <Wizard draft={draft} onChange={change} />
      ) : editable && cycle ? (
        <button type="button" onClick={start}>
          {status ? t('student.continue') : t('student.start')}
        </button>
      ) : null}
    </section>
  );
}
