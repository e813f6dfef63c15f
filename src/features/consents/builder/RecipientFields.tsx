import { useTranslation } from 'react-i18next';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import {
  consentPurposes,
  dataCategories,
  recipientKinds,
  SPECIAL_CATEGORIES,
  type CarriedRecipient,
} from '../../../domain';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { usePartners } from '../../../storage/hooks/useReferrals';
import { ChoiceGroup } from '../../../ui/ChoiceGroup';
import type { ConsentFormValues, ConsentKind, RecipientValues } from './formModel';
import { runtimeT } from '../../../i18n/runtimeKeys';

type Props = {
  index: number;
  kind: ConsentKind;
  register: UseFormRegister<ConsentFormValues>;
  errors: FieldErrors<ConsentFormValues>;
  /** Whether a field's error may show yet: after it was left, or after a submit. */
  shown: (field: keyof RecipientValues) => boolean;
  /** What this recipient brings from the version before (a new version only). */
  carried: { version: number; recipient: CarriedRecipient } | undefined;
  onRemove: (() => void) | undefined;
};

/**
 * One recipient with its own, separately ticked purposes, data categories and direction.
 * Choices taken over from the version before say so, and an Art. 9 category granted there
 * says that it was not taken over and needs a fresh tick. Error lines keep their space, so
 * no control moves while the counsellor taps through the boxes.
 */
export function RecipientFields({
  index,
  kind,
  register,
  errors,
  shown,
  carried,
  onRemove,
}: Props) {
  const { t } = useTranslation('consents');
  const partners = usePartners() ?? [];
  const e = errors.recipients?.[index];
  const msg = (field: keyof RecipientValues, m: string | undefined) =>
    m && shown(field) ? runtimeT(t)(m) : undefined;
  const id = `recipient-${index}`;
  const grant = carried?.recipient.grant;
  const version = carried?.version;
  const fromBefore = (ticked: boolean | undefined) =>
    ticked ? t('builder.carried.option', { version }) : undefined;
  const hints = (...parts: (string | undefined)[]) =>
    parts.filter((p): p is string => p !== undefined).join(' ') || undefined;
  return (
    <fieldset
      className="kern-fieldset consent-recipient"
      aria-describedby={carried ? `${id}-carried` : undefined}
    >
      <legend className="kern-heading-small">
        {t('builder.recipient.legend', { n: index + 1 })}
      </legend>
      <div className="kern-fieldset__body stack">
        {carried && (
          <p id={`${id}-carried`} className="kern-body consent-carried">
            {t('builder.carried.recipient', { version })}
          </p>
        )}
        <SelectField
          {...register(`recipients.${index}.kind`)}
          id={`${id}-kind`}
          label={t('builder.recipient.kind')}
          error={msg('kind', e?.kind?.message)}
          reserveError
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
          error={msg('name', e?.name?.message)}
          reserveError
          maxLength={200}
          autoComplete="off"
        />
        <TextField
          {...register(`recipients.${index}.contact`)}
          id={`${id}-contact`}
          label={t('builder.recipient.contact')}
          error={msg('contact', e?.contact?.message)}
          reserveError
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
          options={consentPurposes.map((p) => ({
            value: p,
            label: t(`catalog.purpose.${p}`),
            hint: fromBefore(grant?.purposes.includes(p)),
          }))}
          registration={register(`recipients.${index}.purposes`)}
          error={msg('purposes', e?.purposes?.message)}
          reserveError
        />
        {kind === 'data-consent' && (
          <ChoiceGroup
            id={`${id}-categories`}
            legend={t('builder.recipient.categories')}
            type="checkbox"
            options={dataCategories.map((c) => ({
              value: c,
              label: t(`catalog.category.${c}`),
              hint: hints(
                SPECIAL_CATEGORIES.has(c) ? t('builder.recipient.healthHint') : undefined,
                fromBefore(grant?.categories.includes(c)),
                carried?.recipient.special.includes(c)
                  ? t('builder.carried.special', { version })
                  : undefined,
              ),
            }))}
            registration={register(`recipients.${index}.categories`)}
            error={msg('categories', e?.categories?.message)}
            reserveError
          />
        )}
        <ChoiceGroup
          id={`${id}-direction`}
          legend={t('builder.recipient.direction')}
          type="radio"
          options={(['one-way', 'mutual'] as const).map((d) => ({
            value: d,
            label: t(`catalog.direction.${d}`),
            hint: fromBefore(grant?.direction === d),
          }))}
          registration={register(`recipients.${index}.direction`)}
          error={msg('direction', e?.direction?.message)}
          reserveError
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
