import { randomUUID } from 'node:crypto';
import { composeReferralPackage, type CaseFacts, type ReferralDraft } from '../../src/domain';
import { CARITAS_ID, KI_ID, signedContent } from '../../src/domain/consents/consents.fixtures';
import { perspektivgespraech } from '../../src/content';
import { httpTransport } from '../../src/sync/transport';
import { clientDevice } from '../integration/sync/support/clientDevice';
import { addUser, createOrg, type TestServer } from '../integration/sync/support/fixtures';

/**
 * A case with everything a case can have, written on real client devices and synced through
 * the real server: profile with a representative, two finalised conversations (one with an
 * addendum) and a draft, a signed consent naming a partner organisation, a revocation of
 * part of it, and a referral to the partner whose recipient answered with a report. Every
 * free-text field carries `marker`, so a test can look for it anywhere afterwards.
 * The test server's clock stands at 2026-03-02.
 */
export const TODAY = '2026-03-02';

export async function lifecycleWorld(server: TestServer, baseUrl: string) {
  const abh = await createOrg(server, `ABH ${randomUUID().slice(0, 6)}`);
  const ki = await createOrg(server, `KI ${randomUUID().slice(0, 6)}`);
  const transport = httpTransport(baseUrl);
  const sender = await addUser(server, abh);
  const a = await clientDevice(transport, sender);
  const recipient = await addUser(server, ki);
  const b = await clientDevice(transport, recipient);
  await a.sync();
  await b.sync();
  return { abh, ki, a, b, sender, recipient };
}

type World = Awaited<ReturnType<typeof lifecycleWorld>>;

export async function richCase(world: World, marker: string) {
  const { a, b, ki } = world;
  const facts: CaseFacts = { birthDate: '1995-04-12', nationality: 'SY', germanLevel: 'B1' };
  const created = await a.cases.create(
    {
      displayName: `Person ${marker}`,
      pseudonymised: false,
      fileNumber: `AZ ${marker}`,
      createdOn: '2026-01-10',
      gender: 'female',
      representatives: [
        {
          id: randomUUID(),
          name: `Anwältin ${marker}`,
          role: 'lawyer',
          contact: `Kanzlei ${marker}`,
          scope: `Aufenthaltsverfahren ${marker}`,
          proof: { kind: 'written-power-of-attorney', note: `Kopie ${marker}` },
        },
      ],
    },
    facts,
  );
  const caseId = created.id;
  const conversation = async (asOf: string, finalise: boolean) => {
    const s = await a.sessions.start({
      caseId,
      template: perspektivgespraech,
      asOf,
      counsellorName: `Beraterin ${marker}`,
      place: `Raum ${marker}`,
    });
    await a.sessions.saveDraft(s.id, {
      answers: { actions: [{ id: 'a1', text: `Pass ${marker}`, responsible: 'client' }] },
    });
    if (!finalise) return s.id;
    const record = await a.cases.get(caseId);
    if (!record) throw new Error('case missing');
    await a.sessions.finalise(s.id, record, `Beraterin ${marker}`);
    return s.id;
  };
  const first = await conversation('2026-02-01', true);
  await a.sessions.addAddendum(first, `Beraterin ${marker}`, `Nachtrag ${marker}`);
  const second = await conversation('2026-02-20', true);
  const draft = await conversation('2026-03-01', false);

  const consent = await a.consents.sign(
    signedContent(
      {
        caseId,
        personName: `Person ${marker}`,
        validFrom: '2026-03-01',
        validUntil: '2027-02-28',
        signedAt: '2026-03-02T09:00:00+01:00',
        signedPlace: `Ort ${marker}`,
        recordedBy: `Beraterin ${marker}`,
        recipients: [
          { id: KI_ID, kind: 'integration-centre', name: 'KI Partner', partnerOrgId: ki.orgId },
          { id: CARITAS_ID, kind: 'welfare-organisation', name: 'Caritas', contact: marker },
        ],
      },
      `Einwilligung ${marker}`,
    ),
  );
  const revocation = await a.consents.revoke(
    {
      caseId,
      consentId: consent.id,
      scope: { kind: 'recipients', recipientIds: [CARITAS_ID] },
      receivedOn: TODAY,
      receivedVia: 'letter',
      recordedBy: `Beraterin ${marker}`,
      recordedAt: '2026-03-02T10:00:00+01:00',
      note: `Widerruf ${marker}`,
    },
    TODAY,
  );
  const record = await a.cases.get(caseId);
  if (!record) throw new Error('case missing');
  const categories = ['identity-contact', 'residence-status'] as const;
  const referral: ReferralDraft = {
    caseId,
    consentId: consent.id,
    recipientId: KI_ID,
    recipientName: 'KI Partner',
    channel: 'perspektive',
    targetOrgId: ki.orgId,
    purpose: 'passport-procurement',
    categories: [...categories],
    package: composeReferralPackage({ caseRecord: record, contact: `Tel ${marker}` }, [
      ...categories,
    ]),
    message: `Bitte melden ${marker}`,
    sentAt: '2026-03-02T10:30:00+01:00',
    sentBy: `Beraterin ${marker}`,
  };
  const sent = await a.referrals.send(referral, TODAY);
  await mustSync(a);
  await mustSync(b);
  const [incoming] = await b.referrals.incoming();
  if (!incoming) throw new Error('referral not delivered');
  await b.referrals.answer(incoming.id, 'accepted');
  await b.referrals.report(incoming.id, { text: `Bericht ${marker}`, by: 'Herr Kaya' }, new Date());
  await mustSync(b);
  await mustSync(a);
  return {
    caseId,
    sessions: { first, second, draft },
    consentId: consent.id,
    revocationId: revocation.id,
    referralId: sent.id,
    inboxId: incoming.id,
  };
}

export async function mustSync(device: World['a']): Promise<void> {
  const outcome = await device.sync();
  if (outcome.kind !== 'done') throw new Error(`sync failed: ${JSON.stringify(outcome)}`);
}
