import { useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  SPECIAL_CATEGORIES,
  type CaseRecord,
  type ConversationSession,
  type RecipientConsentState,
} from '../../domain';
import { navigate, routes } from '../../app/router';
import { todayIso } from '../../app/today';
import { useReferralActions } from '../../storage/hooks/useReferrals';
import { localIsoDateTime } from '../../storage/localTime';
import { ReferralRefusedError } from '../../storage/referrals/referralRepository';
import { Alert } from '../../ui/Alert';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { formatDisplayDate } from '../conversation/assessments/format';
import { PackageView } from './PackageView';
import {
  EMPTY_REFERRAL_FORM,
  formProblems,
  recipientKey,
  toDraft,
  type ReferralFormValues,
} from './referralForm';
import { runtimeT } from '../../i18n/runtimeKeys';

type Props = {
  record: CaseRecord;
  sessions: readonly ConversationSession[];
  choices: readonly RecipientConsentState[];
  counsellorName: string;
};

/**
 * Recipient (only those a current consent names), purpose and data categories (only what
 * that consent grants), then a preview of exactly the data that will leave. Sending is
 * refused by the repository if the consent does not cover it (checked again on the server).
 */
export function ReferralForm({ record, sessions, choices, counsellorName }: Props) {
  const { t, i18n } = useTranslation(['referrals', 'consents']);
  const actions = useReferralActions();
  const [problem, setProblem] = useState<string>();
  const choiceOf = (key: string) => choices.find((c) => recipientKey(c) === key);
  const resolver: Resolver<ReferralFormValues> = (values) => {
    const problems = formProblems(values, choiceOf(values.recipient));
    if (problems.length === 0) return { values, errors: {} };
    return {
      values: {},
      errors: Object.fromEntries(
        problems.map((p) => [p.field, { type: 'validate', message: p.code }]),
      ),
    };
  };
  const form = useForm<ReferralFormValues>({
    defaultValues: { ...EMPTY_REFERRAL_FORM, sentBy: counsellorName },
    resolver,
    shouldFocusError: true,
  });
  const { register, handleSubmit, formState, control } = form;
  const values = useWatch({ control }) as ReferralFormValues;
  const choice = choiceOf(values.recipient);
  const msg = (m: string | undefined) => (m ? runtimeT(t)(m) : undefined);
  const errors = formState.errors;
  const preview =
    choice && values.categories.length > 0
      ? toDraft({ values, choice, record, sessions, sentAt: localIsoDateTime(new Date()) })
      : undefined;

  const submit = handleSubmit(async (valid) => {
    setProblem(undefined);
    const chosen = choiceOf(valid.recipient);
    if (!chosen) return;
    try {
      const draft = toDraft({
        values: valid,
        choice: chosen,
        record,
        sessions,
        sentAt: localIsoDateTime(new Date()),
      });
      const sent = await actions.send(draft, todayIso());
      navigate(sent.channel === 'letter' ? routes.referralLetter(sent.id) : routes.case(record.id));
    } catch (error) {
      setProblem(error instanceof ReferralRefusedError ? `refused.${error.reason}` : 'form.failed');
    }
  });

  return (
    <form className="stack" noValidate onSubmit={(e) => void submit(e)}>
      <ChoiceGroup
        id="referral-recipient"
        legend={t('form.recipient')}
        type="radio"
        registration={register('recipient')}
        error={msg(errors.recipient?.message)}
        options={choices.map((c) => ({
          value: recipientKey(c),
          label: `${c.recipient.name} (${t(`catalog.recipientKind.${c.recipient.kind}`, { ns: 'consents' })})`,
          hint: t(c.recipient.partnerOrgId ? 'form.viaApp' : 'form.viaLetter', {
            until: formatDisplayDate(c.validUntil, i18n.language),
          }),
        }))}
      />
      {choice && (
        <>
          <ChoiceGroup
            id="referral-purpose"
            legend={t('form.purpose')}
            type="radio"
            registration={register('purpose')}
            error={msg(errors.purpose?.message)}
            options={choice.purposes.map((p) => ({
              value: p,
              label: t(`catalog.purpose.${p}`, { ns: 'consents' }),
            }))}
          />
          <ChoiceGroup
            id="referral-categories"
            legend={t('form.categories')}
            type="checkbox"
            registration={register('categories')}
            error={msg(errors.categories?.message)}
            options={choice.categories.map((c) => ({
              value: c,
              label: t(`catalog.category.${c}`, { ns: 'consents' }),
              ...(SPECIAL_CATEGORIES.has(c) ? { hint: t('form.special') } : {}),
            }))}
          />
        </>
      )}
      {values.categories.includes('identity-contact') && (
        <TextField
          {...register('contact')}
          id="referral-contact"
          label={t('form.contact')}
          hint={t('form.contactHint')}
          error={msg(errors.contact?.message)}
          maxLength={300}
          autoComplete="off"
        />
      )}
      <TextAreaField
        {...register('message')}
        id="referral-message"
        label={t('form.message')}
        hint={t('form.messageHint')}
        error={msg(errors.message?.message)}
        maxLength={1000}
      />
      <TextField
        {...register('sentBy')}
        id="referral-sent-by"
        label={t('form.sentBy')}
        error={msg(errors.sentBy?.message)}
        maxLength={200}
        autoComplete="off"
      />
      <section className="stack" aria-labelledby="referral-preview-title">
        <h2 id="referral-preview-title" className="kern-heading-medium">
          {t('form.preview')}
        </h2>
        {preview ? (
          <>
            <PackageView pkg={preview.package} />
            {/* The message travels with the data: the preview shows it as it is sent. */}
            {preview.message && (
              <div className="stack" data-testid="referral-preview-message">
                <h3 className="kern-heading-small">{t('form.previewMessage')}</h3>
                <p className="kern-body preserve-lines">{preview.message}</p>
              </div>
            )}
          </>
        ) : (
          <p className="kern-body">{t('form.previewEmpty')}</p>
        )}
      </section>
      {problem && <Alert tone="danger" title={runtimeT(t)(problem)} live="alert" />}
      <div className="row">
        <button
          type="submit"
          className="kern-btn kern-btn--primary"
          disabled={formState.isSubmitting}
        >
          <span className="kern-label">
            {t(choice && !choice.recipient.partnerOrgId ? 'form.submitLetter' : 'form.submit')}
          </span>
        </button>
      </div>
    </form>
  );
}
