import { Controller, useForm, useWatch, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SUPPORT_OFFER_KINDS, type SupportOfferInput } from '../../domain/directory';
import { useUnsavedInputGuard } from '../../app/unsavedInput';
import { shippedClientLanguages } from '../../i18n/localeFiles';
import { FieldFrame } from '../../ui/FieldFrame';
import { SelectField } from '../../ui/SelectField';
import { DateTextField } from '../../ui/DateInput';
import { TextField } from '../../ui/TextField';
import { offerFormResolver, validInput, type OfferFormValues } from './offerForm';
import { runtimeT } from '../../i18n/runtimeKeys';

type Props = {
  initial: OfferFormValues;
  /** Saves on the server; throws on failure (the form keeps its input). */
  onSave: (input: SupportOfferInput) => Promise<void>;
  onCancel: () => void;
  busy: boolean;
};

/**
 * Create or edit one offer. Validation is the domain schema's (also checked again by the
 * server); each problem is shown in German under its field. Descriptions are asked for in
 * every shipped client language, German first and required.
 */
export function OfferForm({ initial, onSave, onCancel, busy }: Props) {
  const { t } = useTranslation(['directory', 'flyer']);
  const form = useForm<OfferFormValues>({
    resolver: offerFormResolver,
    defaultValues: initial,
    mode: 'onTouched',
  });
  const { errors, isDirty } = form.formState;
  useUnsavedInputGuard('directory-offer', isDirty);
  const message = (error: FieldError | undefined) =>
    error?.message ? runtimeT(t)(error.message) : undefined;
  const field = (name: Exclude<keyof OfferFormValues, 'descriptions' | 'example'>) => ({
    ...form.register(name),
    id: `offer-${name}`,
    label: t(`editor.field.${name}`),
    error: message(errors[name]),
  });
  const scope = useWatch({ control: form.control, name: 'scope' });

  const onSubmit = form.handleSubmit(async (values) => {
    await onSave(validInput(values));
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="stack form-narrow">
      <SelectField {...field('kind')}>
        {SUPPORT_OFFER_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kind.${k}`, { ns: 'flyer' })}
          </option>
        ))}
      </SelectField>
      <TextField {...field('name')} hint={t('editor.hint.name')} maxLength={160} />
      <SelectField {...field('scope')}>
        <option value="local">{t('editor.scope.local')}</option>
        <option value="state">{t('editor.scope.state')}</option>
        <option value="federal">{t('editor.scope.federal')}</option>
      </SelectField>
      {scope === 'local' && (
        <FieldFrame
          id="offer-areas"
          label={t('editor.field.areas')}
          hint={t('editor.hint.areas')}
          error={message(errors.areas)}
        >
          {(control) => (
            <textarea
              {...form.register('areas')}
              {...control}
              rows={4}
              className="kern-form-input__input"
            />
          )}
        </FieldFrame>
      )}
      <TextField {...field('street')} autoComplete="off" />
      <TextField {...field('postcode')} inputMode="numeric" maxLength={5} />
      <TextField {...field('city')} />
      <TextField {...field('openingHours')} hint={t('editor.hint.openingHours')} />
      <TextField {...field('languages')} hint={t('editor.hint.languages')} />
      <TextField {...field('phone')} type="tel" />
      <TextField {...field('email')} type="email" />
      <TextField {...field('web')} type="url" hint={t('editor.hint.web')} />
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('editor.descriptions')}</legend>
        <p className="kern-hint">{t('editor.hint.descriptions')}</p>
        <div className="kern-fieldset__body stack">
          {shippedClientLanguages.map((l) => (
            <FieldFrame
              key={l.code}
              id={`offer-description-${l.code}`}
              label={l.code === 'de' ? t('editor.germanDescription') : l.nativeName}
              error={message(errors.descriptions?.[l.code])}
            >
              {(control) => (
                <textarea
                  {...form.register(`descriptions.${l.code}`)}
                  {...control}
                  lang={l.code}
                  dir={l.dir}
                  rows={3}
                  maxLength={1200}
                  className="kern-form-input__input"
                />
              )}
            </FieldFrame>
          ))}
        </div>
      </fieldset>
      <Controller
        control={form.control}
        name="reviewedOn"
        render={({ field: date }) => (
          <DateTextField
            id="offer-reviewedOn"
            label={t('editor.field.reviewedOn')}
            error={message(errors.reviewedOn)}
            value={date.value}
            onChange={date.onChange}
            onBlur={date.onBlur}
          />
        )}
      />
      <div className="kern-form-check">
        <input
          {...form.register('example')}
          id="offer-example"
          type="checkbox"
          className="kern-form-check__checkbox"
        />
        <label className="kern-label" htmlFor="offer-example">
          {t('editor.field.example')}
        </label>
      </div>
      <div className="row">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
          <span className="kern-label">{t('editor.save')}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel}>
          <span className="kern-label">{t('editor.cancel')}</span>
        </button>
      </div>
    </form>
  );
}
