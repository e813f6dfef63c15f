// A client device for integration tests: real encrypted storage (fake-indexeddb), the real
// sync engine, signed in to the test server over the given transport.
import { caseRepository } from '../../../../src/storage/cases/caseRepository';
import { consentRepository } from '../../../../src/storage/consents/consentRepository';
import { referralRepository } from '../../../../src/storage/referrals/referralRepository';
import { sessionRepository } from '../../../../src/storage/sessions/sessionRepository';
import { accountStore } from '../../../../src/storage/sync/account';
import { conflictRepository } from '../../../../src/storage/sync/conflictRepository';
import { replica, type ReplicaOptions } from '../../../../src/storage/sync/replica';
import { signIn } from '../../../../src/sync/account';
import { syncOnce } from '../../../../src/sync/syncEngine';
import type { SyncTransport } from '../../../../src/sync/transport';
import { unlockedVault } from '../../../support/storageTesting';

export async function clientDevice(
  transport: SyncTransport,
  user: { email: string; password: string },
  appOptions: ReplicaOptions = {},
) {
  const { db, vault } = await unlockedVault('client');
  const t = transport;
  const rep = replica(vault, appOptions);
  const accounts = accountStore(vault);
  const deps = { transport: t, replica: rep, accounts };
  let wiped = false;
  const consents = consentRepository(vault);
  // A fresh device: its own clientId, so sign in as a second device of the same user is
  // not possible (devices bind to one user) — each test user gets one device per call.
  await signIn(deps, { ...user, deviceName: 'Testtablet' });
  return {
    db,
    vault,
    cases: caseRepository(vault),
    sessions: sessionRepository(vault),
    consents,
    referrals: referralRepository(vault, consents),
    get replica() {
      return deps.replica;
    },
    conflicts: conflictRepository(vault),
    deps,
    /** The app is updated: same device and data, another version (and validation). */
    updateApp(options: ReplicaOptions) {
      deps.replica = replica(vault, options);
    },
    wiped: () => wiped,
    sync: () =>
      syncOnce({
        ...deps,
        onRevoked: async () => {
          wiped = true;
          vault.lock();
          await db.delete();
        },
      }),
  };
}
