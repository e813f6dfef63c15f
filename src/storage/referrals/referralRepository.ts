import {
  IncomingReferralSchema,
  ReferralDraftSchema,
  ReferralReportSchema,
  referralGate,
  type GateRefusal,
  type IncomingReferral,
  type IncomingReferralContent,
  type InboxStatus,
  type IsoDate,
  type Referral,
  type ReferralDraft,
  type ReferralStatus,
} from '../../domain';
import type { ConsentRepository } from '../consents/consentRepository';
import { InvalidInputError } from '../errors';
import { sealedStore, type SealedStoreOptions, type StoredRecord } from '../records/sealedStore';
import { readPartners } from './partners';
import type { Vault } from '../vault/vault';

type ReferralFields = ReferralDraft & ReferralStatus & Record<string, unknown>;
type IncomingFields = IncomingReferralContent & Record<string, unknown>;

export type StoredReferral = Referral & {
  updatedAt: string;
  /** False until the server confirmed the referral (still in this device's outbox). */
  delivered: boolean;
};
export type StoredIncomingReferral = IncomingReferral & { updatedAt: string };

/** The consent gate said no: nothing was stored. */
export class ReferralRefusedError extends Error {
  constructor(readonly reason: GateRefusal) {
    super(`Referral refused: ${reason}`);
    this.name = 'ReferralRefusedError';
  }
}

const fromReferral = (s: StoredRecord<ReferralFields>): StoredReferral => ({
  ...s.value,
  id: s.id,
  updatedAt: s.updatedAt,
  delivered: s.rev !== undefined && s.rev > 0,
});
const fromIncoming = (s: StoredRecord<IncomingFields>): StoredIncomingReferral => ({
  ...s.value,
  id: s.id,
  updatedAt: s.updatedAt,
});

/**
 * Referrals sent from this organisation and referrals received from others, encrypted at
 * rest like every record. Sending asks the consent gate with the consents on this device
 * first (the server asks again with its own copy); a refusal writes nothing. Offline a sent
 * referral waits in the outbox; if the server refuses it later (the consent was withdrawn
 * meanwhile), the sync marks it `refused`. Received referrals are written by sync only; this
 * device may answer them (status, reports). Failures reject the promise and write nothing.
 */
export function referralRepository(
  vault: Vault,
  consents: ConsentRepository,
  options: SealedStoreOptions = {},
) {
  const sent = sealedStore<ReferralFields>(vault, 'referrals', 'referral', options);
  const received = sealedStore<IncomingFields>(
    vault,
    'incomingReferrals',
    'referral-inbox',
    options,
  );
  const newId = options.newId ?? (() => globalThis.crypto.randomUUID());

  async function incomingOrThrow(id: string) {
    const stored = await received.get(id);
    if (!stored)
      throw new InvalidInputError([{ path: ['id'], message: 'referrals:validation.invalid' }]);
    return stored;
  }

  return {
    async forCase(caseId: string): Promise<StoredReferral[]> {
      return (await sent.byCase(caseId))
        .map(fromReferral)
        .sort((a, b) => b.sentAt.localeCompare(a.sentAt));
    },

    async get(id: string): Promise<StoredReferral | undefined> {
      const stored = await sent.get(id);
      return stored ? fromReferral(stored) : undefined;
    },

    /** Partner organisations known from the last sync (none before the first). */
    partners: () => readPartners(vault.db),

    /**
     * Sends a referral if the case's consents allow it on `asOf`. Invalid input →
     * InvalidInputError; no covering consent → ReferralRefusedError; nothing written then.
     */
    async send(input: ReferralDraft, asOf: IsoDate): Promise<StoredReferral> {
      const parsed = ReferralDraftSchema.safeParse(input);
      if (!parsed.success) throw new InvalidInputError(parsed.error.issues);
      const draft = parsed.data;
      const { consents: signed, revocations } = await consents.forCase(draft.caseId);
      const gate = referralGate(signed, revocations, draft, asOf);
      if (!gate.ok) throw new ReferralRefusedError(gate.reason);
      const stored = await sent.create(newId(), draft.caseId, { ...draft, state: 'sent' });
      return fromReferral(stored);
    },

    /** Withdraws a referral (the recipient's copy is removed at its next sync). */
    async withdraw(id: string, at: Date): Promise<StoredReferral> {
      const stored = await sent.update(id, (current) =>
        current.state === 'sent' || current.state === 'accepted'
          ? {
              ...current,
              state: 'withdrawn',
              withdrawnAt: at.toISOString(),
              withdrawnReason: 'by-sender',
            }
          : current,
      );
      return fromReferral(stored);
    },

    async incoming(): Promise<StoredIncomingReferral[]> {
      return (await received.all())
        .map(fromIncoming)
        .sort((a, b) => b.sentAt.localeCompare(a.sentAt));
    },

    async getIncoming(id: string): Promise<StoredIncomingReferral | undefined> {
      const stored = await received.get(id);
      return stored ? fromIncoming(stored) : undefined;
    },

    /** The recipient accepts or declines (or reopens); the sender sees it after both synced. */
    async answer(id: string, status: InboxStatus): Promise<StoredIncomingReferral> {
      await incomingOrThrow(id);
      const stored = await received.update(id, (current) => ({ ...current, status }));
      return fromIncoming(stored);
    },

    /** Appends a progress report for the sender; reports are never edited afterwards. */
    async report(id: string, input: { text: string; by: string }, at: Date) {
      const report = ReferralReportSchema.safeParse({ ...input, at: at.toISOString() });
      if (!report.success) throw new InvalidInputError(report.error.issues);
      await incomingOrThrow(id);
      const stored = await received.update(id, (current) => {
        const next = { ...current, reports: [...current.reports, report.data] };
        IncomingReferralSchema.parse(next);
        return next;
      });
      return fromIncoming(stored);
    },
  };
}
export type ReferralRepository = ReturnType<typeof referralRepository>;
