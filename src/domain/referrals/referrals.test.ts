// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import { dataCategories } from '../consents/catalog';
import {
  CARITAS_ID,
  CASE_ID,
  KI_ID,
  consentChoices,
  signedConsent,
} from '../consents/consents.fixtures';
import type { ConsentRevocation } from '../consents/revocation';
import { FACT_FIELDS } from '../facts/schema';
import { caseRecord } from '../sessions/sessions.fixtures';
import { CATEGORY_FACTS, NEVER_REFERRED_FACTS } from './categoryFields';
import { referralGate, referableRecipients, withdrawnBy, type ReferralRequest } from './gate';
import { inboxResponseIssue } from './inbox';
import { composeReferralPackage, packageCategories, packageWithin } from './package';
import { ReferralDraftSchema } from './schema';

const PARTNER = '9d2f4c1e-1111-4a2b-8c3d-000000000001';
const OTHER_ORG = '9d2f4c1e-2222-4a2b-8c3d-000000000002';
const CONSENT = 'c0000000-0000-4000-8000-000000000001';
const ASOF = '2026-12-01';

const consent = (overrides = {}) =>
  signedConsent(CONSENT, {
    recipients: [
      {
        id: KI_ID,
        kind: 'integration-centre',
        name: 'KI Kreis Beispiel',
        partnerOrgId: PARTNER,
      },
      { id: CARITAS_ID, kind: 'welfare-organisation', name: 'Caritas Beispielstadt' },
    ],
    ...overrides,
  });

const person = { ...caseRecord, facts: { ...caseRecord.facts, hasConvictions: 'yes' as const } };

function request(overrides: Partial<ReferralRequest> = {}): ReferralRequest {
  const categories = overrides.categories ?? ['identity-contact', 'residence-status'];
  return {
    consentId: CONSENT,
    recipientId: KI_ID,
    channel: 'perspektive',
    targetOrgId: PARTNER,
    purpose: 'passport-procurement',
    categories,
    package: composeReferralPackage({ caseRecord: person }, categories),
    ...overrides,
  };
}

const revocation = (scope: ConsentRevocation['scope'], receivedOn = '2026-11-25') => ({
  id: 'r1',
  caseId: CASE_ID,
  consentId: CONSENT,
  scope,
  receivedOn,
  receivedVia: 'letter' as const,
  recordedBy: 'Frau Berger',
  recordedAt: '2026-11-25T09:00:00+01:00',
});

describe('category map', () => {
  it('assigns every fact field to exactly one category or to never-referred', () => {
    const assigned = [...Object.values(CATEGORY_FACTS).flat(), ...NEVER_REFERRED_FACTS];
    expect([...assigned].sort()).toEqual([...FACT_FIELDS].sort());
    expect(new Set(assigned).size).toBe(assigned.length);
  });
});

describe('composeReferralPackage', () => {
  it('carries only the chosen categories and never criminal-law data', () => {
    const pkg = composeReferralPackage({ caseRecord: person, contact: ' 0170 000 ' }, [
      'identity-contact',
    ]);
    expect(pkg).toEqual({
      person: { displayName: 'Amal Haddad', pseudonymised: false },
      contact: '0170 000',
      facts: { birthDate: '2000-05-01' },
    });
    const all = composeReferralPackage({ caseRecord: person }, dataCategories);
    expect(all.facts).not.toHaveProperty('hasConvictions');
    expect(all.fileNumber).toBe('AZ 12/345');
    expect(packageWithin(all, dataCategories)).toBe(true);
  });

  it('reports a smuggled fact as forbidden and a category outside the consent', () => {
    const pkg = composeReferralPackage({ caseRecord: person }, ['identity-contact']);
    expect(packageWithin(pkg, ['residence-status'])).toBe(false);
    const smuggled = { ...pkg, facts: { ...pkg.facts, hasConvictions: 'yes' as const } };
    expect(packageCategories(smuggled).has('forbidden')).toBe(true);
    expect(packageWithin(smuggled, dataCategories)).toBe(false);
  });
});

