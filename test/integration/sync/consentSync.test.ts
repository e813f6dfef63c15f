// Signed consents and revocations between two devices through the real server and database.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { consentStates } from '../../../src/domain';
import { CARITAS_ID, KI_ID, signedContent } from '../../../src/domain/consents/consents.fixtures';
import { verifyConsentHash } from '../../../src/storage/consents/consentRepository';
import { httpTransport } from '../../../src/sync/transport';
import { clientDevice } from './support/clientDevice';
import { addUser, createOrg, listeningTestServer } from './support/fixtures';

const running = listeningTestServer();

/** A base64 PNG-shaped payload of about `size` characters (content is not decoded). */
const image = (size: number, seed: number) =>
  `data:image/png;base64,${Buffer.from(
    Array.from({ length: Math.floor((size * 3) / 4) }, (_, i) => (i * 31 + seed) % 256),
  ).toString('base64')}`;

async function counsellors() {
  const server = running.server();
  const org = await createOrg(server);
  const transport = httpTransport(running.baseUrl());
  return {
    a: await clientDevice(transport, await addUser(server, org)),
    b: await clientDevice(transport, await addUser(server, org)),
  };
}

async function caseWithConsent(
  device: Awaited<ReturnType<typeof clientDevice>>,
  signature: string,
) {
  const created = await device.cases.create({
    displayName: 'Amina Beispiel',
    pseudonymised: false,
    createdOn: '2026-11-21',
  });
  const content = signedContent({
    caseId: created.id,
    signature: { method: 'drawn', signatory: signature, counsellor: image(20_000, 9) },
  });
  return { caseId: created.id, consent: await device.consents.sign(content) };
}

describe('consents through the real server', () => {
  it('a consent signed offline on A arrives signed and intact on B; a revocation follows', async () => {
    const { a, b } = await counsellors();
    const { caseId, consent } = await caseWithConsent(a, image(40_000, 1));
    expect(await a.sync()).toMatchObject({ kind: 'done', pushed: 3 });
    expect(await a.replica.pendingCount()).toBe(0);

    const stored = await running
      .server()
      .db.query<{ content_hash: string }>(`SELECT content_hash FROM records WHERE id = $1`, [
        consent.id,
      ]);
    expect(stored[0]?.content_hash).toBe(consent.contentHash);

    expect(await b.sync()).toMatchObject({ kind: 'done' });
    const onB = await b.consents.get(consent.id);
    expect(onB).toMatchObject({ contentHash: consent.contentHash, signature: consent.signature });
    expect(onB && (await verifyConsentHash(onB))).toBe(true);

    await b.consents.revoke(
      {
        caseId,
        consentId: consent.id,
        scope: { kind: 'recipients', recipientIds: [CARITAS_ID] },
        receivedOn: '2026-12-01',
        receivedVia: 'phone',
        recordedBy: 'Herr Kaya',
        recordedAt: '2026-12-01T09:00:00+01:00',
      },
      '2026-12-01',
    );
    expect(await b.sync()).toMatchObject({ kind: 'done', pushed: 1 });
    expect(await a.sync()).toMatchObject({ kind: 'done' });
    const { consents, revocations } = await a.consents.forCase(caseId);
    expect(
      consentStates(consents, revocations, '2026-12-01').map((s) => [s.recipient.id, s.status]),
    ).toEqual([
      [CARITAS_ID, 'revoked'],
      [KI_ID, 'active'],
    ]);
  });

  it('many consents with signature images go out in batches under the body limit', async () => {
    const { a, b } = await counsellors();
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push((await caseWithConsent(a, image(55_000, i))).consent.id);
    // 12 × (case + consent create + sign) with ≈ 75 KB per consent mutation ≈ 1.8 MB.
    const outcome = await a.sync();
    expect(outcome).toMatchObject({ kind: 'done', pushed: 36 });
    expect(await a.replica.pendingCount()).toBe(0);
    await b.sync();
    for (const id of ids) expect((await b.consents.get(id))?.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
