import { lazy, Suspense, useEffect, useState } from 'react';
import { SetupScreen } from '../features/lock/SetupScreen';
import { UnlockScreen } from '../features/lock/UnlockScreen';
import { useVault } from '../storage/hooks/useVault';
import { onVaultAnnounced } from '../storage/vault/current';
import type * as AppModule from './App';
import { BootScreen } from './BootScreen';

// The app (storage, encryption, validation, sync, screens) is one lazily loaded chunk. It is
// requested once storage has loaded, which the passphrase form starts when it is first used
// (storage/hooks/useVault.ts), so both load while the passphrase is typed; nothing of either
// is needed to paint the form.
let appChunk: Promise<typeof AppModule> | undefined;
const loadApp = () => (appChunk ??= import('./App'));
const App = lazy(() => loadApp().then((m) => ({ default: m.App })));
const preloadApp = () => {
  loadApp().catch(() => undefined); // a failed load is retried when the app renders
};

/**
 * The first screen, from the boot chunk: the set-up or unlock form (the largest element of
 * a cold start) inside the boot header. Which form comes from a plain IndexedDB read
 * (storage/vault/probe.ts); set-up and unlock load the vault on submit at the latest, and
 * it is the app's one vault, so the passphrase never leaves memory and the back-off is the
 * vault's. Once unlocked, the app takes over for good: locking later is its VaultGate's job.
 */
export function Boot() {
  const { state } = useVault();
  useEffect(() => onVaultAnnounced(preloadApp), []);
  const [entered, setEntered] = useState(false);
  if (state === 'unlocked' && !entered) setEntered(true);
  if (entered || state === 'unlocked') {
    return (
      <Suspense fallback={<BootScreen />}>
        <App />
      </Suspense>
    );
  }
  if (state === undefined) return <BootScreen />;
  return (
    <BootScreen>
      <Suspense fallback={null}>{state === 'no-key' ? <SetupScreen /> : <UnlockScreen />}</Suspense>
    </BootScreen>
  );
}
