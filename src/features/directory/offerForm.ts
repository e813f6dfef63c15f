// The administrator's form values and their conversion to a SupportOfferInput. The form is
// flat (areas and languages as text) so it stays usable on a tablet; validation is the
// domain schema's, with each issue mapped back to the field that caused it.
import type { FieldErrors, Resolver } from 'react-hook-form';
import {
  DIRECTORY_VALIDATION,
  supportOfferInputSchema,
  type SupportOffer,
  type SupportOfferInput,
  type SupportOfferKind,
} from '../../domain/directory';

export type OfferFormValues = {
  kind: SupportOfferKind;
  name: string;
  scope: 'local' | 'state' | 'federal';
  /** One line per municipality: "Kamen: 59174, 59175". */
  areas: string;
  street: string;
  postcode: string;
  city: string;
  openingHours: string;
  /** Language codes, separated by commas or spaces ("de, ar, fa"). */
  languages: string;
  phone: string;
  email: string;
  web: string;
  descriptions: Record<string, string>;
  reviewedOn: string;
  example: boolean;
};

export function emptyOfferForm(today: string, descriptionLanguages: readonly string[]) {
  const values: OfferFormValues = {
    kind: 'migration-counselling',
    name: '',
    scope: 'local',
    areas: '',
    street: '',
    postcode: '',
    city: '',
    openingHours: '',
    languages: 'de',
    phone: '',
    email: '',
    web: '',
    descriptions: Object.fromEntries(descriptionLanguages.map((l) => [l, ''])),
    reviewedOn: today,
    example: false,
  };
  return values;
}

export function offerToForm(offer: SupportOffer, descriptionLanguages: readonly string[]) {
  const values: OfferFormValues = {
    kind: offer.kind,
    name: offer.name,
    scope: offer.coverage.scope,
    areas:
      offer.coverage.scope === 'local'
        ? offer.coverage.areas.map((a) => `${a.municipality}: ${a.postcodes.join(', ')}`).join('\n')
        : '',
    street: offer.address?.street ?? '',
    postcode: offer.address?.postcode ?? '',
    city: offer.address?.city ?? '',
    openingHours: offer.openingHours ?? '',
    languages: offer.languages.join(', '),
    phone: offer.contact.phone ?? '',
    email: offer.contact.email ?? '',
    web: offer.contact.web ?? '',
    descriptions: Object.fromEntries(
      descriptionLanguages.map((l) => [l, offer.descriptions[l] ?? '']),
    ),
    reviewedOn: offer.reviewedOn,
    example: offer.example,
  };
  return values;
}

const filled = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** The form as an offer input (not yet validated): empty optional fields are left out. */
export function formToInput(values: OfferFormValues): unknown {
  const areas = values.areas
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [municipality = '', codes = ''] = line.split(':');
      return {
        municipality: municipality.trim(),
        postcodes: codes
          .split(/[\s,;]+/)
          .map((c) => c.trim())
          .filter((c) => c !== ''),
      };
    });
  const hasAddress = [values.street, values.postcode, values.city].some((v) => v.trim() !== '');
  const contact = {
    phone: filled(values.phone),
    email: filled(values.email),
    web: filled(values.web),
  };
  return {
    kind: values.kind,
    name: values.name,
    coverage: values.scope === 'local' ? { scope: 'local', areas } : { scope: values.scope },
    ...(hasAddress
      ? { address: { street: values.street, postcode: values.postcode, city: values.city } }
      : {}),
    ...(filled(values.openingHours) ? { openingHours: filled(values.openingHours) } : {}),
    languages: values.languages
      .split(/[\s,;]+/)
      .map((c) => c.trim().toLowerCase())
      .filter((c) => c !== ''),
    contact: Object.fromEntries(Object.entries(contact).filter(([, v]) => v !== undefined)),
    descriptions: Object.fromEntries(
      Object.entries(values.descriptions)
        .map(([lang, text]) => [lang, text.trim()] as const)
        .filter(([, text]) => text !== ''),
    ),
    reviewedOn: values.reviewedOn,
    example: values.example,
  };
}

/** Which form field a schema issue belongs to. */
function fieldOf(path: readonly PropertyKey[]): string {
  const [first, second] = path.map(String);
  if (first === 'coverage') return 'areas';
  if (first === 'address' || first === 'contact') return second ?? 'name';
  if (first === 'descriptions') return `descriptions.${second ?? 'de'}`;
  return first ?? 'name';
}

/**
 * react-hook-form resolver over the domain schema: the messages are the schema's i18n keys
 * (`directory:validation.*`), shown inline under each field.
 */
export const offerFormResolver: Resolver<OfferFormValues> = (values) => {
  const parsed = supportOfferInputSchema.safeParse(formToInput(values));
  if (parsed.success) return { values, errors: {} };
  const errors: Record<string, { type: string; message: string }> = {};
  for (const issue of parsed.error.issues) {
    const field = fieldOf(issue.path);
    errors[field] ??= {
      type: 'validation',
      message: issue.message || DIRECTORY_VALIDATION.invalid,
    };
  }
  // Nested names ("descriptions.de") must be nested objects for react-hook-form.
  const nested: Record<string, unknown> = {};
  for (const [name, error] of Object.entries(errors)) {
    const [head = '', tail] = name.split('.');
    if (tail) nested[head] = { ...(nested[head] as object | undefined), [tail]: error };
    else nested[head] = error;
  }
  return { values: {}, errors: nested as FieldErrors<OfferFormValues> };
};

/** The validated input (after the resolver accepted the values). */
export function validInput(values: OfferFormValues): SupportOfferInput {
  return supportOfferInputSchema.parse(formToInput(values));
}
