import { FACT_FIELD_INFO, isFactField, type CaseFacts } from '../../domain';
import { formatDisplayDate, formatList } from '../conversation/assessments/format';
import { nationalityLabel } from '../../ui/nationalityLabel';
import { languageName } from '../../ui/clientFormat';
import { type RuntimeT } from '../../i18n/runtimeKeys';

/**
 * A fact as a counsellor reads it (option labels, dates, lists), in the UI language. Complex
 * facts (status history, applications) are summarised by their number of entries.
 */
export function factValueText(
  field: string,
  value: unknown,
  t: RuntimeT,
  language: string,
): string {
  if (!isFactField(field)) return '';
  const info = FACT_FIELD_INFO[field];
  const option = (v: string) =>
    info.optionSet ? t(`facts.options.${info.optionSet}.${v}`, { ns: 'script' }) : v;
  switch (info.input) {
    case 'date':
      return typeof value === 'string' ? formatDisplayDate(value, language) : '';
    case 'nationality':
      return typeof value === 'string'
        ? nationalityLabel(value, language, {
            stateless: t('nationality.stateless', { ns: 'cases' }),
            unknown: t('nationality.unknown', { ns: 'cases' }),
          })
        : '';
    case 'languages':
      // Names, never codes: "Persisch", not "fa".
      return Array.isArray(value)
        ? formatList(
            value.map((code) => languageName(String(code), language)),
            language,
          )
        : '';
    case 'single-choice':
      return typeof value === 'string' ? option(value) : '';
    case 'multi-choice':
      return Array.isArray(value)
        ? formatList(
            value.map((v) => option(String(v))),
            language,
          )
        : '';
    case 'count':
    case 'hours':
      return typeof value === 'number' ? String(value) : '';
    case 'status-history':
    case 'applications':
      return Array.isArray(value)
        ? t('package.entries', { ns: 'referrals', count: value.length })
        : '';
  }
}

/** The facts of a package in catalogue order. */
export function factEntries(facts: CaseFacts | undefined): [string, unknown][] {
  if (!facts) return [];
  return Object.keys(FACT_FIELD_INFO)
    .filter((f) => (facts as Record<string, unknown>)[f] !== undefined)
    .map((f) => [f, (facts as Record<string, unknown>)[f]]);
}
