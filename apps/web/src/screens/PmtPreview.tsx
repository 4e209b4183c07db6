import { formatNumber, validateHousehold } from '@isee/domain';
import { useTranslation } from 'react-i18next';
import { draftHouseholdIncome } from '../form/income.js';
import type { DraftForm } from '../form/wizard.js';

/**
 * What the phone can already tell: income per person live from the member table, and how much of
 * the form the domain's validator still wants before scoreHousehold can score it.
 */
export function PmtPreview({ form }: { readonly form: DraftForm }) {
  const { t } = useTranslation();
  const income = draftHouseholdIncome(form['members']);
  const checked = validateHousehold(form);
  return (
    <aside className="card preview" aria-live="polite">
      <h3>{t('preview.title')}</h3>
      <p className="big">{t('preview.perPerson', { amount: formatNumber(income.perPerson) })}</p>
      <p className="muted">
        {t('preview.total', { amount: formatNumber(income.total), count: income.count })}
      </p>
      <p>
        {checked.ok
          ? t('preview.noRegion')
          : t('preview.incomplete', { count: checked.issues.length })}
      </p>
    </aside>
  );
}
