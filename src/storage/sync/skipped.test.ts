import { describe, expect, it } from 'vitest';
import { MAX_SKIPPED_IDS, noteSkipped, retryAfterUpdate } from './skipped';
import type { SyncState } from './syncState';

const state = (over: Partial<SyncState> = {}): SyncState => ({
  clientId: '00000000-0000-4000-8000-000000000001',
  nextClientSeq: 1,
  checkpoint: 90,
  entities: 'case',
  rejected: [],
  ...over,
});

describe('skipped records', () => {
  it('notes ids, the version and the position before the first one', () => {
    const noted = noteSkipped(
      undefined,
      '1.0',
      [
        { entity: 'case', id: 'b', seq: 40 },
        { entity: 'case', id: 'a', seq: 12 },
      ],
      new Set(),
    );
    expect(noted).toEqual({
      appVersion: '1.0',
      fromSeq: 11,
      records: [
        { entity: 'case', id: 'b' },
        { entity: 'case', id: 'a' },
      ],
      more: false,
    });
  });

  it('forgets a record that arrived valid later; nothing left means no note', () => {
    const noted = noteSkipped(undefined, '1.0', [{ entity: 'case', id: 'a', seq: 5 }], new Set());
    expect(noteSkipped(noted, '1.0', [], new Set(['a']))).toBeUndefined();
  });

  it('keeps at most MAX_SKIPPED_IDS ids but never forgets the position', () => {
    const many = Array.from({ length: MAX_SKIPPED_IDS + 5 }, (_, i) => ({
      entity: 'case',
      id: `id-${i}`,
      seq: 100 + i,
    }));
    const noted = noteSkipped(undefined, '1.0', many, new Set());
    expect(noted?.records).toHaveLength(MAX_SKIPPED_IDS);
    expect(noted).toMatchObject({ more: true, fromSeq: 99 });
    expect(noteSkipped(noted, '1.0', [], new Set(['id-0']))?.fromSeq).toBe(99);
  });

  it('after an update moves the checkpoint back once; the same version changes nothing', () => {
    const skipped = { appVersion: '1.0', fromSeq: 11, records: [], more: true };
    expect(retryAfterUpdate(state({ skipped }), '1.0')).toEqual(state({ skipped }));
    expect(retryAfterUpdate(state({ skipped }), '1.1')).toEqual(state({ checkpoint: 11 }));
    expect(retryAfterUpdate(state({ skipped, checkpoint: 5 }), '1.1').checkpoint).toBe(5);
  });
});
