import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { ControllerSchema, type Controller } from '../../domain';
import { useUnsavedInputGuard } from '../../app/unsavedInput';
import { useConsentController } from '../../storage/hooks/useConsents';
import { Alert } from '../../ui/Alert';
import { TextField } from '../../ui/TextField';

const empty: Controller = {
  name: '',
  address: '',
  contact: '',
  dataProtectionOfficer: '',
  supervisoryAuthority: '',
};

/**
 * The organisation's details printed on every consent form (Art. 13 GDPR): controller,
 * address, contact for withdrawals, data-protection officer, supervisory authority; consents
 * cannot be taken before they are complete. The administrator saves them for the whole
 * organisation (`onSave`: admin/ControllerAdminPanel); without that, on this device only —
 * the fallback for organisations that have not entered them yet.
 */
export function ConsentControllerForm({
  initial,
  onSave,
  intro,
}: {
  initial: Controller | null;
  onSave?: (controller: Controller) => Promise<void>;
  intro?: string;
}) {
  const { t } = useTranslation('consents');
  const local = useConsentController().save;
  const save = onSave ?? local;
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  const form = useForm<Controller>({
    resolver: zodResolver(ControllerSchema),
    defaultValues: initial ?? empty,
    mode: 'onTouched',
  });
  const { errors, isDirty, isSubmitting } = form.formState;
  useUnsavedInputGuard('consent-controller', isDirty);

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await save(values);
      form.reset(values);
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  });
  const field = (name: keyof Controller) => ({
    ...form.register(name),
    id: `controller-${name}`,
    label: t(`controller.${name}`),
    error: errors[name] ? t('controller.required') : undefined,
    maxLength: 300,
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="stack form-narrow">
      <p className="kern-body">{intro ?? t('controller.intro')}</p>
      <TextField {...field('name')} autoComplete="organization" />
      <TextField {...field('address')} autoComplete="street-address" />
      <TextField {...field('contact')} />
      <TextField {...field('dataProtectionOfficer')} />
      <TextField
        {...field('supervisoryAuthority')}
        hint={t('controller.supervisoryAuthorityHint')}
      />
      <div className="row">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={isSubmitting}>
          <span className="kern-label">{t('controller.save')}</span>
        </button>
      </div>
      {status === 'saved' && !isDirty && (
        <Alert tone="success" title={t('controller.saved')} live="status" />
      )}
      {status === 'failed' && <Alert tone="danger" title={t('controller.failed')} live="alert" />}
    </form>
  );
}
