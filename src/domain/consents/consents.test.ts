// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import de from '../../../locales/de/consentText.json';
import {
  CARITAS_ID,
  CASE_ID,
  consentChoices,
  KI_ID,
  signedConsent,
  signedContent,
  VOLUNTEER_ID,
} from './consents.fixtures';
import {
  composeConsentText,
  MissingConsentTextError,
  renderConsentText,
  type TextBlock,
} from './document';
import { revocationIssues, type ConsentRevocation } from './revocation';
import { ConsentChoicesSchema, consentContentOf, SignedConsentContentSchema } from './schema';
import { consentCovers, consentStates, currentConsents } from './state';
import { CONSENT_VALIDATION as V } from './validation';

const codes = (value: unknown) => {
  const result = ConsentChoicesSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

const ID_A = '11111111-1111-4111-8111-111111111111';
const ID_B = '22222222-2222-4222-8222-222222222222';

function revocation(overrides: Partial<ConsentRevocation>): ConsentRevocation {
  return {
    id: '99999999-9999-4999-8999-999999999999',
    caseId: CASE_ID,
    consentId: ID_A,
    scope: { kind: 'all' },
    receivedOn: '2026-12-01',
    receivedVia: 'letter',
    recordedBy: 'Berater Beispiel',
    recordedAt: '2026-12-01T09:00:00+01:00',
    ...overrides,
  };
}

describe('consent choices', () => {
  it('accepts a granular consent', () => {
    expect(codes(consentChoices())).toEqual([]);
  });

  it('needs at least one purpose and, for data, one category per recipient', () => {
    const choices = consentChoices();
    const grants = [
      { ...choices.grants[0]!, purposes: [] },
      { ...choices.grants[1]!, categories: [] },
    ];
    expect(codes({ ...choices, grants })).toEqual([V.purposes, V.categories]);
  });

  it('needs a grant for every recipient and no grant for an unknown one', () => {
    const choices = consentChoices();
    expect(codes({ ...choices, grants: [choices.grants[0]] })).toEqual([V.grantMissing]);
    const stray = { ...choices.grants[0]!, recipientId: VOLUNTEER_ID };
    expect(codes({ ...choices, grants: [...choices.grants, stray] })).toEqual([V.grantRecipient]);
  });

  it('refuses the same recipient twice', () => {
    const choices = consentChoices();
    const twice = [choices.recipients[0]!, { ...choices.recipients[0]!, id: VOLUNTEER_ID }];
    const grants = [choices.grants[0]!, { ...choices.grants[0]!, recipientId: VOLUNTEER_ID }];
    expect(codes({ ...choices, recipients: twice, grants })).toContain(V.duplicateRecipient);
  });

  it('needs a waiver to name the professionals released', () => {
    const waiver = consentChoices({ kind: 'confidentiality-waiver' });
    expect(codes(waiver)).toEqual([V.professionals]);
    const named = { ...waiver, releasedProfessionals: [{ name: 'A. B.', role: 'ABH' }] };
    expect(
      codes({ ...named, grants: named.grants.map((g) => ({ ...g, categories: [] })) }),
    ).toEqual([]);
  });

  it('ends after it starts and lasts at most three years', () => {
    expect(codes(consentChoices({ validUntil: '2026-11-21' }))).toEqual([V.validUntil]);
    expect(codes(consentChoices({ validUntil: '2029-11-21' }))).toEqual([]);
    expect(codes(consentChoices({ validUntil: '2029-11-22' }))).toEqual([V.validUntilTooLate]);
  });

  it('reports a missing or malformed end date instead of throwing', () => {
    expect(codes(consentChoices({ validUntil: '' }))).toEqual(['facts.validation.date']);
    expect(codes(consentChoices({ validUntil: '2027-02-30' }))).toEqual(['facts.validation.date']);
  });

  it('names the guardian who signs for a minor', () => {
    expect(codes(consentChoices({ signatory: { role: 'guardian', name: ' ' } }))).toEqual([
      V.guardianName,
    ]);
  });

  it('requires the signature image and rendered text of a signed consent', () => {
    const content = consentContentOf(signedConsent(ID_A));
    expect(SignedConsentContentSchema.safeParse(content).success).toBe(true);
    // The content storage and screen tests sign with is valid too.
    expect(SignedConsentContentSchema.safeParse(signedContent()).success).toBe(true);
    expect(SignedConsentContentSchema.parse(signedContent({}, 'Zweite')).renderedText.de).toEqual([
      { kind: 'title', text: 'Zweite' },
    ]);
    const unsigned = { ...content, signature: { method: 'drawn', signatory: 'data:,' } };
    expect(SignedConsentContentSchema.safeParse(unsigned).success).toBe(false);
    const textless = { ...content, renderedText: { de: [], client: [] } };
    expect(SignedConsentContentSchema.safeParse(textless).success).toBe(false);
  });
});

describe('consent state', () => {
  const consent = signedConsent(ID_A);

  it('shows each recipient active, then expiring, then expired', () => {
    const at = (asOf: string) => consentStates([consent], [], asOf).map((s) => s.status);
    expect(at('2026-11-20')).toEqual(['not-yet-valid', 'not-yet-valid']);
    expect(at('2027-06-01')).toEqual(['active', 'active']);
    expect(at('2027-10-21')).toEqual(['expiring', 'expiring']);
    expect(at('2027-11-20')).toEqual(['expiring', 'expiring']);
    expect(at('2027-11-21')).toEqual(['expired', 'expired']);
  });

  it('revokes for one recipient only and keeps the other', () => {
    const partial = revocation({ scope: { kind: 'recipients', recipientIds: [CARITAS_ID] } });
    const states = consentStates([consent], [partial], '2026-12-02');
    expect(states.map((s) => [s.recipient.id, s.status, s.revokedOn])).toEqual([
      [CARITAS_ID, 'revoked', '2026-12-01'],
      [KI_ID, 'active', undefined],
    ]);
  });

  it('counts only the newest version of a superseded consent', () => {
    const v2 = signedConsent(ID_B, {
      version: 2,
      supersedes: ID_A,
      recipients: [consent.recipients[0]!],
      grants: [consent.grants[0]!],
    });
    expect(currentConsents([consent, v2]).map((c) => c.id)).toEqual([ID_B]);
    const states = consentStates([consent, v2], [revocation({})], '2026-12-02');
    // The revocation concerned version 1; version 2 was signed as a new declaration.
    expect(states.map((s) => [s.consentId, s.status])).toEqual([[ID_B, 'active']]);
  });

  it('covers a referral only for a granted purpose and categories', () => {
    const states = consentStates([consent], [], '2026-12-02');
    const ask = (
      purpose: 'language-course' | 'housing',
      categories: ('identity-contact' | 'health')[],
    ) => consentCovers(states, { recipientId: KI_ID, purpose, categories }) !== undefined;
    expect(ask('language-course', ['identity-contact'])).toBe(true);
    expect(ask('housing', ['identity-contact'])).toBe(false);
    expect(ask('language-course', ['health'])).toBe(false);
    const revoked = consentStates([consent], [revocation({})], '2026-12-02');
    expect(
      consentCovers(revoked, { recipientId: KI_ID, purpose: 'language-course', categories: [] }),
    ).toBeUndefined();
  });
});

describe('revocation checks', () => {
  const consent = signedConsent(ID_A);
  const base = revocation({});
  const input = { ...base, id: undefined };

  it('accepts a revocation received today', () => {
    expect(revocationIssues(consent, [], input, '2026-12-01')).toEqual([]);
  });

  it('refuses a future date, a date before signing and an unknown recipient', () => {
    expect(revocationIssues(consent, [], input, '2026-11-30').map((i) => i.code)).toEqual([
      V.revocationFuture,
    ]);
    const early = { ...input, receivedOn: '2026-11-20' };
    expect(revocationIssues(consent, [], early, '2026-12-01').map((i) => i.code)).toEqual([
      V.revocationBeforeSigning,
    ]);
    const stranger = {
      ...input,
      scope: { kind: 'recipients' as const, recipientIds: [VOLUNTEER_ID] },
    };
    expect(revocationIssues(consent, [], stranger, '2026-12-01').map((i) => i.code)).toEqual([
      V.revocationScope,
    ]);
  });

  it('refuses to revoke what is already revoked', () => {
    expect(revocationIssues(consent, [base], input, '2026-12-02').map((i) => i.code)).toEqual([
      V.alreadyRevoked,
    ]);
  });
});

describe('consent text', () => {
  const keysOf = (blocks: TextBlock[]) =>
    blocks.flatMap((b) => [
      b.key,
      ...Object.values(b.params ?? {}).flatMap((p) =>
        typeof p === 'object' && 'key' in p ? [p.key] : [],
      ),
    ]);
  const lookup = (key: string): unknown =>
    key
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], de);

  it('uses only keys the German master has', () => {
    const interpreted = consentChoices({
      interpreter: { name: 'D. Dolmetscher', language: 'ar' },
      signatory: { role: 'guardian', name: 'Vater Beispiel' },
    });
    const waiver = consentChoices({
      kind: 'confidentiality-waiver',
      releasedProfessionals: [{ name: 'A. B.', role: 'Sozialarbeit' }],
    });
    const everyChange = {
      version: 1,
      signedOn: '2026-11-21',
      changes: [
        { kind: 'recipient-added', name: 'A' },
        { kind: 'recipient-removed', name: 'B' },
        { kind: 'recipient-removed', name: 'C', revokedOn: '2026-12-01' },
        { kind: 'purpose-added', name: 'D', purpose: 'housing' },
        { kind: 'purpose-removed', name: 'D', purpose: 'housing' },
        { kind: 'category-added', name: 'D', category: 'family' },
        { kind: 'category-removed', name: 'D', category: 'health' },
        { kind: 'direction-changed', name: 'D', direction: 'mutual' },
        { kind: 'released-added', name: 'E' },
        { kind: 'released-removed', name: 'F' },
      ],
    } as const;
    for (const choices of [consentChoices(), interpreted, waiver]) {
      for (const previous of [undefined, everyChange, { ...everyChange, changes: [] }]) {
        for (const key of keysOf(composeConsentText(choices, previous))) {
          expect(typeof lookup(key), key).toBe('string');
        }
      }
    }
  });

  it('lists every recipient, purpose and category, the health wording and revocation', () => {
    const keys = keysOf(composeConsentText(consentChoices()));
    expect(keys).toEqual(
      expect.arrayContaining([
        'purpose.passport-procurement',
        'purpose.language-course',
        'purpose.social-counselling',
        'category.residence-status',
        'category.health',
        'special.health',
        'revocation.how',
        'voluntary.noEffect',
        'rights.complaint',
      ]),
    );
    const noHealth = consentChoices();
    noHealth.grants = noHealth.grants.map((g) => ({ ...g, categories: ['identity-contact'] }));
    expect(keysOf(composeConsentText(noHealth))).not.toContain('special.health');
  });

  it('renders with the given translator and refuses a missing text', () => {
    const blocks = composeConsentText(consentChoices());
    const renderer = {
      t: (key: string, params?: Record<string, string>) =>
        `${key}${params ? JSON.stringify(params) : ''}`,
      formatDate: (d: string) => `D(${d})`,
      languageName: (c: string) => `L(${c})`,
    };
    const rendered = renderConsentText(blocks, renderer, () => true);
    expect(rendered).toHaveLength(blocks.length);
    expect(rendered.find((b) => b.text.startsWith('duration'))?.text).toContain('D(2027-11-20)');
    expect(rendered.some((b) => b.text.includes('Caritas Beispielstadt'))).toBe(true);
    // Names, contacts and dates are isolated runs: a phone number keeps its order in Arabic.
    expect(rendered.find((b) => b.text.startsWith('revocation.how'))?.text).toContain(
      '"contact":"\u206802303 000-0, abh@kreis-beispiel.example\u2069"',
    );
    expect(rendered.find((b) => b.text.startsWith('duration'))?.text).toContain(
      '\u2068D(2027-11-20)\u2069',
    );
    expect(() => renderConsentText(blocks, renderer, (k) => k !== 'revocation.how')).toThrow(
      MissingConsentTextError,
    );
  });
});
