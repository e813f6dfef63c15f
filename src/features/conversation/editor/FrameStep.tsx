import { useTranslation } from 'react-i18next';
import type { Participant, RecordIssue } from '../../../domain';
import { TextField } from '../../../ui/TextField';
import { ParticipantsEditor } from './ParticipantsEditor';
import { ValidatedDateField } from './ValidatedDateField';
import type { SessionState } from './sessionState';

type Props = {
  state: SessionState;
  issues: readonly RecordIssue[];
  onChange: (patch: Partial<SessionState>) => void;
  newId: () => string;
};

/** "Rahmendaten": date, place, time and participants of the conversation. */
export function FrameStep({ state, issues, onChange, newId }: Props) {
  const { t } = useTranslation(['conversation', 'record']);
  const issue = (path: string) => issues.find((i) => i.path === path)?.code;
  const message = (path: string) => {
    const code = issue(path);
    return code ? t(code, { ns: 'record' }) : undefined;
  };
  return (
    <div className="stack">
      <ValidatedDateField
        id="session-date"
        label={t('frame.date')}
        value={state.asOf}
        required
        error={issue('asOf')}
        onChange={(asOf) => {
          if (asOf) onChange({ asOf });
        }}
      />
      <TextField
        label={t('frame.place')}
        value={state.place ?? ''}
        maxLength={200}
        error={message('place')}
        onChange={(e) => {
          onChange({ place: e.target.value });
        }}
      />
      <div className="row">
        {(['startTime', 'endTime'] as const).map((name) => (
          <TextField
            key={name}
            label={t(`frame.${name}`)}
            hint={t('frame.timeHint')}
            inputMode="numeric"
            maxLength={5}
            value={state[name] ?? ''}
            error={message(name)}
            onChange={(e) => {
              onChange({ [name]: e.target.value });
            }}
          />
        ))}
      </div>
      <ParticipantsEditor
        value={state.participants}
        newId={newId}
        onChange={(participants: Participant[]) => {
          onChange({ participants });
        }}
      />
    </div>
  );
}
