import { useTranslation } from 'react-i18next';
import type { JsonValue } from '../../protocol';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One side of a conflict as text: dates in the UI language's format, lists and structured
 * values as indented text (rare: answers, participants) — exact rather than pretty, so the
 * counsellor sees precisely what each side holds.
 */
export function ConflictValue({ value }: { value: JsonValue | null }) {
  const { t, i18n } = useTranslation('sync');
  if (value === null || value === '') {
    return <span className="kern-body">{t('conflicts.empty')}</span>;
  }
  if (typeof value === 'string' && ISO_DATE.test(value)) {
    return (
      <span className="kern-body">
        {new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
          new Date(`${value}T00:00:00Z`),
        )}
      </span>
    );
  }
  if (typeof value === 'object') {
    return <pre className="conflict-value">{JSON.stringify(value, null, 2)}</pre>;
  }
  if (typeof value === 'boolean') {
    return <span className="kern-body">{t(value ? 'conflicts.yes' : 'conflicts.no')}</span>;
  }
  return <span className="kern-body preserve-lines">{String(value)}</span>;
}
