// Stable validation codes. They double as i18n keys (locales/<lang>/script.json → facts.validation)
// so a form resolver can show them with t() and tests can assert on them.
export const VALIDATION = {
  date: 'facts.validation.date',
  nonNegativeInteger: 'facts.validation.non-negative-integer',
  hoursPerWeek: 'facts.validation.hours-per-week',
  nationality: 'facts.validation.nationality',
  language: 'facts.validation.language',
  option: 'facts.validation.option',
  periodOrder: 'facts.validation.period-order',
  unknownField: 'facts.validation.unknown-field',
} as const;

export type ValidationCode = (typeof VALIDATION)[keyof typeof VALIDATION];
