// The person's authorised representative (Bevollmächtigte/r): a lawyer, a counselling
// service or a volunteer the person has empowered. The Unna concept asks that one be named
// and involved; the follow-up list reminds the counsellor to inform them of relevant steps.
import { z } from 'zod';
import { IsoDateSchema } from '../facts/schema';
import { REFERRAL_VALIDATION as V } from '../referrals/validation';

export const representativeRoles = ['lawyer', 'counselling-service', 'volunteer', 'other'] as const;
export type RepresentativeRole = (typeof representativeRoles)[number];

/** How the authority was shown; the file needs the proof, not only a name. */
export const proofKinds = ['written-power-of-attorney', 'court-appointment', 'other'] as const;
export type ProofKind = (typeof proofKinds)[number];

export const RepresentativeSchema = z.strictObject({
  id: z.uuid({ error: V.invalid }),
  name: z.string({ error: V.name }).trim().min(1, { error: V.name }).max(120, { error: V.name }),
  role: z.enum(representativeRoles, { error: V.invalid }),
  /** Office, address, phone or e-mail. */
  contact: z
    .string({ error: V.contact })
    .trim()
    .min(1, { error: V.contact })
    .max(300, { error: V.contact }),
  /** What the authority covers, e.g. "residence procedure, incl. inspection of files". */
  scope: z
    .string({ error: V.scope })
    .trim()
    .min(1, { error: V.scope })
    .max(500, { error: V.scope }),
  proof: z.strictObject({
    kind: z.enum(proofKinds, { error: V.proof }),
    /** Date of the power of attorney or appointment. */
    dated: IsoDateSchema.optional(),
    /** Where the proof is (e.g. "copy in the ABH file"). */
    note: z.string({ error: V.proof }).trim().max(300, { error: V.proof }).optional(),
  }),
});
export type Representative = z.infer<typeof RepresentativeSchema>;

export const RepresentativesSchema = z.array(RepresentativeSchema).max(5, { error: V.invalid });
