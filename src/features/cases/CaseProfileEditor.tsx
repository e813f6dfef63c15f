import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type CaseProfile, type Gender } from '../../domain';
import { todayIso } from '../../app/today';
import { useUnsavedInputGuard } from '../../app/unsavedInput';
import type { StoredCase } from '../../storage/cases/caseRepository';
import { useRecordActions } from '../../storage/hooks/useCases';
import { Alert } from '../../ui/Alert';
import { TextField } from '../../ui/TextField';
import { GenderField } from './GenderField';
import { newCaseResolver, type NewCaseValues } from './newCaseForm';

/**
 * Corrects the person's name (or pseudonym), file number and gender after the case was
 * created. One encrypted case update on save: works offline and is queued for sync like any
 * other change; a failed save keeps the form open with the input.
 */
export function CaseProfileEditor({ record }: { record: StoredCase }) {
  const { t } = useTranslation(['cases', 'record']);
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <div className="row">
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          onClick={() => {
            setOpen(true);
          }}
        >
          <span className="kern-label">{t('profile.edit')}</span>
        </button>
      </div>
    );
  }
  return (
    <ProfileForm
      profile={record.profile}
      caseId={record.id}
      onClose={() => {
        setOpen(false);
      }}
    />
  );
}

function ProfileForm(props: { profile: CaseProfile; caseId: string; onClose: () => void }) {
  const { profile, caseId, onClose } = props;
  const { t } = useTranslation(['cases', 'record']);
  const { cases } = useRecordActions();
  const [failed, setFailed] = useState(false);
  const form = useForm<NewCaseValues>({
    resolver: newCaseResolver(todayIso()),
    defaultValues: {
      displayName: profile.displayName,
      fileNumber: profile.fileNumber ?? '',
      gender: profile.gender ?? '',
    },
    mode: 'onTouched',
  });
  const { errors, isDirty, isSubmitting } = form.formState;
  useUnsavedInputGuard(`case-profile-${caseId}`, isDirty);
  const message = (key: string | undefined) =>
    key ? t(key, { ns: ['record', 'cases'] }) : undefined;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailed(false);
    try {
      await cases.updateProfile(caseId, {
        displayName: values.displayName.trim(),
        // A pseudonymised case never holds a file number (no real data on the device).
        fileNumber: profile.pseudonymised ? undefined : values.fileNumber.trim() || undefined,
        // The resolver has checked it against genderValues.
        gender: values.gender === '' ? undefined : (values.gender as Gender),
      });
      form.reset(values);
      onClose();
    } catch {
      setFailed(true);
    }
  });

  return (
    <form
      className="stack form-narrow case-profile-form"
      noValidate
      aria-labelledby="case-profile-title"
      onSubmit={(e) => void onSubmit(e)}
    >
      <h2 id="case-profile-title" className="kern-heading-medium">
        {t('profile.title')}
      </h2>
      <TextField
        {...form.register('displayName')}
        label={profile.pseudonymised ? t('fields.pseudonym') : t('fields.displayName')}
        error={message(errors.displayName?.message)}
        autoComplete="off"
        maxLength={120}
        required
      />
      {!profile.pseudonymised && (
        <TextField
          {...form.register('fileNumber')}
          label={t('fields.fileNumber')}
          hint={t('new.fileNumberHint')}
          error={message(errors.fileNumber?.message)}
          autoComplete="off"
          maxLength={60}
        />
      )}
      <GenderField {...form.register('gender')} error={message(errors.gender?.message)} />
      {failed && <Alert tone="danger" title={t('profile.failed')} live="alert" />}
      <div className="row">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={isSubmitting}>
          <span className="kern-label">{t('profile.save')}</span>
        </button>
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          onClick={() => {
            form.reset();
            onClose();
          }}
        >
          <span className="kern-label">{t('profile.cancel')}</span>
        </button>
      </div>
    </form>
  );
}
