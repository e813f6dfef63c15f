import type { ComponentPropsWithRef } from 'react';
import { useTranslation } from 'react-i18next';
import { genderValues } from '../../domain';
import { SelectField } from '../../ui/SelectField';

type Props = ComponentPropsWithRef<'select'> & {
  /** Already translated error message. */
  error?: string | undefined;
};

/**
 * The case's gender as a select, the same when a case is created and when it is corrected:
 * "not stated" first, then the domain's values. Takes the form's `register('gender')`.
 */
export function GenderField({ error, ...select }: Props) {
  const { t } = useTranslation('cases');
  return (
    <SelectField {...select} label={t('fields.gender')} hint={t('new.genderHint')} error={error}>
      <option value="">{t('gender.none')}</option>
      {genderValues.map((g) => (
        <option key={g} value={g}>
          {t(`gender.${g}`)}
        </option>
      ))}
    </SelectField>
  );
}
