import {
  composeReferralPackage,
  referableRecipients,
  sessionAssessments,
  type CaseRecord,
  type ConsentPurpose,
  type ConsentRevocation,
  type ConversationSession,
  type DataCategory,
  type IsoDate,
  type RecipientConsentState,
  type ReferralDraft,
  type SignedConsent,
} from '../../domain';

/** The referral form. Nothing is pre-selected: the counsellor chooses what is needed. */
export type ReferralFormValues = {
  /** `${consentId}/${recipientId}` of a referable recipient. */
  recipient: string;
  purpose: ConsentPurpose | '';
  categories: DataCategory[];
  contact: string;
  message: string;
  /** Counsellor sending it, as the recipient will see it. */
  sentBy: string;
};

export const EMPTY_REFERRAL_FORM: ReferralFormValues = {
  recipient: '',
  purpose: '',
  categories: [],
  contact: '',
  message: '',
  sentBy: '',
};

export const recipientKey = (s: RecipientConsentState) => `${s.consentId}/${s.recipient.id}`;

/** Recipients a referral may go to today, each with its consent's purposes and categories. */
export function referralChoices(
  consents: readonly SignedConsent[],
  revocations: readonly ConsentRevocation[],
  asOf: IsoDate,
): RecipientConsentState[] {
  return referableRecipients(consents, revocations, asOf).filter(
    (s) => s.purposes.length > 0 && s.categories.length > 0,
  );
}

/** The latest finalised conversation with the pathways of its day, for counselling results. */
export function latestFinalised(record: CaseRecord, sessions: readonly ConversationSession[]) {
  const session = [...sessions]
    .filter((s) => s.status === 'finalised')
    .sort((a, b) => b.asOf.localeCompare(a.asOf))[0];
  if (!session) return undefined;
  try {
    return { session, pathways: sessionAssessments(session, record).pathways };
  } catch {
    // Facts the engine refuses (e.g. damaged data): the results are left out, not guessed.
    return undefined;
  }
}

export type FormProblem = { field: keyof ReferralFormValues; code: string };

/** Checks the form; the domain gate checks the consent again when sending. */
export function formProblems(
  values: ReferralFormValues,
  choice: RecipientConsentState | undefined,
): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!choice) problems.push({ field: 'recipient', code: 'referrals:validation.recipient' });
  if (values.purpose === '' || (choice && !choice.purposes.includes(values.purpose))) {
    problems.push({ field: 'purpose', code: 'referrals:validation.purpose' });
  }
  if (values.categories.length === 0) {
    problems.push({ field: 'categories', code: 'referrals:validation.categories' });
  }
  if (values.contact.trim().length > 300) {
    problems.push({ field: 'contact', code: 'referrals:validation.contact' });
  }
  const sentBy = values.sentBy.trim();
  if (sentBy.length === 0 || sentBy.length > 200) {
    problems.push({ field: 'sentBy', code: 'referrals:validation.name' });
  }
  if (values.message.trim().length > 1000) {
    problems.push({ field: 'message', code: 'referrals:validation.message' });
  }
  return problems;
}

/** The referral as it will be sent (channel by whether the recipient uses Perspektive). */
export function toDraft(input: {
  values: ReferralFormValues;
  choice: RecipientConsentState;
  record: CaseRecord;
  sessions: readonly ConversationSession[];
  sentAt: string;
}): ReferralDraft {
  const { values, choice } = input;
  const categories = values.categories.filter((c) => choice.categories.includes(c));
  const latest = latestFinalised(input.record, input.sessions);
  const message = values.message.trim();
  const partner = choice.recipient.partnerOrgId;
  return {
    caseId: input.record.id,
    consentId: choice.consentId,
    recipientId: choice.recipient.id,
    recipientName: choice.recipient.name,
    ...(partner ? { channel: 'perspektive', targetOrgId: partner } : { channel: 'letter' }),
    purpose: values.purpose as ConsentPurpose,
    categories,
    package: composeReferralPackage(
      {
        caseRecord: input.record,
        ...(latest ? { latest } : {}),
        ...(values.contact.trim() ? { contact: values.contact } : {}),
      },
      categories,
    ),
    ...(message ? { message } : {}),
    sentAt: input.sentAt,
    sentBy: values.sentBy.trim(),
  };
}
