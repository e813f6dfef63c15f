import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AgreedAction, CaseProfile } from '../../domain';
import { draft as fixtureDraft, template } from '../../domain/sessions/sessions.fixtures';
import { getRepositories, getVault } from '../appStorage';
import { getDb } from '../db';
import { Vault } from '../vault/vault';
import {
  useCaseDetail,
  useCaseOverviews,
  useFollowUps,
  useRecordActions,
  useSessionDetail,
  useUnsyncedCount,
} from './useCases';

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

describe('useCaseOverviews', () => {
  it('is undefined while loading, then lists cases and follows later writes', async () => {
    const { result } = renderHook(() => useCaseOverviews());
    expect(result.current).toBeUndefined();
    await waitFor(() => {
      expect(result.current).toEqual([]);
    });

    const { cases } = getRepositories();
    const record = await cases.create(profile('Amal Haddad'), { nationality: 'SY' });
    await waitFor(() => {
      expect(result.current).toHaveLength(1);
    });
    expect(result.current?.[0]).toEqual({
      record,
      sessions: [],
      openSessions: 0,
      unsynced: true,
    });

    const renamed = await cases.updateProfile(record.id, { displayName: 'Amal H.' });
    await waitFor(() => {
      expect(result.current?.[0]?.record).toEqual(renamed);
    });
  });

  it('attaches sessions per case, latest first, and counts drafts as open', async () => {
    const { cases, sessions } = getRepositories();
    const a = await cases.create(profile('A'));
    const b = await cases.create(profile('B'));
    const older = await sessions.start({ caseId: a.id, template, asOf: '2026-11-02' });
    const newer = await sessions.start({ caseId: a.id, template, asOf: '2026-11-19' });
    await sessions.start({ caseId: b.id, template, asOf: '2026-11-10' });
    await sessions.finalise(older.id, a, 'Frau Berger');

    const { result } = renderHook(() => useCaseOverviews());
    await waitFor(() => {
      expect(result.current).toHaveLength(2);
    });
    const byName = (name: string) =>
      result.current?.find((o) => o.record.profile.displayName === name);
    expect(byName('A')?.sessions.map((s) => s.id)).toEqual([newer.id, older.id]);
    expect(byName('A')?.openSessions).toBe(1);
    expect(byName('B')?.sessions).toHaveLength(1);
    expect(byName('B')?.openSessions).toBe(1);

    await sessions.finalise(newer.id, a, 'Frau Berger');
    await waitFor(() => {
      expect(byName('A')?.openSessions).toBe(0);
    });
  });

  it('marks a case unsynced while the outbox holds entries for it', async () => {
    const { cases } = getRepositories();
    const a = await cases.create(profile('A'));
    const b = await cases.create(profile('B'));
    const db = getDb();
    await db.outbox.where('caseId').equals(b.id).delete(); // as if B had been pushed

    const { result } = renderHook(() => useCaseOverviews());
    await waitFor(() => {
      expect(result.current).toHaveLength(2);
    });
    const unsynced = () =>
      Object.fromEntries(result.current?.map((o) => [o.record.id, o.unsynced]) ?? []);
    expect(unsynced()).toEqual({ [a.id]: true, [b.id]: false });

    await cases.updateFacts(b.id, { nationality: 'AF' });
    await waitFor(() => {
      expect(unsynced()).toEqual({ [a.id]: true, [b.id]: true });
    });
    await db.outbox.clear();
    await waitFor(() => {
      expect(unsynced()).toEqual({ [a.id]: false, [b.id]: false });
    });
  });
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

describe('useFollowUps', () => {
  it('lists open agreed actions and the next appointment by urgency', async () => {
    const { cases, sessions } = getRepositories();
    const record = await cases.create(profile('Amal Haddad'));
    const session = await sessions.start({ caseId: record.id, template, asOf: '2026-11-20' });
    await sessions.saveDraft(session.id, {
      answers: fixtureDraft.answers,
      nextAppointment: fixtureDraft.nextAppointment,
    });

    const { result } = renderHook(() => useFollowUps('2026-12-05'));
    await waitFor(() => {
      expect(result.current).toHaveLength(3);
    });
    const base = { caseId: record.id, sessionId: session.id };
    expect(result.current).toEqual([
      {
        ...base,
        kind: 'action',
        dueDate: '2026-12-01',
        urgency: 'overdue',
        actionId: 'a1',
        actionKey: 'rules.aufenthg-25b.requirement.german-a2.action',
        responsible: 'client',
      },
      {
        ...base,
        kind: 'appointment',
        dueDate: '2026-12-10',
        urgency: 'soon',
        time: '10:00',
        place: 'Raum 3',
      },
      {
        ...base,
        kind: 'action',
        urgency: 'no-date',
        actionId: 'a2',
        text: 'Passantrag stellen',
        responsible: 'client',
      },
    ]);

    // A done action drops out.
    const actions = fixtureDraft.answers.actions as readonly AgreedAction[];
    await sessions.saveDraft(session.id, {
      answers: {
        ...fixtureDraft.answers,
        actions: actions.map((a) => (a.id === 'a1' ? { ...a, done: true } : a)),
      },
    });
    await waitFor(() => {
      expect(result.current?.map((f) => f.actionId ?? f.kind)).toEqual(['appointment', 'a2']);
    });
  });

  it('is an empty list without cases', async () => {
    const { result } = renderHook(() => useFollowUps('2026-12-05'));
    await waitFor(() => {
      expect(result.current).toEqual([]);
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
