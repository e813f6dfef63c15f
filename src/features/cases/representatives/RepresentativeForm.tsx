import { useEffect, useId, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { proofKinds, representativeRoles, type Representative } from '../../../domain';
import { todayIso } from '../../../app/today';
import { useUnsavedInputGuard } from '../../../app/unsavedInput';
import { Alert } from '../../../ui/Alert';
import { FieldFrame } from '../../../ui/FieldFrame';
import { SelectField } from '../../../ui/SelectField';
import { DateTextField } from '../../../ui/DateInput';
import { TextField } from '../../../ui/TextField';
import { useRepresentativeActions } from './representativeActions';
import {
  representativeOf,
  representativeResolver,
  valuesOf,
  type RepresentativeValues,
} from './representativeForm';
import { runtimeT } from '../../../i18n/runtimeKeys';

type Props = {
  caseId: string;
  /** The representative to edit; a new one is added when undefined. */
  representative?: Representative | undefined;
  onSaved: (representative: Representative) => void;
  onCancel: () => void;
};

/**
 * Adds or edits one authorised representative. Validated with the domain schema (inline
 * messages, focus moves to the first invalid field); saving is one encrypted case update,
 * so it works offline. Its heading takes the focus when it opens.
 */
export function RepresentativeForm({ caseId, representative, onSaved, onCancel }: Props) {
  const { t } = useTranslation('representatives');
  const actions = useRepresentativeActions();
  const [failed, setFailed] = useState(false);
  const today = todayIso();
  const form = useForm<RepresentativeValues>({
    resolver: representativeResolver(today),
    defaultValues: valuesOf(representative),
    mode: 'onTouched',
  });
  const { errors, isDirty, isSubmitting } = form.formState;
  useUnsavedInputGuard(`representative-${caseId}`, isDirty);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailed(false);
    const saved = representativeOf(values, {
      id: representative?.id ?? globalThis.crypto.randomUUID(),
      addedOn: representative ? representative.addedOn : today,
    });
    try {
      await actions.save(caseId, saved);
      form.reset(values);
      onSaved(saved);
    } catch {
      setFailed(true);
    }
  });

  const message = (code: string | undefined) => (code ? runtimeT(t)(code) : undefined);
  return (
    <form
      className="stack form-narrow representative-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => void onSubmit(e)}
    >
      <h3 id={headingId} ref={heading} tabIndex={-1} className="kern-heading-small">
        {representative ? t('form.editTitle') : t('form.addTitle')}
      </h3>
      <TextField
        {...form.register('name')}
        id="representative-name"
        label={t('fields.name')}
        hint={t('fields.nameHint')}
        error={message(errors.name?.message)}
        autoComplete="off"
        required
      />
      <SelectField
        {...form.register('role')}
        id="representative-role"
        label={t('fields.role')}
        error={message(errors.role?.message)}
      >
        {representativeRoles.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        {...form.register('contact')}
        id="representative-contact"
        label={t('fields.contact')}
        hint={t('fields.contactHint')}
        error={message(errors.contact?.message)}
        autoComplete="off"
        required
      />
      <FieldFrame
        id="representative-scope"
        label={t('fields.scope')}
        hint={t('fields.scopeHint')}
        error={message(errors.scope?.message)}
      >
        {(control) => (
          <textarea
            {...form.register('scope')}
            {...control}
            rows={3}
            required
            className={`kern-form-input__input${errors.scope ? ' kern-form-input__input--error' : ''}`}
          />
        )}
      </FieldFrame>
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('fields.proof')}</legend>
        <div className="kern-fieldset__body stack">
          <SelectField
            {...form.register('proofKind')}
            id="representative-proof-kind"
            label={t('fields.proofKind')}
            error={message(errors.proofKind?.message)}
          >
            {proofKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`proofKinds.${kind}`)}
              </option>
            ))}
          </SelectField>
          <Controller
            control={form.control}
            name="proofDated"
            render={({ field }) => (
              <DateTextField
                id="representative-proof-dated"
                label={t('fields.proofDated')}
                error={message(errors.proofDated?.message)}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
              />
            )}
          />
          <TextField
            {...form.register('proofNote')}
            id="representative-proof-note"
            label={t('fields.proofNote')}
            hint={t('fields.proofNoteHint')}
            error={message(errors.proofNote?.message)}
            autoComplete="off"
          />
        </div>
      </fieldset>
      <div className="row">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={isSubmitting}>
          <span className="kern-label">{t('form.save')}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel}>
          <span className="kern-label">{t('form.cancel')}</span>
        </button>
      </div>
      {failed && <Alert tone="danger" title={t('form.failed')} live="alert" />}
    </form>
  );
}
