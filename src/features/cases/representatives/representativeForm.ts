import type { Resolver } from 'react-hook-form';
import {
  isAfter,
  REPRESENTATIVE_VALIDATION,
  RepresentativeSchema,
  type IsoDate,
  type ProofKind,
  type Representative,
  type RepresentativeRole,
} from '../../../domain';

/** The form's fields: flat strings, as the inputs hold them. */
export type RepresentativeValues = {
  name: string;
  role: RepresentativeRole;
  contact: string;
  scope: string;
  proofKind: ProofKind;
  /** ISO date from the date input; empty when not given. */
  proofDated: string;
  proofNote: string;
};

type Field = keyof RepresentativeValues;

export function valuesOf(representative: Representative | undefined): RepresentativeValues {
  return {
    name: representative?.name ?? '',
    role: representative?.role ?? 'lawyer',
    contact: representative?.contact ?? '',
    scope: representative?.scope ?? '',
    proofKind: representative?.proof.kind ?? 'written-power-of-attorney',
    proofDated: representative?.proof.dated ?? '',
    proofNote: representative?.proof.note ?? '',
  };
}

/** The representative the values describe; `base` keeps id and addedOn when editing. */
export function representativeOf(
  values: RepresentativeValues,
  base: Pick<Representative, 'id'> & Partial<Pick<Representative, 'addedOn'>>,
): Representative {
  const note = values.proofNote.trim();
  return {
    id: base.id,
    name: values.name,
    role: values.role,
    contact: values.contact,
    scope: values.scope,
    proof: {
      kind: values.proofKind,
      ...(values.proofDated !== '' ? { dated: values.proofDated } : {}),
      ...(note !== '' ? { note } : {}),
    },
    ...(base.addedOn !== undefined ? { addedOn: base.addedOn } : {}),
  };
}

const FIELD_OF_PATH: Record<string, Field> = {
  name: 'name',
  role: 'role',
  contact: 'contact',
  scope: 'scope',
  'proof.kind': 'proofKind',
  'proof.dated': 'proofDated',
  'proof.note': 'proofNote',
};

// Any valid id: the resolver checks the fields, not the id (the form supplies it on save).
const PROBE_ID = '00000000-0000-4000-8000-000000000000';

/**
 * Validates the form with the domain's RepresentativeSchema, plus "proof not dated in the
 * future" against today. Messages are the schema's codes (representatives:validation.*).
 */
export function representativeResolver(today: IsoDate): Resolver<RepresentativeValues> {
  return (values) => {
    const errors: Partial<Record<Field, { type: string; message: string }>> = {};
    const parsed = RepresentativeSchema.safeParse(representativeOf(values, { id: PROBE_ID }));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = FIELD_OF_PATH[issue.path.join('.')];
        if (field) errors[field] ??= { type: 'validate', message: issue.message };
      }
    }
    if (values.proofDated !== '' && !errors.proofDated && isAfter(values.proofDated, today)) {
      errors.proofDated = {
        type: 'validate',
        message: REPRESENTATIVE_VALIDATION.proofDatedFuture,
      };
    }
    return Object.keys(errors).length === 0 ? { values, errors: {} } : { values: {}, errors };
  };
}
