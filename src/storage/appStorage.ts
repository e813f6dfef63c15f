import { getDb } from './db';
import { Vault } from './vault/vault';
import { caseRepository, type CaseRepository } from './cases/caseRepository';
import { sessionRepository, type SessionRepository } from './sessions/sessionRepository';

/** The app's single vault and repositories over the shared database (created lazily). */
let vault: Vault | undefined;
let repositories: { cases: CaseRepository; sessions: SessionRepository } | undefined;

export function getVault(): Vault {
  vault ??= new Vault(getDb());
  return vault;
}

export function getRepositories(): { cases: CaseRepository; sessions: SessionRepository } {
  repositories ??= {
    cases: caseRepository(getVault()),
    sessions: sessionRepository(getVault()),
  };
  return repositories;
}
