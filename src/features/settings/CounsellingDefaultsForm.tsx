import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import {
  counsellingDefaultsSchema,
  type CounsellingDefaults,
} from '../../storage/preferencesRepository';
import { useCounsellingDefaults } from '../../storage/hooks/useCounsellingDefaults';
import { useUnsavedInputGuard } from '../../app/unsavedInput';
import { TextField } from '../../ui/TextField';
import { Alert } from '../../ui/Alert';
import { runtimeT } from '../../i18n/runtimeKeys';

/** Maps zod's issue to a German/English message key. */
function messageKey(type: string | undefined): string {
  return type === 'too_big' ? 'form.tooLong' : 'form.invalid';
}

/**
 * Defaults for new conversations (counsellor, organisation, place). Saved explicitly;
 * while the form is dirty it blocks app updates (see UpdatePrompt).
 */
export function CounsellingDefaultsForm({ initial }: { initial: CounsellingDefaults }) {
  const { t } = useTranslation();
  const { save } = useCounsellingDefaults();
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  const form = useForm<CounsellingDefaults>({
    resolver: zodResolver(counsellingDefaultsSchema),
    defaultValues: initial,
    mode: 'onBlur',
  });
  const { errors, isDirty, isSubmitting } = form.formState;
  useUnsavedInputGuard('counselling-defaults', isDirty);

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await save(values);
      form.reset(values);
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  });

  const field = (name: Exclude<keyof CounsellingDefaults, 'pseudonymisedMode'>) => ({
    ...form.register(name),
    label: t(`settings.defaults.${name}`),
    error: errors[name] ? runtimeT(t)(messageKey(errors[name].type)) : undefined,
    maxLength: 200,
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="stack">
      <TextField {...field('counsellorName')} autoComplete="name" />
      <TextField {...field('organisation')} autoComplete="organization" />
      <TextField {...field('defaultPlace')} />
      <div className="kern-form-check">
        <input
          id="pseudonymised-mode"
          type="checkbox"
          className="kern-form-check__checkbox"
          {...form.register('pseudonymisedMode')}
        />
        <label className="kern-label" htmlFor="pseudonymised-mode">
          {t('settings.defaults.pseudonymisedMode')}
        </label>
      </div>
      <div className="row">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={isSubmitting}>
          <span className="kern-label">{t('form.save')}</span>
        </button>
      </div>
      {status === 'saved' && !isDirty && (
        <Alert tone="success" title={t('form.saved')} live="status" />
      )}
      {status === 'failed' && isDirty && (
        <Alert tone="danger" title={t('form.saveFailed')} live="alert" />
      )}
    </form>
  );
}
