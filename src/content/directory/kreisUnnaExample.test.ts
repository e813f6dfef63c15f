import { describe, expect, it } from 'vitest';
import { searchOffers, supportOfferSchema, SUPPORT_OFFER_KINDS } from '../../domain/directory';
import { KREIS_UNNA_AREAS, KREIS_UNNA_EXAMPLE } from './kreisUnnaExample';

describe('Kreis Unna example directory', () => {
  it('is valid, marked as example data, with fictitious contacts', () => {
    for (const offer of KREIS_UNNA_EXAMPLE) {
      expect(supportOfferSchema.parse(offer)).toEqual(offer);
      expect(offer.example).toBe(true);
      expect(offer.name.startsWith('Beispiel: ')).toBe(true);
      if (offer.contact.email) expect(offer.contact.email).toMatch(/@example\.org$/);
      if (offer.contact.phone) expect(offer.contact.phone).toMatch(/^0000 /);
      if (offer.address) expect(offer.address.street).toMatch(/^Beispiel/);
      for (const lang of ['de', 'en', 'ar']) expect(offer.descriptions[lang]).toBeTruthy();
    }
    expect(new Set(KREIS_UNNA_EXAMPLE.map((o) => o.id)).size).toBe(KREIS_UNNA_EXAMPLE.length);
  });

  it('covers every kind and every municipality of the county', () => {
    expect(new Set(KREIS_UNNA_EXAMPLE.map((o) => o.kind))).toEqual(new Set(SUPPORT_OFFER_KINDS));
    for (const area of Object.values(KREIS_UNNA_AREAS)) {
      for (const postcode of area.postcodes) {
        const local = searchOffers(KREIS_UNNA_EXAMPLE, { query: postcode }).filter(
          (m) => m.reason === 'postcode',
        );
        expect(local.length, postcode).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
