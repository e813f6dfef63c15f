import { describe, expect, it } from 'vitest';
import { sealedStore } from './sealedStore';
import { dumpDatabase } from '../../../test/support/rawDump';
import { unlockedVault } from '../../../test/support/storageTesting';

const CASE = '3f9a7a3e-2d5c-4b8f-9a51-1c1f0b6e2a10';

async function setUp() {
  const { db, vault } = await unlockedVault('batch');
  return { db, store: sealedStore<Record<string, unknown>>(vault, 'sessions', 'session') };
}

describe('applyRemoteBatch', () => {
  it('writes a page encrypted, in one go, and deletes tombstones', async () => {
    const { db, store } = await setUp();
    const gone = crypto.randomUUID();
    await store.applyRemote(gone, CASE, { place: 'alt' }, 1);
    const ids = Array.from({ length: 50 }, () => crypto.randomUUID());
    const outcomes = await store.applyRemoteBatch([
      ...ids.map((id, i) => ({ id, caseId: CASE, value: { place: `SENTINEL-${i}` }, rev: 3 })),
      { id: gone, caseId: gone, value: undefined, rev: 2 },
    ]);
    expect([...outcomes.values()].every((o) => o === 'applied')).toBe(true);
    expect(await db.sessions.count()).toBe(50);
    expect((await store.get(ids[7] ?? ''))?.value).toEqual({ place: 'SENTINEL-7' });
    expect((await store.get(ids[7] ?? ''))?.rev).toBe(3);
    expect(await store.get(gone)).toBeUndefined();
    expect(await dumpDatabase(db)).not.toMatch(/SENTINEL/);
    expect(await db.outbox.count()).toBe(0);
  });

  it('keeps unpushed local changes of a record (one-record path), applies the others', async () => {
    const { store } = await setUp();
    const edited = crypto.randomUUID();
    const other = crypto.randomUUID();
    await store.applyRemote(edited, CASE, { place: 'Unna', notes: 'alt' }, 1);
    await store.update(edited, (v) => ({ ...v, notes: 'lokal' }));
    const outcomes = await store.applyRemoteBatch([
      { id: edited, caseId: CASE, value: { place: 'Kamen', notes: 'server' }, rev: 2 },
      { id: other, caseId: CASE, value: { place: 'Werne' }, rev: 1 },
    ]);
    expect(outcomes.get(edited)).toBe('kept-local');
    expect(outcomes.get(other)).toBe('applied');
    const kept = await store.get(edited);
    // The pending field keeps the local value and the old rev; the rest takes the server's.
    expect(kept?.value).toEqual({ place: 'Kamen', notes: 'lokal' });
    expect(kept?.rev).toBe(1);
    expect((await store.get(other))?.value).toEqual({ place: 'Werne' });
  });

  it('never overwrites a change made while the page was being encrypted', async () => {
    const { store } = await setUp();
    const id = crypto.randomUUID();
    await store.applyRemote(id, CASE, { notes: 'alt' }, 1);
    // The autosave starts first and is queued for the record: the batch must wait for it
    // (one-record path) and then keep its value, because it is pending.
    const autosave = store.update(id, (v) => ({ ...v, notes: 'lokal' }));
    const batch = store.applyRemoteBatch([
      { id, caseId: CASE, value: { notes: 'server' }, rev: 2 },
    ]);
    await Promise.all([autosave, batch]);
    expect((await store.get(id))?.value).toEqual({ notes: 'lokal' });
  });
});
