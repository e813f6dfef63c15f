import { useTranslation } from 'react-i18next';
import type { AutosaveStatus } from './useAutosave';

/** "Gespeichert 10:31" / "Wird gespeichert …" / failure, announced politely. */
export function AutosaveStatusLine({
  status,
  savedAt,
}: {
  status: AutosaveStatus[];
  savedAt: Date | undefined;
}) {
  const { t, i18n } = useTranslation('conversation');
  const worst = status.includes('failed')
    ? 'failed'
    : status.some((s) => s === 'pending' || s === 'saving')
      ? 'saving'
      : savedAt
        ? 'saved'
        : 'idle';
  const time = savedAt
    ? new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(savedAt)
    : '';
  return (
    <span role="status" className={`autosave autosave--${worst}`}>
      {t(`autosave.${worst}`, { time })}
    </span>
  );
}
