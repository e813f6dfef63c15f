import { useTranslation } from 'react-i18next';
import { residenceStatusValues, StatusPeriodSchema } from '../../../domain';
import { DateField } from '../../../ui/DateInput';
import { OptionSelect } from './OptionSelect';
import { RepeatableRows } from './RepeatableRows';
import { invalidKeys, rowsOf, withField, type RowDraft } from './rowDrafts';
import type { QuestionControlProps } from './types';

/**
 * Status periods since entry: status, from, until (empty while ongoing). Offers the statuses
 * a period can have — not "unknown", which the period schema does not accept.
 */
export function StatusHistoryInput({ id, value, onChange, invalid }: QuestionControlProps) {
  const { t } = useTranslation('questions');
  const untilHintId = `${id}-until-hint`;
  return (
    <>
      <p className="kern-hint" id={untilHintId}>
        {t('questions.statusHistory.untilHint')}
      </p>
      <RepeatableRows
        id={id}
        rows={rowsOf(value)}
        onChange={onChange}
        newRow={(): RowDraft => ({})}
        rowLegend={(index) => t('questions.statusHistory.period', { n: index + 1 })}
        addLabel={t('questions.statusHistory.add')}
        renderRow={(row, update, rowId) => {
          const bad = invalid ? invalidKeys(StatusPeriodSchema, row) : new Set<string>();
          return (
            <>
              <OptionSelect
                id={`${rowId}-status`}
                label={t('questions.statusHistory.status')}
                placeholder={t('questions.statusHistory.choose')}
                optionSet="residenceStatus"
                options={residenceStatusValues}
                value={row.status}
                invalid={bad.has('status')}
                onChange={(status) => {
                  update(withField(row, 'status', status));
                }}
              />
              <DateField
                id={`${rowId}-from`}
                label={t('questions.statusHistory.from')}
                value={row.from}
                invalid={bad.has('from')}
                onChange={(from) => {
                  update(withField(row, 'from', from));
                }}
              />
              <DateField
                id={`${rowId}-until`}
                label={t('questions.statusHistory.until')}
                hintId={untilHintId}
                value={row.until}
                invalid={bad.has('until')}
                onChange={(until) => {
                  update(withField(row, 'until', until));
                }}
              />
            </>
          );
        }}
      />
    </>
  );
}
