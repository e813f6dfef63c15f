import { describe, expect, it } from 'vitest';
import { PerspektiveDb } from '../db';
import { letterRepository } from './letterRepository';
import { TEST_LETTER } from '../../domain/letters/letters.fixtures';

const fresh = () => {
  const db = new PerspektiveDb(`letters-${crypto.randomUUID()}`);
  return { db, repo: letterRepository(db) };
};
const now = new Date('2026-12-04T10:00:00Z');

describe('letterRepository', () => {
  it('is empty before the first download', async () => {
    expect(await fresh().repo.load()).toEqual({
      version: 0,
      checkedAt: undefined,
      letter: undefined,
      unreadable: false,
    });
  });

  it('keeps "the organisation has none yet" apart from "never downloaded"', async () => {
    const { repo } = fresh();
    await repo.replace(0, null, now);
    expect(await repo.load()).toEqual({
      version: 0,
      checkedAt: now.toISOString(),
      letter: undefined,
      unreadable: false,
    });
  });

  it('replaces the whole letter and validates it on read', async () => {
    const { repo } = fresh();
    await repo.replace(3, TEST_LETTER, now);
    const first = await repo.load();
    expect(first.version).toBe(3);
    expect(first.letter?.blocks).toHaveLength(3);
    expect(await repo.version()).toBe(3);

    await repo.replace(5, { ...TEST_LETTER, blocks: TEST_LETTER.blocks.slice(0, 1) }, now);
    const second = await repo.load();
    expect(second.version).toBe(5);
    expect(second.letter?.blocks.map((b) => b.id)).toEqual([TEST_LETTER.blocks[0]?.id]);
  });

  it('says when a letter does not fit this app version, and keeps it for a later one', async () => {
    const { db, repo } = fresh();
    const future = { ...TEST_LETTER, letterhead: 'a field of a newer version' };
    await repo.replace(7, future, now);
    expect(await repo.load()).toMatchObject({ version: 7, letter: undefined, unreadable: true });
    expect((await db.letters.get('departure-information'))?.letter).toEqual(future);
  });

  it('keeps the old copy when a replacement fails', async () => {
    const { db, repo } = fresh();
    await repo.replace(1, TEST_LETTER, now);
    db.letters.hook('updating', () => {
      throw new Error('disk full');
    });
    await expect(repo.replace(2, null, now)).rejects.toThrow();
    const after = await repo.load();
    expect(after.version).toBe(1);
    expect(after.letter?.blocks).toHaveLength(3);
  });

  it('moves only the check time when unchanged', async () => {
    const { repo } = fresh();
    await repo.markChecked(now); // nothing stored yet: nothing to mark
    expect((await repo.load()).checkedAt).toBeUndefined();
    await repo.replace(2, TEST_LETTER, now);
    await repo.markChecked(new Date('2026-12-05T08:00:00Z'));
    expect(await repo.load()).toMatchObject({
      version: 2,
      checkedAt: '2026-12-05T08:00:00.000Z',
    });
  });
});
