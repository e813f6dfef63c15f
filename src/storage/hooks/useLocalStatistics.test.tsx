import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { getRepositories, getVault } from '../appStorage';
import { useLocalStatisticsInput } from './useLocalStatistics';

beforeAll(async () => {
  await getVault().setUp('Korrekt Pferd 7 Batterie');
}, 60_000);

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('useLocalStatisticsInput', () => {
  it("reads every record only when this device's figures are asked for", async () => {
    const { cases, sessions } = getRepositories();
    await cases.create(
      { displayName: 'Amina Beispiel', pseudonymised: false, createdOn: '2026-11-01' },
      {},
    );
    const allCases = vi.spyOn(cases, 'list');
    const allSessions = vi.spyOn(sessions, 'all');

    // The organisation's figures are shown (the default online): no record is read.
    const off = renderHook(() => useLocalStatisticsInput(false));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(off.result.current).toBeUndefined();
    expect(allCases).not.toHaveBeenCalled();
    expect(allSessions).not.toHaveBeenCalled();
    off.unmount();

    const on = renderHook(() => useLocalStatisticsInput(true));
    await waitFor(() => {
      expect(on.result.current).toBeDefined();
    });
    expect(allCases).toHaveBeenCalled();
    expect(allSessions).toHaveBeenCalled();
  });
});
