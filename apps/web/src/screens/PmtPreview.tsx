import {
  FORM_REVISIONS,
  formatNumber,
  messageOf,
  previewHousehold,
  type Field,
  type FormRevision,
  type FormRevisionId,
  type Issue,
  type Lang,
  type PmtResult,
} from '@isee/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { draftHouseholdIncome } from '../form/income.js';
import type { DraftForm } from '../form/wizard.js';
import { useLang } from '../hooks.js';

interface Props {
  readonly form: DraftForm;
  /** The school's PMT region from the delta sync; undefined until it is known. */
  readonly region: string | undefined;
  /** The cycle's pmtModel; undefined before the first sync. */
  readonly model: unknown;
}

/** Enough open answers to act on; the count says how many there are in all. */
const NAMED_ISSUES = 3;

/**
 * The score the server will compute, live as the teacher types: previewHousehold is the server's
 * own pipeline kept to the answers the PMT reads, so it speaks before photos and signature exist.
 */
export function PmtPreview({ form, region, model }: Props) {
  const { t } = useTranslation();
  // Recomputed only when an answer changes, not on a language switch; the domain caches the
  // validated model per model object, so a keystroke costs reading two sections and one sum.
  const preview = useMemo(() => previewHousehold(model, form, region), [model, form, region]);
  const income = draftHouseholdIncome(form['members']);
  return (
    <aside className="card preview" aria-live="polite">
      <h3>{t('preview.title')}</h3>
      {/* An institution has no member table, so no income to show. */}
      {preview.kind === 'institution' ? null : (
        <>
          <p className="big">
            {t('preview.perPerson', { amount: formatNumber(income.perPerson) })}
          </p>
          <p className="muted">
            {t('preview.total', { amount: formatNumber(income.total), count: income.count })}
          </p>
        </>
      )}
      {preview.kind === 'scored' ? <Scored result={preview.result} /> : null}
      {preview.kind === 'incomplete' ? <Missing issues={preview.issues} form={form} /> : null}
      {preview.kind === 'institution' ? <Institution /> : null}
      {preview.kind === 'unavailable' ? <Unavailable issues={preview.issues} /> : null}
      <p className="muted">{t('preview.provisional')}</p>
    </aside>
  );
}

function Scored({ result }: { readonly result: PmtResult }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <p className="big">{t('preview.score', { score: formatNumber(result.score) })}</p>
      <p className="big">
        {t('preview.class', { class: messageOf(lang, `povertyClass.${result.class}`) })}
      </p>
      <p>{result.summary[lang]}</p>
      {result.notice ? <p className="notice">{result.notice[lang]}</p> : null}
      <h4>{t('preview.why')}</h4>
      {result.explanation.length === 0 ? (
        <p>{t('preview.noPoints')}</p>
      ) : (
        <ul>
          {result.explanation.map((line) => (
            <li key={line.en}>{line[lang]}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function Missing({
  issues,
  form,
}: {
  readonly issues: readonly Issue[];
  readonly form: DraftForm;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const memberLabel = (n: number): string => t('members.person', { n });
  return (
    <>
      <p>{t('preview.incomplete', { count: issues.length })}</p>
      <ul>
        {issues.slice(0, NAMED_ISSUES).map((i) => {
          const place = placeOf(i.path, form, lang, memberLabel);
          return (
            <li key={`${i.code}:${i.path}`}>
              {place ? `${place}: ${i.message[lang]}` : i.message[lang]}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** The domain's own words for why an institution gets no score, so the two cannot disagree. */
function Institution() {
  const lang = useLang();
  return <p>{messageOf(lang, 'error.PMT_INSTITUTION_NOT_SCORED')}</p>;
}

/** What the teacher can do about it: sync for a model, ask about the region, or read the domain's reason. */
function Unavailable({ issues }: { readonly issues: readonly Issue[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const first = issues[0];
  const about = first?.path.split('.')[0];
  if (about === 'model')
    return <p>{t(first?.code === 'REQUIRED' ? 'preview.noModel' : 'preview.badModel')}</p>;
  if (about === 'region') return <p>{t('preview.noRegion')}</p>;
  return <p>{first?.message[lang]}</p>;
}

/**
 * An issue's place in the form's own words, e.g. "สมาชิกคนที่ 2 · อายุ": the member it belongs to and
 * the deepest field its path names. Undefined when the path names no field (the form as a whole).
 */
function placeOf(
  path: string,
  form: DraftForm,
  lang: Lang,
  memberLabel: (n: number) => string,
): string | undefined {
  const revision: FormRevision | undefined = FORM_REVISIONS[form['formRevision'] as FormRevisionId];
  let fields: readonly Field[] = revision?.variants.household.sections ?? [];
  let inList = false;
  let member: string | undefined;
  let label: string | undefined;
  for (const key of path.split('.')) {
    if (inList && /^\d+$/.test(key)) {
      member = memberLabel(Number(key) + 1);
      label = undefined;
      inList = false;
      continue;
    }
    const field = fields.find((f) => f.id === key);
    if (!field) break;
    label = field.label[lang];
    inList = field.input === 'list';
    fields = field.input === 'group' || field.input === 'list' ? field.fields : [];
  }
  const parts = [member, label].filter((p) => p !== undefined);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}
