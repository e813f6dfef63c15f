import type { FieldErrors, Resolver } from 'react-hook-form';
import { setErrorAt } from '../../../ui/formErrors';
import {
  CONSENT_TEMPLATE,
  CONSENT_VALIDATION,
  ConsentChoicesSchema,
  type ConsentChoices,
  type ConsentPurpose,
  type Controller,
  type DataCategory,
  type IsoDate,
  type CarryOver,
  type RecipientKind,
  type SignedConsent,
} from '../../../domain';

export type ConsentKind = ConsentChoices['kind'];

export type RecipientValues = {
  /** Kept across versions so the state per recipient follows the same recipient. */
  id: string;
  kind: RecipientKind | '';
  name: string;
  contact: string;
  /** A partner organisation on this server ('' = the recipient does not use Perspektive). */
  partnerOrgId: string;
  purposes: ConsentPurpose[];
  categories: DataCategory[];
  direction: 'one-way' | 'mutual' | '';
};

/** The builder's form. Nothing is pre-ticked: purposes, categories and direction start empty. */
export type ConsentFormValues = {
  clientLanguage: string;
  personName: string;
  recipients: RecipientValues[];
  releasedProfessionals: { name: string; role: string }[];
  validUntil: string;
  interpreted: boolean;
  interpreterName: string;
  interpreterLanguage: string;
  signatoryRole: 'person' | 'guardian';
  guardianName: string;
};

/** What the form does not ask: fixed by the case, the device settings and the day. */
export type ConsentContext = {
  kind: ConsentKind;
  caseId: string;
  controller: Controller;
  validFrom: IsoDate;
  version: number;
  supersedes?: string;
};

export const emptyRecipient = (id: string): RecipientValues => ({
  id,
  kind: '',
  name: '',
  contact: '',
  partnerOrgId: '',
  purposes: [],
  categories: [],
  direction: '',
});

export function initialValues(input: {
  newId: () => string;
  personName: string;
  clientLanguage: string;
  /** The person is under 18 today: the legal guardian signs (preselected, can be changed). */
  minor?: boolean;
  /** A new version: the version it replaces and what may be carried over from it. */
  previous?: { consent: SignedConsent; carried: CarryOver };
}): ConsentFormValues {
  const p = input.previous?.consent;
  const carried = input.previous?.carried;
  if (!p || !carried) {
    return {
      clientLanguage: input.clientLanguage,
      personName: input.personName,
      recipients: [emptyRecipient(input.newId())],
      releasedProfessionals: [],
      validUntil: '',
      interpreted: false,
      interpreterName: '',
      interpreterLanguage: '',
      signatoryRole: input.minor ? 'guardian' : 'person',
      guardianName: '',
    };
  }
  // A new version starts from what is still valid (carryOver: no revoked recipient, no
  // Art. 9 category) and is signed again from scratch. The interpreter is not carried: who
  // interprets is a fact of the day of signing, not a choice of the person.
  const recipients = carried.recipients.map((r): RecipientValues => ({
    id: r.id,
    kind: r.kind,
    name: r.name,
    contact: r.contact ?? '',
    partnerOrgId: r.partnerOrgId ?? '',
    purposes: [...(r.grant?.purposes ?? [])],
    categories: [...(r.grant?.categories ?? [])],
    direction: r.grant?.direction ?? '',
  }));
  return {
    clientLanguage: p.clientLanguage,
    personName: p.personName,
    recipients: recipients.length > 0 ? recipients : [emptyRecipient(input.newId())],
    releasedProfessionals: p.releasedProfessionals.map((x) => ({ ...x })),
    validUntil: carried.validUntil ?? '',
    interpreted: false,
    interpreterName: '',
    interpreterLanguage: '',
    signatoryRole: p.signatory.role,
    guardianName: p.signatory.role === 'guardian' ? p.signatory.name : '',
  };
}

/** The form's values as domain choices (not yet validated). */
export function toChoices(values: ConsentFormValues, ctx: ConsentContext): unknown {
  const waiver = ctx.kind === 'confidentiality-waiver';
  const trimmed = (s: string) => s.trim();
  return {
    caseId: ctx.caseId,
    kind: ctx.kind,
    templateVersion: CONSENT_TEMPLATE.version,
    version: ctx.version,
    ...(ctx.supersedes ? { supersedes: ctx.supersedes } : {}),
    clientLanguage: values.clientLanguage,
    personName: trimmed(values.personName),
    controller: ctx.controller,
    recipients: values.recipients.map((r) => ({
      id: r.id,
      kind: r.kind,
      name: trimmed(r.name),
      ...(trimmed(r.contact) ? { contact: trimmed(r.contact) } : {}),
      ...(r.partnerOrgId && !waiver ? { partnerOrgId: r.partnerOrgId } : {}),
    })),
    grants: values.recipients.map((r) => ({
      recipientId: r.id,
      purposes: r.purposes,
      categories: waiver ? [] : r.categories,
      direction: r.direction,
    })),
    releasedProfessionals: waiver
      ? values.releasedProfessionals.map((x) => ({ name: trimmed(x.name), role: trimmed(x.role) }))
      : [],
    validFrom: ctx.validFrom,
    validUntil: values.validUntil,
    ...(values.interpreted
      ? {
          interpreter: {
            name: trimmed(values.interpreterName),
            // Empty: the language of the client copy (the usual case).
            language: values.interpreterLanguage || values.clientLanguage,
          },
        }
      : {}),
    signatory:
      values.signatoryRole === 'guardian'
        ? { role: 'guardian', name: trimmed(values.guardianName) }
        : { role: 'person' },
  };
}

/** Where a schema issue is shown in the form (grants and recipients share their index). */
function formPath(path: readonly PropertyKey[]): string {
  const [head, index, field] = path.map(String);
  if (head === 'grants') return `recipients.${index ?? 0}.${field ?? 'purposes'}`;
  if (head === 'recipients' && field === undefined && index !== undefined) {
    return `recipients.${index}.purposes`;
  }
  if (head === 'interpreter')
    return index === 'language' ? 'interpreterLanguage' : 'interpreterName';
  if (head === 'signatory') return 'guardianName';
  if (head === 'controller') return 'root.controller';
  return path.map(String).join('.') || 'root';
}

/** Validates with the domain schema; messages are i18n keys (consents:validation.*). */
export function consentResolver(ctx: ConsentContext): Resolver<ConsentFormValues> {
  return (values) => {
    const parsed = ConsentChoicesSchema.safeParse(toChoices(values, ctx));
    if (parsed.success) return { values, errors: {} };
    const errors: Record<string, unknown> = {};
    for (const issue of parsed.error.issues) {
      const message = issue.message.startsWith('consents:')
        ? issue.message
        : issue.path[0] === 'validUntil'
          ? CONSENT_VALIDATION.validUntil
          : CONSENT_VALIDATION.invalid;
      setErrorAt(errors, formPath(issue.path), { type: 'validate', message });
    }
    return { values: {}, errors: errors as FieldErrors<ConsentFormValues> };
  };
}
