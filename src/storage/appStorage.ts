import { getDb } from './db';
import { Vault } from './vault/vault';
import { caseRepository, type CaseRepository } from './cases/caseRepository';
import { sessionRepository, type SessionRepository } from './sessions/sessionRepository';
import { consentRepository, type ConsentRepository } from './consents/consentRepository';
import { referralRepository, type ReferralRepository } from './referrals/referralRepository';
import { caseIndex, type CaseIndex } from './caseIndex/caseIndex';
import { followUpIndex, type FollowUpIndex } from './caseIndex/followUpIndex';
import { announceVault } from './vault/current';

type Repositories = {
  cases: CaseRepository;
  sessions: SessionRepository;
  consents: ConsentRepository;
  referrals: ReferralRepository;
  /** The case list's digests (derived from cases and sessions). */
  caseIndex: CaseIndex;
  /** The follow-up list's digests (derived from cases and sessions). */
  followUpIndex: FollowUpIndex;
};

/** The app's single vault and repositories over the shared database (created lazily). */
let vault: Vault | undefined;
let repositories: Repositories | undefined;

export function getVault(): Vault {
  if (!vault) {
    const db = getDb();
    const created = new Vault(db);
    // Another tab deletes the database (wipe, revoked device) or upgrades its schema: Dexie
    // closes this connection; drop the key and every decrypted value here too, so this tab
    // shows the lock or set-up screen instead of data that no longer exists on disk.
    db.on('versionchange', () => {
      created.lock();
    });
    vault = created;
    announceVault(created);
  }
  return vault;
}

export function getRepositories(): Repositories {
  if (!repositories) {
    const consents = consentRepository(getVault());
    const cases = caseRepository(getVault());
    const sessions = sessionRepository(getVault());
    repositories = {
      cases,
      sessions,
      caseIndex: caseIndex(getVault(), { cases, sessions }),
      followUpIndex: followUpIndex(getVault(), { cases, sessions }),
      consents,
      referrals: referralRepository(getVault(), consents),
    };
  }
  return repositories;
}
