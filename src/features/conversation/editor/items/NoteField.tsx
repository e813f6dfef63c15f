import { useTranslation } from 'react-i18next';
import type { NoteItem } from '../../../../domain';

type Props = { item: NoteItem; value: string; onChange: (value: string) => void };

export const NOTE_MAX_LENGTH = 5000;

/** Free text for the file (never shown in the client view or the client's summary). */
export function NoteField({ item, value, onChange }: Props) {
  const { t } = useTranslation(['script', 'conversation']);
  const id = `note-${item.id}`;
  return (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={id}>
        {t(item.labelKey)}
        {item.required && (
          <span className="required-marker">{t('conversation:items.required')}</span>
        )}
      </label>
      {item.hintKey && (
        <div className="kern-hint" id={`${id}-hint`}>
          {t(item.hintKey)}
        </div>
      )}
      <textarea
        id={id}
        className="kern-form-input__input"
        rows={4}
        maxLength={NOTE_MAX_LENGTH}
        aria-describedby={item.hintKey ? `${id}-hint` : undefined}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      />
    </div>
  );
}
