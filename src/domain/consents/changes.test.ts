// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import { carryOver, consentChanges } from './changes';
import { composeConsentText } from './document';
import type { ConsentRevocation } from './revocation';
import {
  CARITAS_ID,
  CASE_ID,
  consentChoices,
  KI_ID,
  signedConsent,
  VOLUNTEER_ID,
} from './consents.fixtures';

const ID = '11111111-2222-4333-8444-555555555555';
const previous = signedConsent(ID);

/** Caritas (social counselling, identity and health) revoked on 1 December. */
const caritasRevoked: ConsentRevocation = {
  id: '99999999-9999-4999-8999-999999999999',
  caseId: CASE_ID,
  consentId: ID,
  scope: { kind: 'recipients', recipientIds: [CARITAS_ID] },
  receivedOn: '2026-12-01',
  receivedVia: 'phone',
  recordedBy: 'Frau Berger',
  recordedAt: '2026-12-01T09:00:00+01:00',
};

describe('a new version starts from what is still valid', () => {
  it('never carries a revoked recipient', () => {
    const carried = carryOver(previous, [caritasRevoked], '2026-12-04');
    expect(carried.recipients.map((r) => r.id)).toEqual([KI_ID]);
    expect(carried.revoked).toEqual([{ name: 'Caritas Beispielstadt', on: '2026-12-01' }]);
    expect(carried.validUntil).toBe('2027-11-20');
  });

  it('never carries an Art. 9 category: it needs a fresh, explicit tick', () => {
    const carried = carryOver(previous, [], '2026-12-04');
    const caritas = carried.recipients.find((r) => r.id === CARITAS_ID)!;
    expect(caritas.grant?.categories).toEqual(['identity-contact']);
    expect(caritas.special).toEqual(['health']);
    expect(carried.recipients.find((r) => r.id === KI_ID)?.grant?.purposes).toEqual([
      'passport-procurement',
      'language-course',
    ]);
  });

  it('drops an end date that has passed', () => {
    expect(carryOver(previous, [], '2027-11-20').validUntil).toBeUndefined();
  });
});

describe('what a new version changes', () => {
  it('names revoked, removed and new recipients and every purpose and category', () => {
    const next = consentChoices({
      version: 2,
      supersedes: ID,
      recipients: [
        previous.recipients[0]!,
        { id: VOLUNTEER_ID, kind: 'volunteer', name: 'Ehrenamt Beispiel' },
      ],
      grants: [
        {
          recipientId: KI_ID,
          purposes: ['passport-procurement', 'housing'],
          categories: ['identity-contact', 'residence-status'],
          direction: 'one-way',
        },
        {
          recipientId: VOLUNTEER_ID,
          purposes: ['housing'],
          categories: ['identity-contact'],
          direction: 'one-way',
        },
      ],
    });
    expect(consentChanges(previous, [caritasRevoked], next)).toEqual([
      { kind: 'purpose-added', name: 'KI Kreis Beispiel – Case-Management', purpose: 'housing' },
      {
        kind: 'purpose-removed',
        name: 'KI Kreis Beispiel – Case-Management',
        purpose: 'language-course',
      },
      {
        kind: 'direction-changed',
        name: 'KI Kreis Beispiel – Case-Management',
        direction: 'one-way',
      },
      { kind: 'recipient-removed', name: 'Caritas Beispielstadt', revokedOn: '2026-12-01' },
      { kind: 'recipient-added', name: 'Ehrenamt Beispiel' },
    ]);
    // Health not ticked again is a change the text states.
    const again = consentChoices({ version: 2, supersedes: ID });
    again.grants = again.grants.map((g) => ({
      ...g,
      categories: g.categories.filter((c) => c !== 'health'),
    }));
    expect(consentChanges(previous, [], again)).toEqual([
      { kind: 'category-removed', name: 'Caritas Beispielstadt', category: 'health' },
    ]);
  });

  it('puts the changes at the top of the new text, or says that nothing changes', () => {
    const next = consentChoices({ version: 2, supersedes: ID });
    const keys = (changes: Parameters<typeof composeConsentText>[1]) =>
      composeConsentText(next, changes).map((b) => b.key);
    const none = keys({ version: 1, signedOn: '2026-11-21', changes: [] });
    expect(none.slice(0, 5)).toEqual([
      'title.consent',
      'intro.consent',
      'heading.changes',
      'changes.replaces',
      'changes.none',
    ]);
    const some = keys({
      version: 1,
      signedOn: '2026-11-21',
      changes: [{ kind: 'recipient-removed', name: 'Caritas', revokedOn: '2026-12-01' }],
    });
    expect(some).toContain('changes.recipientRevoked');
    expect(some).not.toContain('changes.none');
    expect(keys(undefined)).not.toContain('heading.changes');
  });
});
