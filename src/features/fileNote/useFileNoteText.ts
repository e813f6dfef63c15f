import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { namespaceOf, type FileNoteLine } from '../../domain';
import { germanParams } from './germanFormat';

/** Namespaces the file note's keys live in (see namespaceOf). */
export const FILE_NOTE_NAMESPACES = ['record', 'script', 'rules'] as const;

/**
 * Translates file-note keys and lines, always in German (the note goes into the German
 * file, whatever the UI language). `refs` are keys themselves and are translated first;
 * `params` are interpolated after ISO dates and datetimes are formatted.
 */
export function useFileNoteText() {
  const { t } = useTranslation(FILE_NOTE_NAMESPACES, { lng: 'de' });
  return useMemo(() => {
    const key = (k: string, values?: Record<string, string | number>): string =>
      t(k, { ns: namespaceOf(k) ?? 'record', ...(values ? { replace: values } : {}) });
    const line = (l: FileNoteLine): string => {
      if ('text' in l) return l.text;
      const refs = Object.fromEntries(
        Object.entries(l.refs ?? {}).map(([name, refKey]) => [name, key(refKey)]),
      );
      return key(l.key, { ...germanParams(l.params), ...refs });
    };
    return { key, line };
  }, [t]);
}
