// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import { foldPlaceName, searchOffers, directoryMunicipalities } from './search';
import {
  descriptionFor,
  isOfferReviewDue,
  supportOfferSchema,
  type SupportOffer,
  SUPPORT_OFFER_KINDS,
} from './schema';

let n = 0;
function offer(partial: Partial<SupportOffer>): SupportOffer {
  n += 1;
  return supportOfferSchema.parse({
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    kind: 'migration-counselling',
    name: `Angebot ${String(n)}`,
    coverage: { scope: 'local', areas: [{ municipality: 'Unna', postcodes: ['59423'] }] },
    languages: ['de'],
    contact: {},
    descriptions: { de: 'Text' },
    example: false,
    reviewedOn: '2026-01-01',
    ...partial,
  });
}

const luenen = offer({
  name: 'Beratung Lünen',
  coverage: { scope: 'local', areas: [{ municipality: 'Lünen', postcodes: ['44532', '44534'] }] },
  languages: ['de', 'ar'],
});
const kamen = offer({
  kind: 'return-counselling',
  name: 'Rückkehr Kamen',
  coverage: { scope: 'local', areas: [{ municipality: 'Kamen', postcodes: ['59174'] }] },
});
const froendenberg = offer({
  kind: 'volunteer-group',
  coverage: {
    scope: 'local',
    areas: [{ municipality: 'Fröndenberg/Ruhr', postcodes: ['58730'] }],
  },
});
const federal = offer({ kind: 'return-information-portal', coverage: { scope: 'federal' } });
const state = offer({ kind: 'hardship-commission', coverage: { scope: 'state' } });
const all = [federal, state, froendenberg, kamen, luenen];

const ids = (q: Parameters<typeof searchOffers>[1]) => searchOffers(all, q).map((m) => m.offer);

describe('searchOffers', () => {
  it('finds local offers by exact postcode, then state, then federal offers', () => {
    expect(ids({ query: '59174' })).toEqual([kamen, state, federal]);
    expect(searchOffers(all, { query: '59174' })[0]?.municipalities).toEqual(['Kamen']);
    expect(ids({ query: '44536' })).toEqual([state, federal]);
  });

  it('treats digits as the start of a postcode', () => {
    expect(ids({ query: '445' })).toEqual([luenen, state, federal]);
  });

  it('matches municipality names case- and diacritics-insensitively, by prefix', () => {
    for (const q of ['Lünen', 'lünen', 'Luenen', 'LUNEN', 'lü', ' luen ']) {
      expect(ids({ query: q }), q).toEqual([luenen, state, federal]);
    }
    expect(ids({ query: 'Ruhr' })).toEqual([froendenberg, state, federal]);
    expect(ids({ query: 'Froendenberg' })).toEqual([froendenberg, state, federal]);
    expect(ids({ query: 'Dortmund' })).toEqual([state, federal]);
  });

  it('lists everything for an empty query, in the documented order', () => {
    expect(ids({ query: '' })).toEqual([luenen, kamen, froendenberg, state, federal]);
  });

  it('filters by kind and by spoken language', () => {
    expect(ids({ query: '', kinds: ['return-counselling'] })).toEqual([kamen]);
    expect(ids({ query: 'Lünen', language: 'ar' })).toEqual([luenen]);
    expect(ids({ query: 'Kamen', language: 'ar' })).toEqual([]);
  });

  it('orders by kind in catalogue order, then by name', () => {
    const b = offer({ name: 'B', coverage: kamen.coverage });
    const a = offer({ name: 'a', coverage: kamen.coverage });
    const order = searchOffers([kamen, b, a], { query: 'Kamen' }).map((m) => m.offer.name);
    expect(order).toEqual(['a', 'B', 'Rückkehr Kamen']);
    expect(SUPPORT_OFFER_KINDS.indexOf('migration-counselling')).toBe(0);
  });

  it('orders two offers of the same kind and name by id, whatever the order given', () => {
    const first = offer({ name: 'Caritas', coverage: kamen.coverage });
    const second = offer({ name: 'caritas', coverage: kamen.coverage });
    const names = (list: SupportOffer[]) =>
      searchOffers(list, { query: '59174', kinds: ['migration-counselling'] }).map(
        (m) => m.offer.id,
      );
    expect(names([second, first])).toEqual([first.id, second.id]);
    expect(names([first, second])).toEqual([first.id, second.id]);
  });
});

describe('helpers', () => {
  it('folds place names', () => {
    expect(foldPlaceName('Fröndenberg/Ruhr')).toBe('froendenberg ruhr');
    expect(foldPlaceName('Straße')).toBe('strasse');
  });

  it('lists municipalities', () => {
    expect(directoryMunicipalities(all)).toEqual(['Fröndenberg/Ruhr', 'Kamen', 'Lünen']);
  });

  it('falls back to German descriptions and says so', () => {
    const o = offer({ descriptions: { de: 'Deutsch', ar: 'عربي' } });
    expect(descriptionFor(o, 'ar')).toEqual({ text: 'عربي', lang: 'ar', fallback: false });
    expect(descriptionFor(o, 'fa')).toEqual({ text: 'Deutsch', lang: 'de', fallback: true });
    expect(descriptionFor(o, 'de')).toEqual({ text: 'Deutsch', lang: 'de', fallback: false });
  });

  it('marks offers not reviewed for a year', () => {
    expect(isOfferReviewDue({ reviewedOn: '2025-03-01' }, '2026-02-28')).toBe(false);
    expect(isOfferReviewDue({ reviewedOn: '2025-03-01' }, '2026-03-01')).toBe(true);
  });
});
