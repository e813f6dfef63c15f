import { useState } from 'react';
import { Controller, useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CarryOver } from '../../../domain';
import { formatClientDate } from '../../../ui/clientFormat';
import { Alert } from '../../../ui/Alert';
import { clientLanguages } from '../../../i18n/languages';
import { shippedClientLanguages } from '../../../i18n/localeFiles';
import { LanguageOptions, SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { DateTextField } from '../../../ui/DateInput';
import { ChoiceGroup } from '../../../ui/ChoiceGroup';
import { emptyRecipient, type ConsentFormValues, type ConsentKind } from './formModel';
import { RecipientFields } from './RecipientFields';
import { runtimeT } from '../../../i18n/runtimeKeys';

type Props = {
  form: UseFormReturn<ConsentFormValues>;
  kind: ConsentKind;
  newId: () => string;
  /** A new version: what was taken over from the version before, and what was not. */
  carried: (CarryOver & { version: number }) | undefined;
  onNext: () => void;
};

/** Step 1: who, what for, which data, how long, language, interpreter and who signs. */
export function ChoicesStep({ form, kind, newId, carried, onNext }: Props) {
  const { t, i18n } = useTranslation('consents');
  const { register, formState, watch } = form;
  const { errors, touchedFields, submitCount } = formState;
  // An error shows once its field was left, or after a submit — but not for a recipient
  // added after that submit until it is left or submitted again (no wall of errors before
  // anything is typed).
  const [addedAt, setAddedAt] = useState<ReadonlyMap<string, number>>(new Map());
  const submitted = (since = 0) => submitCount > since;
  const seen = (field: keyof typeof touchedFields) => Boolean(touchedFields[field]) || submitted();
  const recipients = useFieldArray({ control: form.control, name: 'recipients', keyName: 'key' });
  const released = useFieldArray({
    control: form.control,
    name: 'releasedProfessionals',
    keyName: 'key',
  });
  const msg = (m: string | undefined, shown = submitted()) =>
    m && shown ? runtimeT(t)(m) : undefined;
  const interpreted = watch('interpreted');
  const guardian = watch('signatoryRole') === 'guardian';

  return (
    <form
      className="stack consent-form"
      noValidate
      onSubmit={(e) => void form.handleSubmit(onNext)(e)}
    >
      <SelectField
        {...register('clientLanguage')}
        id="consent-language"
        label={t('builder.language')}
        hint={t('builder.languageHint')}
      >
        <LanguageOptions languages={shippedClientLanguages} />
      </SelectField>
      <TextField
        {...register('personName')}
        id="consent-person"
        label={t('builder.personName')}
        error={msg(errors.personName?.message, seen('personName'))}
        reserveError
        maxLength={200}
        autoComplete="off"
      />

      {kind === 'confidentiality-waiver' && (
        <section className="stack" aria-labelledby="released-title">
          <h2 id="released-title" className="kern-heading-medium">
            {t('builder.released.title')}
          </h2>
          <p className="kern-body">{t('builder.released.intro')}</p>
          {released.fields.map((field, index) => (
            <div key={field.key} className="row consent-released">
              <TextField
                {...register(`releasedProfessionals.${index}.name`)}
                id={`released-${index}-name`}
                label={t('builder.released.name', { n: index + 1 })}
                error={msg(
                  errors.releasedProfessionals?.[index]?.name?.message,
                  seen('releasedProfessionals'),
                )}
                reserveError
                maxLength={120}
                autoComplete="off"
              />
              <TextField
                {...register(`releasedProfessionals.${index}.role`)}
                id={`released-${index}-role`}
                label={t('builder.released.role', { n: index + 1 })}
                hint={t('builder.released.roleHint')}
                error={msg(
                  errors.releasedProfessionals?.[index]?.role?.message,
                  seen('releasedProfessionals'),
                )}
                reserveError
                maxLength={200}
                autoComplete="off"
              />
              <button
                type="button"
                className="kern-btn kern-btn--tertiary"
                onClick={() => {
                  released.remove(index);
                }}
              >
                <span className="kern-label">{t('builder.released.remove', { n: index + 1 })}</span>
              </button>
            </div>
          ))}
          {errors.releasedProfessionals?.message && submitted() && (
            <p className="kern-error" role="alert">
              {msg(errors.releasedProfessionals.message)}
            </p>
          )}
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => {
              released.append({ name: '', role: '' });
            }}
          >
            <span className="kern-label">{t('builder.released.add')}</span>
          </button>
        </section>
      )}

      <section className="stack" aria-labelledby="recipients-title">
        <h2 id="recipients-title" className="kern-heading-medium">
          {t(kind === 'confidentiality-waiver' ? 'builder.counterparts' : 'builder.recipients')}
        </h2>
        {carried ? (
          <Alert tone="info" title={t('builder.carried.title', { version: carried.version })}>
            <p className="kern-body">{t('builder.carried.intro')}</p>
            {carried.revoked.length > 0 && (
              <ul className="kern-body consent-carried-list">
                {carried.revoked.map((r) => (
                  <li key={r.name}>
                    {t('builder.carried.revoked', {
                      name: r.name,
                      date: formatClientDate(r.on, i18n.language),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </Alert>
        ) : (
          <p className="kern-body">{t('builder.granular')}</p>
        )}
        {recipients.fields.map((field, index) => {
          const since = addedAt.get(field.id) ?? 0;
          const touched = touchedFields.recipients?.[index];
          const recipient = carried?.recipients.find((r) => r.id === field.id);
          return (
            <RecipientFields
              key={field.key}
              index={index}
              kind={kind}
              register={register}
              errors={errors}
              shown={(name) => Boolean(touched?.[name]) || submitted(since)}
              carried={recipient && carried ? { version: carried.version, recipient } : undefined}
              onRemove={
                recipients.fields.length > 1
                  ? () => {
                      recipients.remove(index);
                    }
                  : undefined
              }
            />
          );
        })}
        {errors.recipients?.message && submitted() && (
          <p className="kern-error" role="alert">
            {msg(errors.recipients.message)}
          </p>
        )}
        {recipients.fields.length < 20 && (
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => {
              const recipient = emptyRecipient(newId());
              setAddedAt((m) => new Map(m).set(recipient.id, submitCount));
              recipients.append(recipient, { shouldFocus: false });
            }}
          >
            <span className="kern-label">{t('builder.addRecipient')}</span>
          </button>
        )}
      </section>

      <Controller
        control={form.control}
        name="validUntil"
        render={({ field }) => (
          <DateTextField
            id="consent-until"
            label={t('builder.validUntil')}
            hint={t('builder.validUntilHint')}
            error={msg(errors.validUntil?.message, seen('validUntil'))}
            reserveError
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
          />
        )}
      />

      <div className="kern-form-check">
        <input
          id="consent-interpreted"
          type="checkbox"
          className="kern-form-check__checkbox"
          {...register('interpreted')}
        />
        <label className="kern-label" htmlFor="consent-interpreted">
          {t('builder.interpreted')}
        </label>
      </div>
      {interpreted && (
        <div className="row">
          <TextField
            {...register('interpreterName')}
            id="consent-interpreter"
            label={t('builder.interpreterName')}
            error={msg(errors.interpreterName?.message, seen('interpreterName'))}
            reserveError
            maxLength={120}
            autoComplete="off"
          />
          <SelectField
            {...register('interpreterLanguage')}
            id="consent-interpreter-language"
            label={t('builder.interpreterLanguage')}
          >
            <option value="">{t('builder.interpreterSameLanguage')}</option>
            <LanguageOptions languages={clientLanguages} />
          </SelectField>
        </div>
      )}

      <ChoiceGroup
        id="consent-signatory"
        legend={t('builder.signatory')}
        type="radio"
        options={[
          { value: 'person', label: t('builder.signatoryPerson') },
          { value: 'guardian', label: t('builder.signatoryGuardian') },
        ]}
        registration={register('signatoryRole')}
      />
      {guardian && (
        <TextField
          {...register('guardianName')}
          id="consent-guardian"
          label={t('builder.guardianName')}
          error={msg(errors.guardianName?.message, seen('guardianName'))}
          reserveError
          maxLength={120}
          autoComplete="off"
        />
      )}
      {errors.root?.controller && (
        <p className="kern-error" role="alert">
          {msg(errors.root.controller.message)}
        </p>
      )}
      <div className="row">
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{t('builder.toText')}</span>
        </button>
      </div>
    </form>
  );
}
