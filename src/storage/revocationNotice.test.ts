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
    localStorage.setItem('perspektive.revocationNotice', '{"at":1}');
    expect(peekRevocationNotice()).toBeUndefined();
  });
});
