import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivacyClient } from '../../app/sync/SyncProvider';
import type { RetentionSettingsWire } from '../../protocol';
import { Alert } from '../../ui/Alert';
import { privacyProblem } from './problem';

const REFERENCE_MODES = ['none', 'short-id', 'file-reference'] as const;
type Flag = 'confirmFirst' | 'statutoryRetention' | 'counsellorAccessExport';
const FLAGS: readonly { flag: Flag; hint: boolean }[] = [
  { flag: 'confirmFirst', hint: true },
  { flag: 'statutoryRetention', hint: true },
  { flag: 'counsellorAccessExport', hint: false },
];

type Props = {
  client: PrivacyClient;
  settings: RetentionSettingsWire;
  /** After a save: the screen reloads (and remounts this form from the saved settings). */
  onSaved: () => void;
  /** The user changes a choice: an earlier "saved" notice no longer applies. */
  onEdit: () => void;
};

/**
 * The organisation's retention settings. Online only: a failed save leaves the server's
 * settings as they were and keeps the form's choices for another try.
 */
export function RetentionSettingsForm({ client, settings, onSaved, onEdit }: Props) {
  const { t } = useTranslation('privacy');
  const id = useId();
  const [draft, setDraft] = useState(settings);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<{ key: string; code: string }>();

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setProblem(undefined);
    try {
      await client.saveSettings(draft);
      onSaved();
    } catch (error) {
      setProblem(privacyProblem(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="stack" noValidate onSubmit={(e) => void onSubmit(e)}>
      {FLAGS.map(({ flag, hint }) => (
        <div className="kern-form-check" key={flag}>
          <input
            id={`${id}-${flag}`}
            type="checkbox"
            className="kern-form-check__checkbox"
            checked={draft[flag]}
            aria-describedby={hint ? `${id}-${flag}-hint` : undefined}
            onChange={(e) => {
              setDraft({ ...draft, [flag]: e.target.checked });
              onEdit();
            }}
          />
          <label className="kern-label" htmlFor={`${id}-${flag}`}>
            {t(`settings.${flag}`)}
          </label>
          {hint && (
            <span className="kern-hint choice-hint" id={`${id}-${flag}-hint`}>
              {t(`settings.${flag}Hint`)}
            </span>
          )}
        </div>
      ))}
      <fieldset className="kern-fieldset" aria-describedby={`${id}-refs-hint`}>
        <legend className="kern-label">{t('settings.references')}</legend>
        <div className="kern-fieldset__body">
          <p className="kern-hint privacy-fieldset-hint" id={`${id}-refs-hint`}>
            {t('settings.referencesHint')}
          </p>
          {REFERENCE_MODES.map((mode) => (
            <div className="kern-form-check" key={mode}>
              <input
                id={`${id}-refs-${mode}`}
                type="radio"
                name={`${id}-refs`}
                className="kern-form-check__radio"
                checked={draft.previewReferences === mode}
                onChange={() => {
                  setDraft({ ...draft, previewReferences: mode });
                  onEdit();
                }}
              />
              <label className="kern-label" htmlFor={`${id}-refs-${mode}`}>
                {t(`settings.referenceOptions.${mode}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="row">
        <button
          type="submit"
          className="kern-btn kern-btn--primary"
          aria-disabled={saving || undefined}
        >
          <span className="kern-label">{saving ? t('settings.saving') : t('settings.save')}</span>
        </button>
      </div>
      {problem && (
        <Alert tone="danger" live="alert" title={t(problem.key, { code: problem.code })} />
      )}
    </form>
  );
}
