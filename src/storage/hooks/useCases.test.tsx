import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CaseProfile } from '../../domain';
import { template } from '../../domain/sessions/sessions.fixtures';
import { getRepositories, getVault } from '../appStorage';
import { getDb } from '../db';
import { Vault } from '../vault/vault';
import { useCaseDetail, useRecordActions, useSessionDetail, useUnsyncedCount } from './useCases';

const PASSPHRASE = 'Korrekt Pferd 7 Batterie';

const profile = (displayName: string): CaseProfile => ({
  displayName,
  pseudonymised: false,
  createdOn: '2026-10-01',
});

beforeAll(async () => {
  // The app's vault uses the default (slow) PBKDF2 iterations for NEW keys only; unlocking
  // uses the iterations stored with the key. So create the key with a fast vault over the
  // same database, then unlock the app's singleton with it.
  await new Vault(getDb(), { iterations: 1_000 }).setUp(PASSPHRASE);
  await getVault().unlock(PASSPHRASE);
});

/** A case with one session, and a vault whose decrypted cache was just dropped (lock). */
async function coldSessionAndCase() {
  const { cases, sessions } = getRepositories();
  const record = await cases.create(profile('Amal Haddad'));
  const session = await sessions.start({ caseId: record.id, template, asOf: '2026-11-20' });
  getVault().lock();
  await getVault().unlock(PASSPHRASE);
  return { record, session };
}

// Vitest runs without globals, so Testing Library cannot register its cleanup itself.
afterEach(async () => {
  cleanup();
  const db = getDb();
  await Promise.all([db.cases.clear(), db.sessions.clear(), db.outbox.clear()]);
});

describe('useCaseDetail', () => {
  it('is null for an unknown case', async () => {
    const { result } = renderHook(() => useCaseDetail(crypto.randomUUID()));
    expect(result.current).toBeUndefined();
    await waitFor(() => {
      expect(result.current).toBeNull();
    });
  });

  it('returns the case with its sessions and follows changes and a new id', async () => {
    const { cases, sessions } = getRepositories();
    const a = await cases.create(profile('A'));
    const b = await cases.create(profile('B'));
    const session = await sessions.start({ caseId: a.id, template, asOf: '2026-11-20' });

    const { result, rerender } = renderHook(({ id }) => useCaseDetail(id), {
      initialProps: { id: a.id },
    });
    await waitFor(() => {
      expect(result.current).toEqual({ record: a, sessions: [session] });
    });

    const saved = await sessions.saveDraft(session.id, { place: 'Raum 5' });
    await waitFor(() => {
      expect(result.current?.sessions).toEqual([saved]);
    });

    rerender({ id: b.id });
    await waitFor(() => {
      expect(result.current).toEqual({ record: b, sessions: [] });
    });
  });
});

describe('useSessionDetail', () => {
  it('is null for an unknown session', async () => {
    const { result } = renderHook(() => useSessionDetail(crypto.randomUUID()));
    await waitFor(() => {
      expect(result.current).toBeNull();
    });
  });

  it('returns the session with its case and follows changes of both', async () => {
    const { cases, sessions } = getRepositories();
    const record = await cases.create(profile('Amal Haddad'));
    const session = await sessions.start({ caseId: record.id, template, asOf: '2026-11-20' });

    const { result } = renderHook(() => useSessionDetail(session.id));
    await waitFor(() => {
      expect(result.current).toEqual({ session, record });
    });

    const saved = await sessions.saveDraft(session.id, { startTime: '09:30' });
    await waitFor(() => {
      expect(result.current?.session).toEqual(saved);
    });
    const renamed = await cases.updateProfile(record.id, { displayName: 'Amal H.' });
    await waitFor(() => {
      expect(result.current?.record).toEqual(renamed);
    });
  });

  // Regression: with a cold cache (right after unlock, or a session written by another tab
  // or by sync) the session used to be decrypted BEFORE the case was read; the live query
  // lost its Dexie zone at that WebCrypto await and never noticed later case changes.
  it('follows changes of the case also when first read right after unlock', async () => {
    const { record, session } = await coldSessionAndCase();
    const { result } = renderHook(() => useSessionDetail(session.id));
    await waitFor(() => {
      expect(result.current?.record).toEqual(record);
    });
    const renamed = await getRepositories().cases.updateProfile(record.id, {
      displayName: 'Amal H.',
    });
    await waitFor(() => {
      expect(result.current?.record).toEqual(renamed);
    });
  });
});

describe('useUnsyncedCount', () => {
  it('counts outbox rows, one per changed record', async () => {
    const { result } = renderHook(() => useUnsyncedCount());
    await waitFor(() => {
      expect(result.current).toBe(0);
    });
    const { cases, sessions } = useRecordActions();
    const record = await cases.create(profile('A'));
    await waitFor(() => {
      expect(result.current).toBe(1);
    });
    const session = await sessions.start({ caseId: record.id, template, asOf: '2026-11-20' });
    await sessions.saveDraft(session.id, { place: 'Raum 5' }); // merges into the pending entry
    await cases.updateFacts(record.id, { nationality: 'SY' });
    await waitFor(() => {
      expect(result.current).toBe(2);
    });
    await getDb().outbox.clear();
    await waitFor(() => {
      expect(result.current).toBe(0);
    });
  });
});
