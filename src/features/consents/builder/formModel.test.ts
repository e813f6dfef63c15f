import { describe, expect, it } from 'vitest';
import { CONSENT_VALIDATION as V } from '../../../domain';
import { consentChoices } from '../../../domain/consents/consents.fixtures';
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

  it('starts a new version from the old choices', () => {
    const previous = { ...consentChoices(), id: newId(), contentHash: 'a'.repeat(64) };
    const values = initialValues({
      newId,
      personName: 'x',
      clientLanguage: 'de',
      previous: {
        ...previous,
        renderedText: { de: [], client: [] },
        signature: { method: 'paper', photo: 'data:image/jpeg;base64,AA' },
        signedAt: '2026-11-21T10:00:00+01:00',
        recordedBy: 'B',
      },
    });
    expect(values.recipients.map((r) => r.id)).toEqual(previous.recipients.map((r) => r.id));
    expect(values.recipients[1]?.categories).toEqual(['identity-contact', 'health']);
  });
});
