import { describe, expect, it } from 'vitest';
import type { SignedConsentContent } from '../../domain';
import {
  CARITAS_ID,
  CASE_ID,
  KI_ID,
  signedContent,
  TINY_PNG,
} from '../../domain/consents/consents.fixtures';
import { consentStates } from '../../domain';
import { InvalidInputError } from '../errors';
import { minuteClock, unlockedVault } from '../../../test/support/storageTesting';
import { dumpDatabase } from '../../../test/support/rawDump';
import { consentRepository, verifyConsentHash } from './consentRepository';

const SENTINEL = 'Sentinel-Signatur-Zeuge';
const content = (overrides: Partial<SignedConsentContent> = {}) =>
  signedContent(overrides, `Einwilligung ${SENTINEL}`);

async function setUp() {
  const { db, vault } = await unlockedVault('consents');
  return { db, vault, consents: consentRepository(vault, { now: minuteClock() }) };
}

const revocation = (
  consentId: string,
  scope: { kind: 'all' } | { kind: 'recipients'; recipientIds: string[] },
) => ({
  caseId: CASE_ID,
  consentId,
  scope,
  receivedOn: '2026-12-01',
  receivedVia: 'letter' as const,
  recordedBy: 'Frau Berger',
  recordedAt: '2026-12-01T09:00:00+01:00',
});

describe('consent repository', () => {
  it('stores the consent, its text, signature and hash encrypted with create and sign queued', async () => {
    const { db, consents } = await setUp();
    const signed = await consents.sign(content());
    expect(signed.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyConsentHash(signed)).toBe(true);
    expect(await consents.get(signed.id)).toMatchObject({
      renderedText: content().renderedText,
      signature: { method: 'drawn', signatory: TINY_PNG },
    });
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((e) => [e.entity, e.kind, e.recordId])).toEqual([
      ['consent', 'create', signed.id],
      ['consent', 'sign', signed.id],
    ]);
    expect(JSON.stringify(await dumpDatabase(db))).not.toContain(SENTINEL);
  });

  it('writes nothing when the transaction fails half-way through signing', async () => {
    const { db, consents } = await setUp();
    // Fail the second outbox entry (the sign), after the record and the create were added.
    let adds = 0;
    const failSecond = () => {
      adds++;
      if (adds === 2) throw new Error('injected failure');
    };
    db.outbox.hook('creating', failSecond);
    await expect(consents.sign(content())).rejects.toThrow('injected failure');
    db.outbox.hook('creating').unsubscribe(failSecond);
    expect(adds).toBe(2);
    expect(await db.consents.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses invalid input and writes nothing', async () => {
    const { db, consents } = await setUp();
    const bad = content({ signature: { method: 'drawn', signatory: 'data:image/gif;base64,AA' } });
    await expect(consents.sign(bad)).rejects.toBeInstanceOf(InvalidInputError);
    const noPurpose = content();
    noPurpose.grants = noPurpose.grants.map((g) => ({ ...g, purposes: [] }));
    await expect(consents.sign(noPurpose)).rejects.toBeInstanceOf(InvalidInputError);
    expect(await db.consents.count()).toBe(0);
  });

  it('offers no way to change a signed consent; a new version supersedes it and both stay', async () => {
    const { consents } = await setUp();
    const v1 = await consents.sign(content());
    const mutators = Object.keys(consents).filter((name) => !['get', 'forCase'].includes(name));
    expect(mutators.sort()).toEqual(['revoke', 'sign']);

    const v2 = await consents.sign(
      content({ version: 2, supersedes: v1.id, validUntil: '2027-05-20' }),
    );
    expect(await consents.get(v1.id)).toEqual(v1);
    const { consents: both } = await consents.forCase(CASE_ID);
    expect(both.map((c) => c.version).sort()).toEqual([1, 2]);
    expect(consentStates(both, [], '2026-12-01').every((s) => s.consentId === v2.id)).toBe(true);

    // No branches: v1 is already superseded; a wrong version number is refused too.
    await expect(consents.sign(content({ version: 2, supersedes: v1.id }))).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    await expect(consents.sign(content({ version: 5, supersedes: v2.id }))).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    await expect(consents.sign(content({ version: 2 }))).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('records a revocation as an event: the state changes, the consent and history stay', async () => {
    const { consents } = await setUp();
    const signed = await consents.sign(content());
    await consents.revoke(
      revocation(signed.id, { kind: 'recipients', recipientIds: [CARITAS_ID] }),
      '2026-12-01',
    );
    let state = await consents.forCase(CASE_ID);
    expect(
      consentStates(state.consents, state.revocations, '2026-12-01').map((s) => [
        s.recipient.id,
        s.status,
      ]),
    ).toEqual([
      [CARITAS_ID, 'revoked'],
      [KI_ID, 'active'],
    ]);
    await consents.revoke(
      { ...revocation(signed.id, { kind: 'all' }), receivedOn: '2026-12-03' },
      '2026-12-03',
    );
    state = await consents.forCase(CASE_ID);
    expect(state.revocations.map((r) => r.scope.kind)).toEqual(['recipients', 'all']);
    expect(
      consentStates(state.consents, state.revocations, '2026-12-03').map((s) => s.status),
    ).toEqual(['revoked', 'revoked']);
    expect(await consents.get(signed.id)).toEqual(signed);
    // Nothing left to revoke.
    await expect(
      consents.revoke(revocation(signed.id, { kind: 'all' }), '2026-12-04'),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });
});
