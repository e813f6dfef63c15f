// Test data for consents: valid choices and signed consents built from them.
import type { ConsentChoices, SignedConsent, SignedConsentContent } from './schema';

export const CASE_ID = '5d0c3a5e-3f44-4a0c-9b7e-2b8c8f4b1a01';
export const KI_ID = '0f8e0a2c-6a43-4f6a-8f0e-6f1d7c2b9a11';
export const CARITAS_ID = '3c1d5b7e-9a2f-4e6d-8b0c-1a2b3c4d5e22';
export const VOLUNTEER_ID = '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c33';
export const HASH = 'a'.repeat(64);

export function consentChoices(overrides: Partial<ConsentChoices> = {}): ConsentChoices {
  return {
    caseId: CASE_ID,
    kind: 'data-consent',
    templateVersion: 'einwilligung-2026-11-v1',
    version: 1,
    clientLanguage: 'ar',
    personName: 'Amina Beispiel',
    controller: {
      name: 'Kreis Beispiel, Ausländerbehörde',
      address: 'Musterstraße 1, 59425 Beispielstadt',
      contact: '02303 000-0, abh@kreis-beispiel.example',
      dataProtectionOfficer: 'Datenschutzbeauftragte, datenschutz@kreis-beispiel.example',
      supervisoryAuthority: 'LDI NRW, Kavalleriestraße 2–4, 40213 Düsseldorf',
    },
    recipients: [
      { id: KI_ID, kind: 'integration-centre', name: 'KI Kreis Beispiel – Case-Management' },
      {
        id: CARITAS_ID,
        kind: 'welfare-organisation',
        name: 'Caritas Beispielstadt',
        contact: 'caritas@beispiel.example',
      },
    ],
    grants: [
      {
        recipientId: KI_ID,
        purposes: ['passport-procurement', 'language-course'],
        categories: ['identity-contact', 'residence-status'],
        direction: 'mutual',
      },
      {
        recipientId: CARITAS_ID,
        purposes: ['social-counselling'],
        categories: ['identity-contact', 'health'],
        direction: 'one-way',
      },
    ],
    releasedProfessionals: [],
    validFrom: '2026-11-21',
    validUntil: '2027-11-20',
    signatory: { role: 'person' },
    ...overrides,
  };
}

/** A 1×1 PNG, a valid signature image for the schema. */
export const TINY_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** Valid signed content (what storage hashes), built on consentChoices. */
export function signedContent(
  overrides: Partial<SignedConsentContent> = {},
  marker = 'Einwilligung',
): SignedConsentContent {
  return {
    ...consentChoices(),
    renderedText: {
      de: [{ kind: 'title', text: marker }],
      client: [{ kind: 'title', text: 'موافقة' }],
    },
    signature: { method: 'drawn', signatory: TINY_PNG },
    signedAt: '2026-11-21T10:15:00+01:00',
    signedPlace: 'Unna',
    recordedBy: 'Frau Berger',
    ...overrides,
  };
}

export function signedConsent(id: string, overrides: Partial<ConsentChoices> = {}): SignedConsent {
  return {
    ...consentChoices(overrides),
    id,
    contentHash: HASH,
    renderedText: {
      de: [{ kind: 'title', text: 'Einwilligung' }],
      client: [{ kind: 'title', text: 'موافقة' }],
    },
    signature: { method: 'drawn', signatory: 'data:image/png;base64,AAAA' },
    signedAt: '2026-11-21T10:15:00+01:00',
    recordedBy: 'Berater Beispiel',
  };
}
