import { describe, expect, it } from 'vitest';
import { PerspektiveDb } from '../db';
import { directoryRepository } from './directoryRepository';
import { KREIS_UNNA_EXAMPLE } from '../../content/directory/kreisUnnaExample';

const fresh = () => directoryRepository(new PerspektiveDb(`directory-${crypto.randomUUID()}`));
const now = new Date('2026-11-21T10:00:00Z');

describe('directoryRepository', () => {
  it('is empty before the first download', async () => {
    expect(await fresh().load()).toEqual({
      version: 0,
      checkedAt: undefined,
      offers: [],
      skipped: 0,
    });
  });

  it('replaces the whole directory and searches it offline', async () => {
    const repo = fresh();
    await repo.replace(3, KREIS_UNNA_EXAMPLE, now);
    const first = await repo.load();
    expect(first.version).toBe(3);
    expect(first.offers).toHaveLength(KREIS_UNNA_EXAMPLE.length);
    const kamen = await repo.search({ query: '59174' });
    expect(kamen.filter((m) => m.reason === 'postcode').length).toBeGreaterThan(2);

    await repo.replace(4, KREIS_UNNA_EXAMPLE.slice(0, 2), now);
    const second = await repo.load();
    expect(second.version).toBe(4);
    expect(second.offers.map((o) => o.id).sort()).toEqual(
      KREIS_UNNA_EXAMPLE.slice(0, 2)
        .map((o) => o.id)
        .sort(),
    );
  });

  it('leaves out offers it cannot validate and counts them', async () => {
    const repo = fresh();
    const stored = await repo.replace(
      1,
      [KREIS_UNNA_EXAMPLE[0], { ...KREIS_UNNA_EXAMPLE[1], kind: 'future-kind' }, 'junk'],
      now,
    );
    expect(stored).toBe(1);
    expect((await repo.load()).skipped).toBe(2);
  });

  it('keeps the old copy when a replacement fails', async () => {
    const db = new PerspektiveDb(`directory-${crypto.randomUUID()}`);
    const repo = directoryRepository(db);
    await repo.replace(1, KREIS_UNNA_EXAMPLE, now);
    db.directory.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(repo.replace(2, KREIS_UNNA_EXAMPLE.slice(0, 1), now)).rejects.toThrow();
    const after = await repo.load();
    expect(after.version).toBe(1);
    expect(after.offers).toHaveLength(KREIS_UNNA_EXAMPLE.length);
  });

  it('moves only the check time when unchanged', async () => {
    const repo = fresh();
    await repo.replace(2, KREIS_UNNA_EXAMPLE.slice(0, 1), now);
    await repo.markChecked(new Date('2026-11-22T08:00:00Z'));
    expect(await repo.load()).toMatchObject({
      version: 2,
      checkedAt: '2026-11-22T08:00:00.000Z',
    });
  });
});
