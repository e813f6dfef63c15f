import { useTranslation } from 'react-i18next';
import { useVault } from '../../storage/hooks/useVault';
import { WipeDevicePanel } from '../settings/WipeDevicePanel';
import { PassphrasePrompt } from './PassphrasePrompt';

/**
 * Asks for the passphrase; after repeated failures it shows how long to wait. Below, the way
 * out for a forgotten passphrase: resetting the device (all local data is deleted).
 */
export function UnlockScreen() {
  const { t } = useTranslation('lock');
  const { unlock } = useVault();
  return (
    <section className="lock-screen stack" aria-labelledby="unlock-title">
      <h1 id="unlock-title" className="kern-heading-large">
        {t('unlock.title')}
      </h1>
      <p className="kern-body">{t('unlock.intro')}</p>
      <PassphrasePrompt
        attempt={unlock}
        label={t('unlock.passphrase')}
        submit={t('unlock.submit')}
      />
      {/* A forgotten passphrase must not brick the tablet: resetting is always possible. */}
      <WipeDevicePanel variant="forgotten" headingLevel={2} />
    </section>
  );
}
