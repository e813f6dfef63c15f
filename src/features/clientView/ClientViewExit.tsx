import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../storage/hooks/useVault';
import { PassphrasePrompt } from '../lock/PassphrasePrompt';

/**
 * The only way out of the client view, for the counsellor: the device passphrase, checked by
 * the vault with the lock screen's back-off (a wrong try here counts there too). In the
 * interface language, outside the client's region.
 */
export function ClientViewExit({ onLeave }: { onLeave: () => void }) {
  const { t } = useTranslation('conversation');
  const { verifyPassphrase } = useVault();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        className="kern-btn kern-btn--secondary"
        onClick={() => {
          setAsking(true);
        }}
      >
        <span className="kern-label">{t('clientView.close')}</span>
      </button>
    );
  }
  return (
    <section className="client-view__exit stack" aria-labelledby="client-view-exit">
      <p id="client-view-exit" className="kern-body">
        {t('clientView.askPassphrase')}
      </p>
      <PassphrasePrompt
        focusOnMount
        attempt={async (passphrase) => {
          await verifyPassphrase(passphrase);
          onLeave();
        }}
        label={t('clientView.passphrase')}
        submit={t('clientView.leave')}
        actions={
          <button
            type="button"
            className="kern-btn kern-btn--tertiary"
            onClick={() => {
              setAsking(false);
            }}
          >
            <span className="kern-label">{t('clientView.cancel')}</span>
          </button>
        }
      />
    </section>
  );
}
