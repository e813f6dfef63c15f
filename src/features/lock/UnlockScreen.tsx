import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../storage/hooks/useVault';
import { PassphrasePrompt } from './PassphrasePrompt';

// The way out for a forgotten passphrase needs storage (it counts unsynced changes and
// deletes the database); it loads on its own below the form, which renders from the boot
// chunk without storage (see storage/hooks/useVault.ts).
const WipeDevicePanel = lazy(() =>
  import('../settings/WipeDevicePanel').then((m) => ({ default: m.WipeDevicePanel })),
);

/**
 * Asks for the passphrase; after repeated failures it shows how long to wait. Below, the way
 * out for a forgotten passphrase: resetting the device (all local data is deleted).
 */
export function UnlockScreen() {
  const { t } = useTranslation('lock');
  const { unlock, preload } = useVault();
  return (
    <section className="lock-screen stack" aria-labelledby="unlock-title">
      <h1 id="unlock-title" className="kern-heading-large">
        {t('unlock.title')}
      </h1>
      <p className="kern-body">{t('unlock.intro')}</p>
      <PassphrasePrompt
        attempt={unlock}
        // Storage loads while the passphrase is typed, so unlocking starts without a wait.
        onFocus={preload}
        label={t('unlock.passphrase')}
        submit={t('unlock.submit')}
      />
      {/* A forgotten passphrase must not brick the tablet: resetting is always possible. */}
      <Suspense fallback={null}>
        <WipeDevicePanel variant="forgotten" headingLevel={2} />
      </Suspense>
    </section>
  );
}
