// Validation codes of referrals and incoming referrals. They
// double as i18n keys of the counsellor UI (locales/<lang>/referrals.json → validation).
export const REFERRAL_VALIDATION = {
  invalid: 'referrals:validation.invalid',
  recipient: 'referrals:validation.recipient',
  purpose: 'referrals:validation.purpose',
  categories: 'referrals:validation.categories',
  message: 'referrals:validation.message',
  contact: 'referrals:validation.contact',
  report: 'referrals:validation.report',
  name: 'referrals:validation.name',
} as const;
