import { formatNumber, type Issue, type ListField } from '@isee/domain';
import { useTranslation } from 'react-i18next';
import { draftMemberIncome } from '../form/income.js';
import type { DraftForm } from '../form/wizard.js';
import { FieldView, type Path } from './FieldView.js';

interface Props {
  readonly field: ListField;
  readonly form: DraftForm;
  readonly issues: readonly Issue[];
  readonly onSet: (path: Path, value: unknown) => void;
}

/** The member table: one card per person with their income, added up as the teacher types. */
export function Members({ field, form, issues, onSet }: Props) {
  const { t } = useTranslation();
  const members = Array.isArray(form[field.id]) ? (form[field.id] as unknown[]) : [];
  return (
    <div>
      {members.map((member, index) => (
        <section
          key={index}
          className="card member"
          aria-label={t('members.person', { n: index + 1 })}
        >
          <h3>{t('members.person', { n: index + 1 })}</h3>
          {field.fields.map((child) => (
            <FieldView
              key={child.id}
              field={child}
              path={[field.id, index, child.id]}
              form={form}
              issues={issues}
              onSet={onSet}
            />
          ))}
          <p className="subtotal" aria-live="polite">
            {t('members.income', { amount: formatNumber(draftMemberIncome(member)) })}
          </p>
          <button
            type="button"
            className="secondary"
            onClick={() =>
              onSet(
                [field.id],
                members.filter((_, i) => i !== index),
              )
            }
          >
            {t('members.remove')}
          </button>
        </section>
      ))}
      {members.length < field.max ? (
        <button
          type="button"
          className="secondary"
          onClick={() => onSet([field.id, members.length], {})}
        >
          {t('members.add')}
        </button>
      ) : null}
    </div>
  );
}
