import { describe, expect, it } from 'vitest';
import { DecryptionFailedError } from '../crypto/recordCipher';
import { sealedStore } from './sealedStore';
import { dumpDatabase } from '../../../test/support/rawDump';
import { unlockedVault } from '../../../test/support/storageTesting';

async function setUp() {
  const { db, vault } = await unlockedVault('sealed');
  const store = sealedStore<Record<string, unknown>>(vault, 'sessions', 'session');
  return { db, vault, store };
}

const CASE = '3f9a7a3e-2d5c-4b8f-9a51-1c1f0b6e2a10';

describe('sealed store', () => {
  it('round-trips values and keeps no plaintext on disk', async () => {
    const { db, store } = await setUp();
    const id = crypto.randomUUID();
    await store.create(id, CASE, { notes: 'SENTINEL-notiz', health: 'SENTINEL-gesundheit' });
    await store.update(id, (v) => ({ ...v, name: 'SENTINEL-Müller' }));
    expect((await store.get(id))?.value).toEqual({
      notes: 'SENTINEL-notiz',
      health: 'SENTINEL-gesundheit',
      name: 'SENTINEL-Müller',
    });
    const dump = await dumpDatabase(db);
    expect(dump).not.toMatch(/SENTINEL/);
    expect(dump).not.toMatch(/M(ü|\\u00fc)ller/);
    expect(dump).toContain(id); // ids are plain (needed for indexes and sync)
  });

  it('the raw dump would reveal plaintext, also inside byte arrays (positive control)', async () => {
    const { db } = await setUp();
    const probe = new TextEncoder().encode('SENTINEL-bytes');
    await db.preferences.put({
      key: 'probe',
      value: { probe, text: 'SENTINEL-text' },
      updatedAt: '',
    });
    const dump = await dumpDatabase(db);
    expect(dump).toContain('SENTINEL-bytes');
    expect(dump).toContain('SENTINEL-text');
  });

  it('a ciphertext moved to another record fails to decrypt', async () => {
    const { db, vault, store } = await setUp();
    const a = crypto.randomUUID();
    const b = crypto.randomUUID();
    await store.create(a, CASE, { name: 'A' });
    await store.create(b, CASE, { name: 'B' });
    const rowA = await db.sessions.get(a);
    const rowB = await db.sessions.get(b);
    if (!rowA || !rowB) throw new Error('rows missing');
    await db.sessions.put({ ...rowB, data: rowA.data });
    vault.lock();
    await vault.unlock('Korrekt Pferd 7 Batterie');
    await expect(store.get(b)).rejects.toBeInstanceOf(DecryptionFailedError);
    expect((await store.get(a))?.value).toEqual({ name: 'A' });
  });

  it('an altered ciphertext fails to decrypt', async () => {
    const { db, vault, store } = await setUp();
    const id = crypto.randomUUID();
    await store.create(id, CASE, { name: 'A' });
    const row = await db.sessions.get(id);
    if (!row) throw new Error('row missing');
    const ct = Uint8Array.from(row.data.ct);
    ct[0] = (ct[0] ?? 0) ^ 1;
    await db.sessions.put({ ...row, data: { ...row.data, ct } });
    vault.lock();
    await vault.unlock('Korrekt Pferd 7 Batterie');
    await expect(store.get(id)).rejects.toBeInstanceOf(DecryptionFailedError);
  });

  it('uses a fresh IV for every write', async () => {
    const { db, store } = await setUp();
    const id = crypto.randomUUID();
    await store.create(id, CASE, { n: 1 });
    const first = Array.from((await db.sessions.get(id))?.data.iv ?? []);
    await store.update(id, () => ({ n: 2 }));
    const second = Array.from((await db.sessions.get(id))?.data.iv ?? []);
    expect(first).toHaveLength(12);
    expect(second).not.toEqual(first);
  });

  it('collapses repeated changes of one record into one pending outbox entry', async () => {
    const { db, store } = await setUp();
    const id = crypto.randomUUID();
    await store.create(id, CASE, { a: 1 });
    for (let i = 0; i < 20; i++) await store.update(id, (v) => ({ ...v, b: i }));
    let entries = await db.outbox.toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.kind).toBe('create');
    expect(entries[0]?.fields).toEqual(['a', 'b']);
    // While an entry is being pushed, new changes queue separately.
    const seq = entries[0]?.seq ?? 0;
    await db.outbox.put({ ...(entries[0] as NonNullable<(typeof entries)[0]>), inFlight: true });
    await store.update(id, (v) => ({ ...v, c: 'x' }));
    entries = await db.outbox.orderBy('seq').toArray();
    expect(entries.map((e) => [e.seq === seq, e.kind, e.fields])).toEqual([
      [true, 'create', ['a', 'b']],
      [false, 'patch', ['c']],
    ]);
  });

  it('an unchanged value writes nothing', async () => {
    const { db, store } = await setUp();
    const id = crypto.randomUUID();
    const created = await store.create(id, CASE, { a: 1 });
    const again = await store.update(id, (v) => ({ ...v }));
    expect(again.updatedAt).toBe(created.updatedAt);
    expect(await db.outbox.count()).toBe(1);
  });

  it('a failing outbox write rolls back the record write (one transaction)', async () => {
    const { db, store } = await setUp();
    const id = crypto.randomUUID();
    await store.create(id, CASE, { a: 1 });
    const before = await db.sessions.get(id);
    db.outbox.hook('updating', () => {
      throw new Error('injected: disk full');
    });
    await expect(store.update(id, (v) => ({ ...v, a: 2 }))).rejects.toThrow(/disk full/);
    const after = await db.sessions.get(id);
    expect(after?.updatedAt).toBe(before?.updatedAt);
    expect(Array.from(after?.data.ct ?? [])).toEqual(Array.from(before?.data.ct ?? []));
    expect((await store.get(id))?.value).toEqual({ a: 1 });
  });

  it('serialises concurrent updates of one record: none is lost', async () => {
    const { store } = await setUp();
    const id = crypto.randomUUID();
    await store.create(id, CASE, { list: [] as number[] });
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        store.update(id, (v) => ({ list: [...(v.list as number[]), i] })),
      ),
    );
    const list = (await store.get(id))?.value.list as number[];
    expect([...list].sort((x, y) => x - y)).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });

  it('refuses to work while locked', async () => {
    const { vault, store } = await setUp();
    vault.lock();
    await expect(store.all()).rejects.toThrow(/locked/);
    await expect(store.create(crypto.randomUUID(), CASE, { a: 1 })).rejects.toThrow(/locked/);
  });
});
