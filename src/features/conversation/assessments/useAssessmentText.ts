import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { namespaceOf } from '../../../domain';
import type { IsoDate } from '../../../domain';
import { formatDisplayDate, formatList } from './format';

/** Namespaces the panels read: their own strings, the rule texts and the fact labels. */
export const ASSESSMENT_NAMESPACES = ['assessments', 'rules', 'script'] as const;

/**
 * Translation helpers for the panels: `t` for the panels' own strings (`assessments.*`),
 * `text` for keys emitted by the domain (routed to their namespace with `namespaceOf`),
 * and date/list formatting in the UI language.
 */
export function useAssessmentText() {
  const { t, i18n } = useTranslation(ASSESSMENT_NAMESPACES);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const text = useCallback((key: string) => t(key, { ns: namespaceOf(key) ?? 'rules' }), [t]);
  return useMemo(
    () => ({
      t,
      text,
      language,
      date: (value: IsoDate) => formatDisplayDate(value, language),
      list: (items: readonly string[]) => formatList(items, language),
    }),
    [t, text, language],
  );
}

export type AssessmentText = ReturnType<typeof useAssessmentText>;
