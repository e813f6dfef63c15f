import { useTranslation } from 'react-i18next';
import type { Conflict, JsonValue } from '../../protocol';
import { runtimeT } from '../../i18n/runtimeKeys';
import { conflictValueText } from './conflictText';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One side of a conflict as text: in words where the form shows words (country and language
 * names, option labels, participants), dates in the UI language's format, other structured
 * values as indented text (rare: answers) — exact rather than pretty, so the counsellor sees
 * precisely what each side holds.
 */
export function ConflictValue({
  conflict,
  value,
}: {
  conflict: Pick<Conflict, 'entity' | 'field'>;
  value: JsonValue | null;
}) {
  const { t, i18n } = useTranslation(['sync', 'cases', 'script', 'conversation']);
  if (value === null || value === '') {
    return <span className="kern-body">{t('conflicts.empty')}</span>;
  }
  const words = conflictValueText(conflict, value, runtimeT(t), i18n.language);
  if (words !== undefined) return <span className="kern-body preserve-lines">{words}</span>;
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
