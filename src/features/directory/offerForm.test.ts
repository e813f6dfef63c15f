import { describe, expect, it } from 'vitest';
import { DIRECTORY_VALIDATION as V } from '../../domain/directory';
import { KREIS_UNNA_EXAMPLE } from '../../content/directory/kreisUnnaExample';
import {
  emptyOfferForm,
  formToInput,
  offerFormResolver,
  offerToForm,
  validInput,
  type OfferFormValues,
} from './offerForm';

const LANGS = ['de', 'en', 'ar'];
type ResolverResult = { values: object; errors: Record<string, unknown> };
const resolve = async (values: OfferFormValues) =>
  (await offerFormResolver(values, undefined, {
    fields: {},
    shouldUseNativeValidation: false,
  })) as ResolverResult;

describe('offer form', () => {
  it('round-trips an offer through the form', () => {
    for (const offer of KREIS_UNNA_EXAMPLE) {
      const { id, ...input } = offer;
      expect(id).toBeTruthy();
      const back = validInput(
        offerToForm(offer, [...new Set([...LANGS, ...Object.keys(offer.descriptions)])]),
      );
      expect(back).toEqual(input);
    }
  });

  it('reads towns and postcodes line by line', () => {
    const values = {
      ...emptyOfferForm('2026-11-21', LANGS),
      areas: 'Lünen: 44532, 44534\n\n Kamen:59174 ',
    };
    expect(formToInput(values)).toMatchObject({
      coverage: {
        scope: 'local',
        areas: [
          { municipality: 'Lünen', postcodes: ['44532', '44534'] },
          { municipality: 'Kamen', postcodes: ['59174'] },
        ],
      },
    });
  });

  it('puts each problem under its field, as i18n keys', async () => {
    const values: OfferFormValues = {
      ...emptyOfferForm('2026-11-21', LANGS),
      areas: 'Kamen: 5917',
      email: 'nope',
      postcode: '591',
      street: 'Beispielweg 1',
      city: 'Kamen',
      descriptions: { de: '', en: 'only English', ar: '' },
    };
    const { errors } = await resolve(values);
    expect(errors).toMatchObject({
      name: { message: V.required },
      areas: { message: V.postcode },
      postcode: { message: V.postcode },
      email: { message: V.email },
      descriptions: { de: { message: V.germanDescription } },
    });
  });

  it('accepts a complete form', async () => {
    const values: OfferFormValues = {
      ...emptyOfferForm('2026-11-21', LANGS),
      name: 'Beratung',
      areas: 'Kamen: 59174',
      descriptions: { de: 'Text', en: '', ar: '' },
    };
    expect((await resolve(values)).errors).toEqual({});
  });
});
