import { useTranslation } from 'react-i18next';
import { applicationKindValues, FiledApplicationSchema } from '../../../domain';
import { DateField } from '../../../ui/DateInput';
import { OptionSelect } from './OptionSelect';
import { RepeatableRows } from './RepeatableRows';
import { invalidKeys, rowsOf, withField, type RowDraft } from './rowDrafts';
import type { QuestionControlProps } from './types';

/** Residence applications already filed: kind and filing date, one row each. */
export function ApplicationsInput({ id, value, onChange, invalid }: QuestionControlProps) {
  const { t } = useTranslation('questions');
  return (
    <RepeatableRows
      id={id}
      rows={rowsOf(value)}
      onChange={onChange}
      newRow={(): RowDraft => ({})}
      rowLegend={(index) => t('questions.applications.application', { n: index + 1 })}
      addLabel={t('questions.applications.add')}
      renderRow={(row, update, rowId) => {
        const bad = invalid ? invalidKeys(FiledApplicationSchema, row) : new Set<string>();
        return (
          <>
            <OptionSelect
              id={`${rowId}-kind`}
              label={t('questions.applications.kind')}
              placeholder={t('questions.applications.choose')}
              optionSet="applicationKind"
              options={applicationKindValues}
              value={row.kind}
              invalid={bad.has('kind')}
              onChange={(kind) => {
                update(withField(row, 'kind', kind));
              }}
            />
            <DateField
              id={`${rowId}-filedOn`}
              label={t('questions.applications.filedOn')}
              value={row.filedOn}
              invalid={bad.has('filedOn')}
              onChange={(filedOn) => {
                update(withField(row, 'filedOn', filedOn));
              }}
            />
          </>
        );
      }}
    />
  );
}
