import { afterEach, describe, expect, it } from 'vitest';
import {
  dismissRevocationNotice,
  peekRevocationNotice,
  recordRevocationNotice,
} from './revocationNotice';

afterEach(() => {
  localStorage.clear();
});

describe('revocation notice', () => {
  it('survives until dismissed, outside the database', () => {
    expect(peekRevocationNotice()).toBeUndefined();
    recordRevocationNotice({ at: '2026-12-04T10:00:00.000Z', unsynced: 3 });
    expect(peekRevocationNotice()).toEqual({ at: '2026-12-04T10:00:00.000Z', unsynced: 3 });
    dismissRevocationNotice();
    expect(peekRevocationNotice()).toBeUndefined();
  });

  it('ignores what it cannot read', () => {
    for (const stored of [
      '{"at":1}',
      '{"at":"2026-12-04","unsynced":-1}',
      '{"at":"2026-12-04","unsynced":1.5}',
      '{"at":"2026-12-04","unsynced":"3"}',
      'null',
      '[]',
      '{not json',
    ]) {
      localStorage.setItem('perspektive.revocationNotice', stored);
      expect(peekRevocationNotice()).toBeUndefined();
    }
    // Only the two fields are taken, whatever else was stored.
    localStorage.setItem(
      'perspektive.revocationNotice',
      '{"at":"2026-12-04","unsynced":0,"extra":"x"}',
    );
    expect(peekRevocationNotice()).toEqual({ at: '2026-12-04', unsynced: 0 });
  });
});
