import {
  CONSENT_VALIDATION,
  consentContentOf,
  ConsentRevocationSchema,
  revocationIssues,
  SignedConsentContentSchema,
  type ConsentRevocation,
  type ConsentRevocationContent,
  type IsoDate,
  type SignedConsent,
  type SignedConsentContent,
} from '../../domain';
import { canonicalJson } from '../../protocol/canonicalJson';
import { InvalidInputError } from '../errors';
import { sealedStore, type SealedStoreOptions, type StoredRecord } from '../records/sealedStore';
import { sha256Hex } from '../records/contentHash';
import type { Vault } from '../vault/vault';

/** On disk: the signed content plus its hash; every property except the hash is a sync field. */
type ConsentFields = SignedConsentContent & { contentHash: string } & Record<string, unknown>;
type RevocationFields = ConsentRevocationContent & Record<string, unknown>;

export type StoredConsent = SignedConsent & { updatedAt: string };
export type StoredRevocation = ConsentRevocation & { updatedAt: string };

const fromConsent = (s: StoredRecord<ConsentFields>): StoredConsent => ({
  ...s.value,
  id: s.id,
  updatedAt: s.updatedAt,
});
const fromRevocation = (s: StoredRecord<RevocationFields>): StoredRevocation => ({
  ...s.value,
  id: s.id,
  updatedAt: s.updatedAt,
});

/** The exact bytes the content hash covers (client and server hash the same). */
export function consentHashInput(content: SignedConsentContent): string {
  return canonicalJson(JSON.parse(JSON.stringify(content)) as unknown);
}

export async function verifyConsentHash(consent: SignedConsent): Promise<boolean> {
  return (await sha256Hex(consentHashInput(consentContentOf(consent)))) === consent.contentHash;
}

/**
 * Consents and their revocations, encrypted at rest. There is deliberately no update: a
 * signed consent is written once (record, rendered text, signature image and content hash
 * in ONE transaction together with its outbox entries) and only ever superseded by a new
 * version or withdrawn by an append-only revocation. Offline: all local; the outbox delivers
 * them later (create, then sign, which the server checks against the same hash). Failure:
 * the promise rejects and nothing at all is written; the form keeps its input.
 */
export function consentRepository(vault: Vault, options: SealedStoreOptions = {}) {
  const consents = sealedStore<ConsentFields>(vault, 'consents', 'consent', options);
  const revocations = sealedStore<RevocationFields>(
    vault,
    'revocations',
    'consent-revocation',
    options,
  );
  const newId = options.newId ?? (() => globalThis.crypto.randomUUID());

  async function forCase(caseId: string) {
    const [c, r] = await Promise.all([consents.byCase(caseId), revocations.byCase(caseId)]);
    return {
      consents: c.map(fromConsent).sort((a, b) => b.signedAt.localeCompare(a.signedAt)),
      revocations: r.map(fromRevocation).sort((a, b) => a.receivedOn.localeCompare(b.receivedOn)),
    };
  }

  return {
    forCase,

    async get(id: string): Promise<StoredConsent | undefined> {
      const stored = await consents.get(id);
      return stored ? fromConsent(stored) : undefined;
    },

    /**
     * Stores a signed consent. A new version names the one it `supersedes`: same case, the
     * next version number, and only the newest version may be superseded (no branches).
     * Invalid input → InvalidInputError, nothing written.
     */
    async sign(content: SignedConsentContent): Promise<StoredConsent> {
      const parsed = SignedConsentContentSchema.safeParse(content);
      if (!parsed.success) throw new InvalidInputError(parsed.error.issues);
      const value = parsed.data;
      if (value.supersedes !== undefined) {
        const { consents: existing } = await forCase(value.caseId);
        const previous = existing.find((c) => c.id === value.supersedes);
        const problem = !previous
          ? 'supersedes'
          : previous.version + 1 !== value.version
            ? 'version'
            : existing.some((c) => c.supersedes === previous.id)
              ? 'supersedes'
              : undefined;
        if (problem) {
          throw new InvalidInputError([
            { path: [problem], message: CONSENT_VALIDATION.superseded },
          ]);
        }
      } else if (value.version !== 1) {
        throw new InvalidInputError([
          { path: ['version'], message: CONSENT_VALIDATION.superseded },
        ]);
      }
      const contentHash = await sha256Hex(consentHashInput(value));
      const id = newId();
      const stored = await consents.create(
        id,
        value.caseId,
        { ...value, contentHash },
        { signed: true },
      );
      return fromConsent(stored);
    },

    /**
     * Records a withdrawal (whole consent or some recipients), checked against the consent and
     * the revocations already on this device. The consent itself is not touched.
     */
    async revoke(input: ConsentRevocationContent, asOf: IsoDate): Promise<StoredRevocation> {
      const parsed = ConsentRevocationSchema.safeParse(input);
      if (!parsed.success) throw new InvalidInputError(parsed.error.issues);
      const consent = await this.get(parsed.data.consentId);
      if (!consent) {
        throw new InvalidInputError([{ path: ['consentId'], message: CONSENT_VALIDATION.invalid }]);
      }
      const { revocations: existing } = await forCase(consent.caseId);
      const issues = revocationIssues(consent, existing, parsed.data, asOf);
      if (issues.length > 0) {
        throw new InvalidInputError(issues.map((i) => ({ path: [i.path], message: i.code })));
      }
      const id = newId();
      const stored = await revocations.create(id, consent.caseId, parsed.data);
      return fromRevocation(stored);
    },
  };
}
export type ConsentRepository = ReturnType<typeof consentRepository>;
