// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
// Recipients across versions, revocations and waivers: who is named twice, who was removed
// (revoked or not), which released professionals changed, and in which order states show.
import { describe, expect, it } from 'vitest';
import { consentChanges } from './changes';
import { composeConsentText } from './document';
import { CARITAS_ID, CASE_ID, consentChoices, KI_ID, signedConsent } from './consents.fixtures';
import { revocationIssues, revokedRecipients, type ConsentRevocation } from './revocation';
import { ConsentChoicesSchema } from './schema';
import { consentStates, isSuperseded } from './state';
import { CONSENT_VALIDATION as V } from './validation';

const ID_A = '11111111-1111-4111-8111-111111111111';
const ID_B = '22222222-2222-4222-8222-222222222222';
const consent = signedConsent(ID_A);

const revocation = (over: Partial<ConsentRevocation>): ConsentRevocation => ({
  id: '99999999-9999-4999-8999-999999999999',
  caseId: CASE_ID,
  consentId: ID_A,
  scope: { kind: 'recipients', recipientIds: [CARITAS_ID] },
  receivedOn: '2026-12-01',
  receivedVia: 'letter',
  recordedBy: 'Frau Berger',
  recordedAt: '2026-12-01T09:00:00+01:00',
  ...over,
});

const issues = (value: unknown) => {
  const result = ConsentChoicesSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('recipients and grants in the choices', () => {
  it('refuses one recipient id twice and a grant given twice to one recipient', () => {
    const choices = consentChoices();
    const again = { ...choices.recipients[1]!, id: KI_ID, name: 'Andere Stelle' };
    expect(issues({ ...choices, recipients: [...choices.recipients, again] })).toEqual([
      `recipients:${V.duplicateRecipient}`,
    ]);
    expect(issues({ ...choices, grants: [...choices.grants, choices.grants[0]] })).toEqual([
      `grants.2:${V.grantRecipient}`,
    ]);
  });

  it('shows a recipient without a grant yet (the form before ticking) as one-way, no choices', () => {
    const choices = consentChoices();
    const blocks = composeConsentText({ ...choices, grants: [choices.grants[0]!] });
    const caritas = blocks.findIndex((b) => b.params?.['name'] === 'Caritas Beispielstadt');
    expect(blocks[caritas]?.key).toBe('recipient.withContact');
    expect(blocks[caritas + 1]).toEqual({ kind: 'note', key: 'direction.one-way' });
    // Nor is the health wording printed: no health category is granted yet.
    expect(blocks.map((b) => b.key)).not.toContain('special.health');
  });
});

describe('what a new version changes', () => {
  it('names a recipient simply left out, without a revocation date', () => {
    const next = consentChoices({
      recipients: [consent.recipients[0]!],
      grants: [consent.grants[0]!],
    });
    expect(consentChanges(consent, [], next)).toEqual([
      { kind: 'recipient-removed', name: 'Caritas Beispielstadt' },
    ]);
  });

  it('names the released professionals added and removed, by name and role', () => {
    const waiver = signedConsent(ID_A, {
      kind: 'confidentiality-waiver',
      releasedProfessionals: [
        { name: 'Frau Adler', role: 'Sozialarbeiterin, Caritas' },
        { name: 'Herr Brandt', role: 'Hausarzt' },
      ],
    });
    const next = consentChoices({
      kind: 'confidentiality-waiver',
      releasedProfessionals: [
        { name: 'Frau Adler', role: 'Sozialarbeiterin, Caritas' },
        { name: 'Herr Brandt', role: 'Facharzt' },
        { name: 'Frau Cem', role: 'Psychotherapeutin' },
      ],
    });
    // A new role is a new release: the old one ends, the new one is signed for.
    expect(consentChanges(waiver, [], next)).toEqual([
      { kind: 'released-removed', name: 'Herr Brandt' },
      { kind: 'released-added', name: 'Herr Brandt' },
      { kind: 'released-added', name: 'Frau Cem' },
    ]);
    const keys = composeConsentText(next, { version: 1, signedOn: '2026-11-21', changes: [] });
    expect(keys.filter((b) => b.key === 'released.person')).toHaveLength(3);
  });
});

describe('revocations', () => {
  const input = { ...revocation({}), id: undefined };

  it('refuses a revocation recorded for another consent or another case', () => {
    expect(revocationIssues(consent, [], { ...input, consentId: ID_B }, '2026-12-01')).toEqual([
      { path: 'consentId', code: V.invalid },
    ]);
    const otherCase = { ...input, caseId: '5d0c3a5e-3f44-4a0c-9b7e-2b8c8f4b1a02' };
    expect(revocationIssues(consent, [], otherCase, '2026-12-01')).toEqual([
      { path: 'consentId', code: V.invalid },
    ]);
  });

  it('refuses revoking recipients already revoked, not a list with one still open', () => {
    const earlier = revocation({ receivedOn: '2026-11-25' });
    expect(revocationIssues(consent, [earlier], input, '2026-12-01')).toEqual([
      { path: 'scope', code: V.alreadyRevoked },
    ]);
    const both = {
      ...input,
      scope: { kind: 'recipients' as const, recipientIds: [CARITAS_ID, KI_ID] },
    };
    expect(revocationIssues(consent, [earlier], both, '2026-12-01')).toEqual([]);
    // "All" after one recipient was revoked still withdraws the other.
    expect(
      revocationIssues(consent, [earlier], { ...input, scope: { kind: 'all' } }, '2026-12-01'),
    ).toEqual([]);
  });

  it('dates a recipient’s revocation by the first that arrived, whatever the order recorded', () => {
    const later = revocation({ id: 'r2', scope: { kind: 'all' }, receivedOn: '2026-12-10' });
    const first = revocation({ id: 'r1', receivedOn: '2026-12-01' });
    const elsewhere = revocation({ id: 'r3', consentId: ID_B, receivedOn: '2026-11-22' });
    const revoked = revokedRecipients(consent, [later, elsewhere, first]);
    expect(Object.fromEntries(revoked)).toEqual({
      [CARITAS_ID]: '2026-12-01',
      [KI_ID]: '2026-12-10',
    });
  });
});

describe('consent states', () => {
  it('knows a version replaced by a later one', () => {
    const v2 = signedConsent(ID_B, { version: 2, supersedes: ID_A });
    expect(isSuperseded(consent, [consent, v2])).toBe(true);
    expect(isSuperseded(v2, [consent, v2])).toBe(false);
    expect(isSuperseded(consent, [consent])).toBe(false);
  });

  it('orders a consent and a waiver for the same recipient by kind', () => {
    const waiver = signedConsent(ID_B, {
      kind: 'confidentiality-waiver',
      releasedProfessionals: [{ name: 'Frau Adler', role: 'Caritas' }],
    });
    const states = consentStates([consent, waiver], [], '2026-12-01');
    expect(states.map((s) => [s.recipient.name, s.consentKind])).toEqual([
      ['Caritas Beispielstadt', 'confidentiality-waiver'],
      ['Caritas Beispielstadt', 'data-consent'],
      ['KI Kreis Beispiel – Case-Management', 'confidentiality-waiver'],
      ['KI Kreis Beispiel – Case-Management', 'data-consent'],
    ]);
  });

  it('shows a recipient without a grant as covering nothing, one way', () => {
    const bare = { ...consent, grants: [consent.grants[0]!] };
    const caritas = consentStates([bare], [], '2026-12-01').find(
      (s) => s.recipient.id === CARITAS_ID,
    );
    expect(caritas).toMatchObject({ purposes: [], categories: [], direction: 'one-way' });
  });
});
