import { isEditable, type ScreeningStatus } from '@isee/domain';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../dates.js';
import { describePath, differences } from '../form/differences.js';
import type { DraftForm } from '../form/wizard.js';
import { go, useLang } from '../hooks.js';
import { showValue } from '../review/form-summary.js';
import { ShownValue } from './review/FormSummary.js';
import { outbox } from '../offline/runner.js';
import { draftOf, saveDraft } from '../offline/store.js';
import { useOutbox } from '../offline/use-outbox.js';

/**
 * Two versions of one screening: the one on this phone and the one the server holds (another phone
 * or an earlier send). The teacher sees every answer that differs and keeps one version whole.
 */
export function ConflictPage({ screeningId }: { readonly screeningId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const item = useOutbox()?.find((i) => i.id === screeningId);
  if (item === undefined) return null;
  const server = item.server;
  if (server === undefined)
    return (
      <section>
        <p className="card">{t('conflict.none')}</p>
        <button type="button" onClick={() => go('/outbox')}>
          {t('outbox.title')}
        </button>
      </section>
    );
  const theirs = server.form as DraftForm;
  const changed = differences(item.form, theirs);
  // A screening already submitted or reviewed on the server cannot take the phone's version.
  const canKeepMine = isEditable(server.status as ScreeningStatus);

  const choose = async (choice: 'mine' | 'server'): Promise<void> => {
    const settled = await outbox.resolve(screeningId, choice);
    const draft = await draftOf(item.studentId);
    if (draft !== undefined && settled !== undefined) {
      // Taking the server's version takes its state too: not submitted from this phone.
      const { submittedAt, ...rest } = draft;
      await saveDraft({
        ...rest,
        ...(choice === 'mine' && submittedAt !== undefined ? { submittedAt } : {}),
        form: settled.form,
        baseVersion: settled.baseVersion,
        savedAt: new Date().toISOString(),
      });
    }
    go(`/student/${item.studentId}`);
  };

  return (
    <section>
      <h2>{t('conflict.title')}</h2>
      <p>{t('conflict.explain', { when: formatDate(server.updatedAt, lang) })}</p>
      <p className="muted">{t('conflict.count', { count: changed.length })}</p>
      <table className="conflict">
        <thead>
          <tr>
            <th scope="col">{t('conflict.answer')}</th>
            <th scope="col">{t('conflict.mine')}</th>
            <th scope="col">{t('conflict.theirs')}</th>
          </tr>
        </thead>
        <tbody>
          {changed.map((d) => {
            const { label, field } = describePath(item.form, d.path, lang);
            const show = (value: unknown) =>
              field === undefined ? (
                <>{JSON.stringify(value) ?? '—'}</>
              ) : (
                <ShownValue shown={showValue(field, value)} />
              );
            return (
              <tr key={d.path}>
                <th scope="row">{label}</th>
                <td>{show(d.mine)}</td>
                <td>{show(d.theirs)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {canKeepMine ? (
        <button type="button" onClick={() => void choose('mine')}>
          {t('conflict.keepMine')}
        </button>
      ) : (
        <p>{t('conflict.closed', { status: t(`status.${server.status as ScreeningStatus}`) })}</p>
      )}
      <button type="button" className="secondary" onClick={() => void choose('server')}>
        {t('conflict.takeTheirs')}
      </button>
    </section>
  );
}
