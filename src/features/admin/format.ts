import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Formats ISO timestamps as date and time in the UI language (e.g. „12.03.2026, 14:05“). */
export function useDateTime(): (iso: string | Date) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    return (value) => format.format(typeof value === 'string' ? new Date(value) : value);
  }, [language]);
}
