import { describe, expect, it } from 'vitest';
import { carryOver, CONSENT_VALIDATION as V } from '../../../domain';
import { consentChoices, signedConsent } from '../../../domain/consents/consents.fixtures';
import { consentResolver, initialValues, toChoices, type ConsentContext } from './formModel';

const ctx: ConsentContext = {
  kind: 'data-consent',
  caseId: consentChoices().caseId,
  controller: consentChoices().controller,
  validFrom: '2026-11-21',
  version: 1,
};
let n = 0;
const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

async function resolve(values: ReturnType<typeof initialValues>) {
  const resolver = consentResolver(ctx);
  return resolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });
}

describe('consent form model', () => {
  it('starts with nothing ticked and reports what is missing without throwing', async () => {
    const values = initialValues({ newId, personName: 'Amina', clientLanguage: 'ar' });
    expect(values.recipients[0]).toMatchObject({ purposes: [], categories: [], direction: '' });
    const { errors } = await resolve(values);
    expect(errors).toMatchObject({
      recipients: { 0: { kind: { message: V.invalid }, purposes: { message: V.purposes } } },
      validUntil: { message: V.validUntil },
    });
    // Cross-field checks (a data category per recipient) follow once the fields are valid.
    const named = {
      ...values,
      validUntil: '2027-01-01',
      recipients: [
        {
          ...values.recipients[0]!,
          kind: 'volunteer' as const,
          name: 'Frau A.',
          purposes: ['housing' as const],
          direction: 'one-way' as const,
        },
      ],
    };
    expect((await resolve(named)).errors).toEqual({
      recipients: { 0: { categories: { type: 'validate', message: V.categories } } },
    });
  });

  it('accepts a complete form; the interpreter language defaults to the copy language', async () => {
    const values = initialValues({ newId, personName: 'Amina', clientLanguage: 'ar' });
    const recipient = {
      ...values.recipients[0]!,
      kind: 'integration-centre' as const,
      name: 'KI Kreis Unna',
      purposes: ['language-course' as const],
      categories: ['identity-contact' as const],
      direction: 'mutual' as const,
    };
    const complete = {
      ...values,
      recipients: [recipient],
      validUntil: '2027-11-20',
      interpreted: true,
      interpreterName: 'Salma K.',
    };
    const result = await resolve(complete);
    expect(result.errors).toEqual({});
    expect(toChoices(complete, ctx)).toMatchObject({ interpreter: { language: 'ar' } });
  });

  it('starts a new version from what is still valid: no revoked recipient, no health', () => {
    const consent = signedConsent(newId(), {
      interpreter: { name: 'Salma K.', language: 'ar' },
    });
    const [ki, caritas] = consent.recipients;
    const revocation = {
      id: newId(),
      caseId: consent.caseId,
      consentId: consent.id,
      scope: { kind: 'recipients' as const, recipientIds: [ki!.id] },
      receivedOn: '2026-12-01',
      receivedVia: 'phone' as const,
      recordedBy: 'B',
      recordedAt: '2026-12-01T09:00:00+01:00',
    };
    const values = initialValues({
      newId,
      personName: 'x',
      clientLanguage: 'de',
      previous: { consent, carried: carryOver(consent, [revocation], '2026-12-04') },
    });
    expect(values.recipients.map((r) => r.id)).toEqual([caritas!.id]);
    // Health was granted to Caritas: it must be ticked again, explicitly.
    expect(values.recipients[0]?.categories).toEqual(['identity-contact']);
    expect(values.recipients[0]?.purposes).toEqual(['social-counselling']);
    expect(values.validUntil).toBe(consent.validUntil);
    expect(values.interpreted).toBe(false);
    // Everyone revoked: the form starts with one empty recipient.
    const all = { ...revocation, scope: { kind: 'all' as const } };
    const empty = initialValues({
      newId,
      personName: 'x',
      clientLanguage: 'de',
      previous: { consent, carried: carryOver(consent, [all], '2026-12-04') },
    });
    expect(empty.recipients).toHaveLength(1);
    expect(empty.recipients[0]).toMatchObject({ name: '', purposes: [], categories: [] });
  });
});
