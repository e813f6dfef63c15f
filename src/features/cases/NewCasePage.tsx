import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CaseFactsSchema, factPlausibilityIssues, type CaseFacts, type Gender } from '../../domain';
import { navigate, routes } from '../../app/router';
import { todayIso } from '../../app/today';
import { useUnsavedInputGuard } from '../../app/unsavedInput';
import { useCounsellingDefaults } from '../../storage/hooks/useCounsellingDefaults';
import { useRecordActions } from '../../storage/hooks/useCases';
import { Alert } from '../../ui/Alert';
import { TextField } from '../../ui/TextField';
import { GenderField } from './GenderField';
import { FactQuestion } from '../conversation/questions';
import { newCaseResolver, type NewCaseValues } from './newCaseForm';

/**
 * Creates a case with minimal data. In pseudonymised mode (a device setting) only a
 * pseudonym is asked for and no file number, so no real name ever reaches the device.
 */
export function NewCasePage() {
  const { t } = useTranslation('cases');
  const { value: defaults } = useCounsellingDefaults();
  const { cases } = useRecordActions();
  const [failed, setFailed] = useState(false);
  const pseudonymisedMode = defaults?.pseudonymisedMode ?? false;
  const today = todayIso();
  const form = useForm<NewCaseValues>({
    resolver: newCaseResolver(today),
    defaultValues: { displayName: '', fileNumber: '', gender: '' },
    // Validate a field when it is left, then on every change, so a corrected value clears
    // its message while typing (before the counsellor reaches the button).
    mode: 'onTouched',
  });
  const { errors, isDirty, isSubmitting } = form.formState;
  useUnsavedInputGuard('new-case', isDirty);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailed(false);
    try {
      const facts: CaseFacts = CaseFactsSchema.parse({
        ...(values.birthDate ? { birthDate: values.birthDate } : {}),
        ...(values.nationality ? { nationality: values.nationality } : {}),
      });
      if (factPlausibilityIssues(facts, today).length > 0) return;
      const created = await cases.create(
        {
          displayName: values.displayName,
          pseudonymised: pseudonymisedMode,
          ...(!pseudonymisedMode && values.fileNumber ? { fileNumber: values.fileNumber } : {}),
          createdOn: today,
          // The resolver has checked it against genderValues.
          ...(values.gender ? { gender: values.gender as Gender } : {}),
        },
        facts,
      );
      form.reset(values);
      navigate(routes.case(created.id), { replace: true });
    } catch {
      setFailed(true);
    }
  });

  const message = (key: string | undefined) =>
    key ? t(key, { ns: ['record', 'script', 'cases'] }) : undefined;
  return (
    <div className="stack">
      <h1 className="kern-heading-large">{t('new.title')}</h1>
      {pseudonymisedMode && <Alert tone="info" title={t('new.pseudonymisedMode')} />}
      <form className="stack form-narrow" noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField
          {...form.register('displayName')}
          label={pseudonymisedMode ? t('fields.pseudonym') : t('fields.displayName')}
          hint={pseudonymisedMode ? t('new.pseudonymHint') : t('new.nameHint')}
          error={message(errors.displayName?.message)}
          autoComplete="off"
          maxLength={120}
          required
        />
        {!pseudonymisedMode && (
          <TextField
            {...form.register('fileNumber')}
            label={t('fields.fileNumber')}
            hint={t('new.fileNumberHint')}
            error={message(errors.fileNumber?.message)}
            autoComplete="off"
            maxLength={60}
          />
        )}
        <Controller
          control={form.control}
          name="nationality"
          render={({ field }) => (
            <FactQuestion
              field="nationality"
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={errors.nationality?.message}
            />
          )}
        />
        <Controller
          control={form.control}
          name="birthDate"
          render={({ field }) => (
            <FactQuestion
              field="birthDate"
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={errors.birthDate?.message}
            />
          )}
        />
        <GenderField {...form.register('gender')} error={message(errors.gender?.message)} />
        <div className="row">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={isSubmitting}>
            <span className="kern-label">{t('new.submit')}</span>
          </button>
        </div>
        {failed && <Alert tone="danger" title={t('new.failed')} live="alert" />}
      </form>
    </div>
  );
}