describe('referralGate', () => {
  it('lets a referral through that the consent covers', () => {
    const result = referralGate([consent()], [], request(), ASOF);
    expect(result.ok).toBe(true);
  });

  it.each([
    [
      'no consent for that recipient',
      request({ recipientId: 'e0000000-0000-4000-8000-00000000000e' }),
      'no-consent',
    ],
    ['another organisation', request({ targetOrgId: OTHER_ORG }), 'wrong-organisation'],
    [
      'a recipient not in Perspektive',
      request({
        recipientId: CARITAS_ID,
        purpose: 'social-counselling',
        categories: ['identity-contact'],
      }),
      'wrong-organisation',
    ],
    ['a purpose not consented', request({ purpose: 'housing' }), 'purpose'],
    [
      'a category not consented',
      request({ categories: ['identity-contact', 'health'] }),
      'categories',
    ],
    [
      'a package larger than its categories',
      request({
        categories: ['identity-contact'],
        package: composeReferralPackage({ caseRecord: person }, [
          'identity-contact',
          'residence-status',
        ]),
      }),
      'package',
    ],
  ] as const)('refuses %s', (_label, req, reason) => {
    expect(referralGate([consent()], [], req, ASOF)).toEqual({ ok: false, reason });
  });

  it('refuses after a revocation of that recipient, not of another', () => {
    const ki = revocation({ kind: 'recipients', recipientIds: [KI_ID] });
    expect(referralGate([consent()], [ki], request(), ASOF)).toEqual({
      ok: false,
      reason: 'not-current',
    });
    const caritas = revocation({ kind: 'recipients', recipientIds: [CARITAS_ID] });
    expect(referralGate([consent()], [caritas], request(), ASOF).ok).toBe(true);
  });

  it('refuses an expired consent, a waiver and a superseded version', () => {
    expect(referralGate([consent()], [], request(), '2027-11-21')).toEqual({
      ok: false,
      reason: 'not-current',
    });
    const waiver = consent({ kind: 'confidentiality-waiver' });
    expect(referralGate([waiver], [], request(), ASOF)).toEqual({
      ok: false,
      reason: 'no-consent',
    });
    const newer = {
      ...consent(),
      id: 'c0000000-0000-4000-8000-000000000002',
      version: 2,
      supersedes: CONSENT,
    };
    expect(referralGate([consent(), newer], [], request(), ASOF)).toEqual({
      ok: false,
      reason: 'no-consent',
    });
    expect(referralGate([consent(), newer], [], request({ consentId: newer.id }), ASOF).ok).toBe(
      true,
    );
  });

  it('lists only current data-consent recipients as referable', () => {
    const ki = revocation({ kind: 'recipients', recipientIds: [KI_ID] });
    expect(referableRecipients([consent()], [ki], ASOF).map((s) => s.recipient.id)).toEqual([
      CARITAS_ID,
    ]);
  });
});

describe('withdrawnBy', () => {
  it('matches whole and per-recipient revocations of the same consent only', () => {
    const ref = { consentId: CONSENT, recipientId: KI_ID };
    expect(withdrawnBy(revocation({ kind: 'all' }), ref)).toBe(true);
    expect(withdrawnBy(revocation({ kind: 'recipients', recipientIds: [KI_ID] }), ref)).toBe(true);
    expect(withdrawnBy(revocation({ kind: 'recipients', recipientIds: [CARITAS_ID] }), ref)).toBe(
      false,
    );
    expect(withdrawnBy({ ...revocation({ kind: 'all' }), consentId: 'x' }, ref)).toBe(false);
  });
});

describe('inboxResponseIssue', () => {
  const report = { at: '2026-12-02T10:00:00+01:00', by: 'Herr Kaya', text: 'Termin am 5.12.' };
  it('accepts a status change and appended reports, refuses rewriting', () => {
    const before = { status: 'open' as const, reports: [report] };
    expect(inboxResponseIssue(before, { status: 'accepted' })).toBeUndefined();
    expect(inboxResponseIssue(before, { reports: [report, { ...report, text: 'Neu' }] })).toBe(
      undefined,
    );
    expect(inboxResponseIssue(before, { reports: [] })).toBe('reports-rewritten');
    expect(inboxResponseIssue(before, { reports: [{ ...report, text: 'anders' }] })).toBe(
      'reports-rewritten',
    );
    expect(inboxResponseIssue(before, { status: 'deleted' })).toBe('status');
    expect(inboxResponseIssue(before, { reports: [{ text: '' }] })).toBe('reports');
  });
});

describe('ReferralDraftSchema', () => {
  const draft = {
    caseId: CASE_ID,
    consentId: CONSENT,
    recipientId: KI_ID,
    recipientName: 'KI',
    channel: 'perspektive' as const,
    targetOrgId: PARTNER,
    purpose: 'passport-procurement' as const,
    categories: ['identity-contact' as const],
    package: {},
    sentAt: '2026-12-01T10:00:00+01:00',
    sentBy: 'Frau Berger',
  };
  it('needs a target organisation exactly for the Perspektive channel', () => {
    expect(ReferralDraftSchema.safeParse(draft).success).toBe(true);
    expect(ReferralDraftSchema.safeParse({ ...draft, channel: 'letter' }).success).toBe(false);
    const { targetOrgId, ...letter } = draft;
    expect(targetOrgId).toBe(PARTNER);
    expect(ReferralDraftSchema.safeParse({ ...letter, channel: 'letter' }).success).toBe(true);
    expect(
      ReferralDraftSchema.safeParse({ ...draft, categories: ['health', 'health'] }).success,
    ).toBe(false);
    expect(consentChoices().recipients).toHaveLength(2);
  });
});
