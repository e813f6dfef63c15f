import { useState, type ComponentPropsWithRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/TextField';

type Props = Omit<ComponentPropsWithRef<'input'>, 'type'> & {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
};

/** A passphrase input with a show/hide toggle (typing long passphrases on a tablet is hard). */
export function PassphraseField(props: Props) {
  const { t } = useTranslation('lock');
  const [visible, setVisible] = useState(false);
  return (
    <div className="passphrase-field">
      <TextField
        autoComplete="current-password"
        {...props}
        type={visible ? 'text' : 'password'}
        autoCapitalize="off"
        spellCheck={false}
      />
      <button
        type="button"
        className="kern-btn kern-btn--tertiary"
        aria-pressed={visible}
        onClick={() => {
          setVisible((v) => !v);
        }}
      >
        <span className="kern-label">{t('lock.show')}</span>
      </button>
    </div>
  );
}
