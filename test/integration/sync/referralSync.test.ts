// Referrals between two organisations through the real server and database: the consent gate
// on the device and on the server, delivery of exactly the consented data, the recipient's
// answer, and withdrawal by revocation.
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  composeReferralPackage,
  type CaseFacts,
  type DataCategory,
  type ReferralDraft,
} from '../../../src/domain';
import { CARITAS_ID, KI_ID, signedContent } from '../../../src/domain/consents/consents.fixtures';
import { ReferralRefusedError } from '../../../src/storage/referrals/referralRepository';
import { httpTransport } from '../../../src/sync/transport';
import { clientDevice } from './support/clientDevice';
import {
  addUser,
  auth,
  createOrg,
  listeningTestServer,
  login,
  type Session,
} from './support/fixtures';

const running = listeningTestServer();
type Device = Awaited<ReturnType<typeof clientDevice>>;

// The test server's clock stands at 2026-03-02.
const TODAY = '2026-03-02';
const FACTS: CaseFacts = {
  birthDate: '1995-04-12',
  nationality: 'SY',
  currentStatus: 'duldung-60a',
  passportStatus: 'none',
  fitToTravel: 'no',
  hasConvictions: 'yes',
  germanLevel: 'B1',
};

async function world() {
  const server = running.server();
  const abh = await createOrg(server, 'ABH Kreis Beispiel');
  const ki = await createOrg(server, 'KI Kreis Beispiel');
  const transport = httpTransport(running.baseUrl());
  const sender = await addUser(server, abh);
  const a = await clientDevice(transport, sender);
  const recipient = await addUser(server, ki);
  const b = await clientDevice(transport, recipient);
  await a.sync();
  await b.sync();
  return { server, abh, ki, a, b, sender, recipient };
}

/** A case with facts and a consent naming the KI as partner (identity + residence only). */
async function consentedCase(a: Device, kiOrgId: string) {
  const created = await a.cases.create(
    { displayName: 'Amina Beispiel', pseudonymised: false, createdOn: TODAY, fileNumber: 'AZ 7' },
    FACTS,
  );
  const content = signedContent({
    caseId: created.id,
    validFrom: '2026-03-01',
    validUntil: '2027-02-28',
    signedAt: '2026-03-02T09:00:00+01:00',
    recipients: [
      { id: KI_ID, kind: 'integration-centre', name: 'KI Kreis Beispiel', partnerOrgId: kiOrgId },
      { id: CARITAS_ID, kind: 'welfare-organisation', name: 'Caritas Beispielstadt' },
    ],
  });
  const consent = await a.consents.sign(content);
  return { caseRecord: created, consent };
}

function draft(
  base: { caseRecord: Awaited<ReturnType<Device['cases']['create']>>; consent: { id: string } },
  kiOrgId: string,
  categories: DataCategory[] = ['identity-contact', 'residence-status'],
): ReferralDraft {
  return {
    caseId: base.caseRecord.id,
    consentId: base.consent.id,
    recipientId: KI_ID,
    recipientName: 'KI Kreis Beispiel',
    channel: 'perspektive',
    targetOrgId: kiOrgId,
    purpose: 'passport-procurement',
    categories,
    package: composeReferralPackage(
      { caseRecord: base.caseRecord, contact: '0170 1234' },
      categories,
    ),
    message: 'Bitte Kontakt wegen Passbeschaffung aufnehmen.',
    sentAt: '2026-03-02T10:00:00+01:00',
    sentBy: 'Frau Berger',
  };
}

/** One mutation pushed by hand from a second device (what a manipulated client could send). */
async function pushOne(
  server: ReturnType<typeof running.server>,
  session: Session,
  mutation: Record<string, unknown>,
) {
  const res = await server.app.inject({
    method: 'POST',
    url: '/api/sync/push',
    headers: auth(session),
    payload: {
      clientId: session.clientId,
      mutations: [{ mutationId: randomUUID(), ...mutation }],
    },
  });
  expect(res.statusCode).toBe(200);
  return res.json<{ results: { status: string; reason?: string }[] }>().results[0];
}

