import { useTranslation } from 'react-i18next';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { consentPurposes, dataCategories, recipientKinds } from '../../../domain';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { usePartners } from '../../../storage/hooks/useReferrals';
import { ChoiceGroup } from '../../../ui/ChoiceGroup';
import type { ConsentFormValues, ConsentKind } from './formModel';

type Props = {
  index: number;
  kind: ConsentKind;
  register: UseFormRegister<ConsentFormValues>;
  errors: FieldErrors<ConsentFormValues>;
  onRemove: (() => void) | undefined;
};

/** One recipient with its own, separately ticked purposes, data categories and direction. */
export function RecipientFields({ index, kind, register, errors, onRemove }: Props) {
  const { t } = useTranslation('consents');
  const partners = usePartners() ?? [];
  const e = errors.recipients?.[index];
  const msg = (m: string | undefined) => (m ? t(m) : undefined);
  const id = `recipient-${index}`;
  return (
    <fieldset className="kern-fieldset consent-recipient">
      <legend className="kern-heading-small">
        {t('builder.recipient.legend', { n: index + 1 })}
      </legend>
      <div className="kern-fieldset__body stack">
        <SelectField
          {...register(`recipients.${index}.kind`)}
          id={`${id}-kind`}
          label={t('builder.recipient.kind')}
          error={msg(e?.kind?.message)}
        >
          <option value="">{t('builder.choose')}</option>
          {recipientKinds.map((k) => (
            <option key={k} value={k}>
              {t(`catalog.recipientKind.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          {...register(`recipients.${index}.name`)}
          id={`${id}-name`}
          label={t('builder.recipient.name')}
          hint={t('builder.recipient.nameHint')}
          error={msg(e?.name?.message)}
          maxLength={200}
          autoComplete="off"
        />
        <TextField
          {...register(`recipients.${index}.contact`)}
          id={`${id}-contact`}
          label={t('builder.recipient.contact')}
          error={msg(e?.contact?.message)}
          maxLength={300}
          autoComplete="off"
        />
        {kind === 'data-consent' && partners.length > 0 && (
          <SelectField
            {...register(`recipients.${index}.partnerOrgId`)}
            id={`${id}-partner`}
            label={t('builder.recipient.partner')}
            hint={t('builder.recipient.partnerHint')}
          >
            <option value="">{t('builder.recipient.noPartner')}</option>
            {partners.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
        )}
        <ChoiceGroup
          id={`${id}-purposes`}
          legend={t(
            kind === 'confidentiality-waiver'
              ? 'builder.recipient.subjects'
              : 'builder.recipient.purposes',
          )}
          type="checkbox"
          options={consentPurposes.map((p) => ({ value: p, label: t(`catalog.purpose.${p}`) }))}
          registration={register(`recipients.${index}.purposes`)}
          error={msg(e?.purposes?.message)}
        />
        {kind === 'data-consent' && (
          <ChoiceGroup
            id={`${id}-categories`}
            legend={t('builder.recipient.categories')}
            type="checkbox"
            options={dataCategories.map((c) => ({
              value: c,
              label: t(`catalog.category.${c}`),
              ...(c === 'health' ? { hint: t('builder.recipient.healthHint') } : {}),
            }))}
            registration={register(`recipients.${index}.categories`)}
            error={msg(e?.categories?.message)}
          />
        )}
        <ChoiceGroup
          id={`${id}-direction`}
          legend={t('builder.recipient.direction')}
          type="radio"
          options={(['one-way', 'mutual'] as const).map((d) => ({
            value: d,
            label: t(`catalog.direction.${d}`),
          }))}
          registration={register(`recipients.${index}.direction`)}
          error={msg(e?.direction?.message)}
        />
        {onRemove && (
          <button type="button" className="kern-btn kern-btn--tertiary" onClick={onRemove}>
            <span className="kern-label">{t('builder.recipient.remove', { n: index + 1 })}</span>
          </button>
        )}
      </div>
    </fieldset>
  );
}
