import { beforeEach, describe, expect, it } from 'vitest';
import { caseRepository } from '../cases/caseRepository';
import { unlockedVault } from '../../../test/support/storageTesting';
import { DEVICE_ERRORS_KEY, readDeviceErrors } from './errorLog';

const profile = { displayName: 'Amal Haddad', pseudonymised: false, createdOn: '2026-10-01' };

describe('storage failures in the device error log', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('notes a refused write with store and record id, never the input', async () => {
    const { vault } = await unlockedVault('error-log');
    const cases = caseRepository(vault);
    const created = await cases.create(profile);
    await expect(
      cases.updateFacts(created.id, { residenceStatus: 'Amal Haddad ist krank' } as never),
    ).rejects.toThrow();

    expect(readDeviceErrors()).toEqual([
      expect.objectContaining({
        source: 'storage',
        name: 'InvalidInputError',
        store: 'cases',
        recordId: created.id,
      }),
    ]);
    expect(localStorage.getItem(DEVICE_ERRORS_KEY)).not.toContain('Amal');
  });

  it('notes a write on a locked device', async () => {
    const { vault } = await unlockedVault('error-log-locked');
    const cases = caseRepository(vault);
    const created = await cases.create(profile);
    vault.lock();
    await expect(cases.updateFacts(created.id, {})).rejects.toThrow();
    expect(readDeviceErrors().map((e) => [e.source, e.store, e.recordId])).toEqual([
      ['storage', 'cases', created.id],
    ]);
  });
});