describe('referrals through the real server', () => {
  it('refuses a referral the consent does not cover, on the device and on the server', async () => {
    const { server, ki, a, sender } = await world();
    const base = await consentedCase(a, ki.orgId);
    const outboxBefore = await a.db.outbox.count();
    // Device: health was not consented for the KI.
    await expect(
      a.referrals.send(draft(base, ki.orgId, ['identity-contact', 'health']), TODAY),
    ).rejects.toBeInstanceOf(ReferralRefusedError);
    expect(await a.referrals.forCase(base.caseRecord.id)).toEqual([]);
    expect(await a.db.outbox.count()).toBe(outboxBefore);
    await a.sync();

    // Server: a second device of the same counsellor pushes what the device would refuse.
    const session = await login(server.app, sender.email, sender.password);
    const push = (fields: Record<string, unknown>, clientSeq: number) =>
      pushOne(server, session, {
        clientSeq,
        entity: 'referral',
        entityId: randomUUID(),
        kind: 'create',
        fields: { ...fields, state: 'sent' },
      });
    const good = draft(base, ki.orgId);
    const health = draft(base, ki.orgId, ['identity-contact', 'health']);
    expect(await push(health, 1)).toMatchObject({ status: 'rejected', reason: 'consent_required' });
    // A package larger than its declared categories.
    const smuggled = { ...good, package: { ...good.package, facts: FACTS } };
    expect(await push(smuggled, 2)).toMatchObject({
      status: 'rejected',
      reason: 'consent_required',
    });
    // A recipient that is not the partner the consent names.
    const caritas = { ...good, recipientId: CARITAS_ID, purpose: 'social-counselling' };
    expect(await push(caritas, 3)).toMatchObject({
      status: 'rejected',
      reason: 'consent_required',
    });
    // A case without any consent.
    const other = await a.cases.create({ displayName: 'X', pseudonymised: true, createdOn: TODAY });
    await a.sync();
    expect(await push({ ...good, caseId: other.id }, 4)).toMatchObject({
      status: 'rejected',
      reason: 'consent_required',
    });
    const stored = await server.db.query(`SELECT 1 FROM records WHERE entity = 'referral'`);
    expect(stored).toHaveLength(0);
  });

  it('delivers only the consented data, returns the answer, and revocation removes it', async () => {
    const { server, ki, a, b } = await world();
    expect((await a.referrals.partners()).map((p) => p.id)).toContain(ki.orgId);
    const base = await consentedCase(a, ki.orgId);
    const sent = await a.referrals.send(draft(base, ki.orgId), TODAY);
    expect(sent).toMatchObject({ state: 'sent', delivered: false });
    expect(await a.sync()).toMatchObject({ kind: 'done' });
    expect((await a.referrals.get(sent.id))?.delivered).toBe(true);

    await b.sync();
    const inbox = await b.referrals.incoming();
    expect(inbox).toHaveLength(1);
    const incoming = inbox[0];
    expect(incoming).toMatchObject({
      referralId: sent.id,
      fromOrgName: 'ABH Kreis Beispiel',
      purpose: 'passport-procurement',
      categories: ['identity-contact', 'residence-status'],
      consentValidUntil: '2027-02-28',
      status: 'open',
    });
    // Exactly identity + residence: no nationality (passport papers), no health, no
    // criminal-law data, no education facts.
    expect(incoming?.package).toEqual({
      person: { displayName: 'Amina Beispiel', pseudonymised: false },
      contact: '0170 1234',
      fileNumber: 'AZ 7',
      facts: { birthDate: '1995-04-12', currentStatus: 'duldung-60a' },
    });

    // The recipient answers; the sender sees it after both synced.
    if (!incoming) throw new Error('no incoming referral');
    await b.referrals.answer(incoming.id, 'accepted');
    await b.referrals.report(
      incoming.id,
      { text: 'Erstgespräch am 9. März.', by: 'Herr Kaya' },
      new Date(),
    );
    expect(await b.sync()).toMatchObject({ kind: 'done' });
    await a.sync();
    expect(await a.referrals.get(sent.id)).toMatchObject({
      state: 'accepted',
      reports: [{ text: 'Erstgespräch am 9. März.', by: 'Herr Kaya' }],
    });

    // The person withdraws the consent for the KI: the referral is withdrawn and the data
    // leaves the recipient's devices at their next sync.
    await a.consents.revoke(
      {
        caseId: base.caseRecord.id,
        consentId: base.consent.id,
        scope: { kind: 'recipients', recipientIds: [KI_ID] },
        receivedOn: TODAY,
        receivedVia: 'in-person',
        recordedBy: 'Frau Berger',
        recordedAt: '2026-03-02T11:00:00+01:00',
      },
      TODAY,
    );
    await a.sync();
    expect(await a.referrals.get(sent.id)).toMatchObject({
      state: 'withdrawn',
      withdrawnReason: 'consent-revoked',
    });
    await b.sync();
    expect(await b.referrals.incoming()).toEqual([]);
    expect(await b.db.table('incomingReferrals').count()).toBe(0);
    // The sender may say "deleted at the recipient" once the server deleted the copy.
    await a.sync();
    expect((await a.referrals.get(sent.id))?.recipientDeletedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const onServer = await server.db.query<{ deleted: boolean; data: unknown }>(
      `SELECT deleted, data FROM records WHERE entity = 'referral-inbox' AND id = $1`,
      [incoming.id],
    );
    expect(onServer).toEqual([{ deleted: true, data: {} }]);
    const pending = await server.db.query(
      `SELECT 1 FROM referral_deliveries WHERE done_at IS NULL OR payload <> '{}'::jsonb`,
    );
    expect(pending).toHaveLength(0);
    // After the withdrawal nothing more can be sent under the revoked consent.
    await expect(a.referrals.send(draft(base, ki.orgId), TODAY)).rejects.toBeInstanceOf(
      ReferralRefusedError,
    );
  });

  it('a recipient may only answer, never rewrite the referral', async () => {
    const { server, ki, a, b, recipient, sender } = await world();
    const base = await consentedCase(a, ki.orgId);
    const sent = await a.referrals.send(draft(base, ki.orgId), TODAY);
    await a.sync();
    await b.sync();
    const [incoming] = await b.referrals.incoming();
    if (!incoming) throw new Error('no incoming referral');
    const session = await login(server.app, recipient.email, recipient.password);
    const patch = (fields: Record<string, unknown>, clientSeq: number) =>
      pushOne(server, session, {
        clientSeq,
        entity: 'referral-inbox',
        entityId: incoming.id,
        kind: 'patch',
        baseRev: 1,
        fields,
      });
    expect(await patch({ categories: ['health'] }, 1)).toMatchObject({
      status: 'rejected',
      reason: 'server_only',
    });
    expect(await patch({ reports: [], status: 'declined', package: {} }, 2)).toMatchObject({
      status: 'rejected',
      reason: 'server_only',
    });
    expect(await patch({ status: 'declined' }, 3)).toMatchObject({ status: 'applied' });
    // The sender, too, may only withdraw, with a valid time.
    const senderSession = await login(server.app, sender.email, sender.password);
    const withdraw = (fields: Record<string, unknown>, clientSeq: number) =>
      pushOne(server, senderSession, {
        clientSeq,
        entity: 'referral',
        entityId: sent.id,
        kind: 'patch',
        baseRev: 1,
        fields,
      });
    expect(await withdraw({ state: 'withdrawn', withdrawnAt: 'gestern' }, 1)).toMatchObject({
      status: 'rejected',
      reason: 'server_only',
    });
    expect(await withdraw({ purpose: 'housing' }, 2)).toMatchObject({
      status: 'rejected',
      reason: 'server_only',
    });
    await a.sync();
    expect((await a.referrals.forCase(base.caseRecord.id))[0]?.state).toBe('declined');

    // A declined referral still left data at the recipient: a revocation removes it too.
    await a.consents.revoke(
      {
        caseId: base.caseRecord.id,
        consentId: base.consent.id,
        scope: { kind: 'all' },
        receivedOn: TODAY,
        receivedVia: 'letter',
        recordedBy: 'Frau Berger',
        recordedAt: '2026-03-02T12:00:00+01:00',
      },
      TODAY,
    );
    await a.sync();
    await b.sync();
    expect(await b.referrals.incoming()).toEqual([]);
  });
});
