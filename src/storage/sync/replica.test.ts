import { describe, expect, it } from 'vitest';
import { consentContentOf } from '../../domain';
import { signedContent } from '../../domain/consents/consents.fixtures';
import { consentRepository } from '../consents/consentRepository';
import { minuteClock, unlockedVault } from '../../../test/support/storageTesting';
import { replica } from './replica';
import { DEVICE_ERRORS_KEY, readDeviceErrors } from '../diagnostics/errorLog';

async function setUp() {
  const { db, vault } = await unlockedVault('replica');
  return { db, vault, consents: consentRepository(vault, { now: minuteClock() }) };
}
const content = signedContent;

describe('replica with signed consents', () => {
  it('keeps a signed consent when a pulled copy differs from it', async () => {
    const { vault, consents } = await setUp();
    const signed = await consents.sign(content());
    const altered = { ...consentContentOf(signed), validUntil: '2029-11-20' };
    const result = await replica(vault).applyPulled({
      serverId: crypto.randomUUID(),
      records: [
        {
          seq: 1,
          entity: 'consent',
          entityId: signed.id,
          rev: 2,
          deleted: false,
          fields: altered,
          contentHash: signed.contentHash,
          updatedAt: '2026-11-21T10:00:00.000Z',
          updatedBy: null,
        },
      ],
      conflicts: [],
      checkpoint: 1,
      hasMore: false,
      lastClientSeq: 0,
    });
    expect(result).toEqual({ applied: 0, skipped: 1 });
    expect((await consents.get(signed.id))?.validUntil).toBe('2027-11-20');
    // Support can see which record did not arrive, without any of its content.
    expect(readDeviceErrors().at(-1)).toMatchObject({
      source: 'pull',
      code: 'record-not-readable',
      store: 'consent',
      recordId: signed.id,
    });
    expect(localStorage.getItem(DEVICE_ERRORS_KEY)).not.toContain('2029-11-20');
  });
});
