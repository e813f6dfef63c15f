// Records for the lifecycle browser test, pushed through /api/sync/push exactly as a tablet
// would: cases closed this quarter (for the outcome statistics), cases closed years ago
// (for the retention rule), and one case with everything an Art. 15 export must show.
import { createHash, randomUUID } from 'node:crypto';
import { composeReferralPackage } from '../../../src/domain';
import { CARITAS_ID, signedContent } from '../../../src/domain/consents/consents.fixtures';
import { canonicalJson } from '../../../src/protocol';
import { createCounsellor, E2E_ADMIN, post } from './organisation';

/** Today as the server's German calendar day (the test machine runs in UTC). */
export const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
const shift = (day: string, months: number) => {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

function conversation(caseId: string, asOf: string, note: string) {
  return {
    kind: 'create',
    entity: 'session',
    entityId: randomUUID(),
    fields: {
      caseId,
      scriptVersion: 'perspektivgespraech@2026-11-1',
      rulesetVersion: 'e2e',
      asOf,
      participants: [],
      answers: { 'return-interest': ['wants-information'], notes: note },
      topicsCovered: ['return', 'support'],
      status: 'finalised',
      finalisation: {
        finalisedAt: `${asOf}T10:00:00+01:00`,
        finalisedBy: 'Beraterin Lebenslauf',
        contentHash: 'c'.repeat(64),
        factsSnapshot: {},
      },
      addenda: [],
    },
  };
}

const person = { nationality: 'SY', birthDate: '1990-05-01', gender: 'female' };

/** A signed-in counsellor account that pushes mutations in order (one device). */
async function counsellorDevice(base: string) {
  const user = await createCounsellor(base, 'Beraterin Lebenslauf');
  const clientId = randomUUID();
  const { token } = await post<{ token: string }>(`${base}/api/auth/login`, {
    email: user.email,
    password: user.oneTimePassword,
    clientId,
    deviceName: 'E2E Seed',
  });
  const password = 'Ein neues Passwort 2026';
  await post(
    `${base}/api/auth/password`,
    { currentPassword: user.oneTimePassword, newPassword: password },
    token,
  );
  let seq = 0;
  const push = async (mutations: Record<string, unknown>[]) => {
    const { results } = await post<{ results: { status: string; reason?: string }[] }>(
      `${base}/api/sync/push`,
      {
        clientId,
        mutations: mutations.map((m) => ({ ...m, mutationId: randomUUID(), clientSeq: ++seq })),
      },
      token,
    );
    const refused = results.filter((r) => r.status !== 'applied');
    if (refused.length > 0) throw new Error(`push refused: ${JSON.stringify(refused)}`);
  };
  return { user: { email: user.email, password }, push };
}

export type LifecycleSeed = Awaited<ReturnType<typeof seedLifecycle>>;

/**
 * Pushes: five cases closed today with "deportation" and one open case "Herr Fink" (closed in
 * the browser); two cases closed in 2020 with file numbers AZ-ALT-1/2; and "Frau Drossel"
 * with two finalised conversations, a signed consent, a referral by letter under it and a
 * revocation of the consent. Returns the ids and the counsellor's sign-in for the browser.
 */
export async function seedLifecycle(base: string) {
  const device = await counsellorDevice(base);
  const day = today();
  const createdOn = shift(day, -2);
  const closedToday = Array.from({ length: 5 }, (_, i) => ({
    kind: 'create',
    entity: 'case',
    entityId: randomUUID(),
    fields: {
      displayName: `Abgeschlossen ${String(i)}`,
      pseudonymised: false,
      createdOn,
      ...person,
      lifecycle: [{ kind: 'closed', on: day, outcome: 'deportation' }],
    },
  }));
  const finkId = randomUUID();
  const old = ['AZ-ALT-1', 'AZ-ALT-2'].map((fileNumber) => ({
    id: randomUUID(),
    fileNumber,
  }));
  await device.push([
    ...closedToday,
    {
      kind: 'create',
      entity: 'case',
      entityId: finkId,
      fields: { displayName: 'Herr Fink', pseudonymised: false, createdOn, ...person },
    },
    ...old.map((o) => ({
      kind: 'create',
      entity: 'case',
      entityId: o.id,
      fields: {
        displayName: `Alter Fall ${o.fileNumber}`,
        fileNumber: o.fileNumber,
        pseudonymised: false,
        createdOn: '2020-01-15',
        ...person,
        lifecycle: [{ kind: 'closed', on: '2020-06-30', outcome: 'voluntary-departure' }],
      },
    })),
  ]);

  // Frau Drossel: everything an access export must contain.
  const drosselId = randomUUID();
  const consentId = randomUUID();
  const consent = signedContent(
    {
      caseId: drosselId,
      personName: 'Frau Drossel',
      validFrom: shift(day, -1),
      validUntil: shift(day, 11),
      signedAt: `${shift(day, -1)}T09:00:00+01:00`,
      recordedBy: 'Beraterin Lebenslauf',
    },
    'Einwilligung Drossel',
  );
  const hash = createHash('sha256').update(canonicalJson(consent), 'utf8').digest('hex');
  const facts = { nationality: 'SY', birthDate: '1990-05-01' };
  await device.push([
    {
      kind: 'create',
      entity: 'case',
      entityId: drosselId,
      fields: {
        displayName: 'Frau Drossel',
        fileNumber: 'AZ-DROSSEL',
        pseudonymised: false,
        createdOn,
        gender: 'female',
        ...facts,
      },
    },
    conversation(drosselId, shift(day, -1), 'Erstes Gespräch Drossel'),
    conversation(drosselId, day, 'Zweites Gespräch Drossel'),
    { kind: 'create', entity: 'consent', entityId: consentId, fields: consent },
    { kind: 'sign', entity: 'consent', entityId: consentId, contentHash: hash },
  ]);
  const record = {
    id: drosselId,
    profile: { displayName: 'Frau Drossel', pseudonymised: false, createdOn },
    facts,
  } as Parameters<typeof composeReferralPackage>[0]['caseRecord'];
  await device.push([
    {
      kind: 'create',
      entity: 'referral',
      entityId: randomUUID(),
      fields: {
        caseId: drosselId,
        consentId,
        recipientId: CARITAS_ID,
        recipientName: 'Caritas Beispielstadt',
        channel: 'letter',
        purpose: 'social-counselling',
        categories: ['identity-contact'],
        package: composeReferralPackage({ caseRecord: record }, ['identity-contact']),
        message: 'Bitte um Beratung Drossel',
        sentAt: `${day}T10:30:00+01:00`,
        sentBy: 'Beraterin Lebenslauf',
        state: 'sent',
      },
    },
  ]);
  await device.push([
    {
      kind: 'create',
      entity: 'consent-revocation',
      entityId: randomUUID(),
      fields: {
        caseId: drosselId,
        consentId,
        scope: { kind: 'all' },
        receivedOn: day,
        receivedVia: 'letter',
        recordedBy: 'Beraterin Lebenslauf',
        recordedAt: `${day}T11:00:00+01:00`,
        note: 'Widerruf Drossel',
      },
    },
  ]);
  return { counsellor: device.user, finkId, old, drosselId, admin: E2E_ADMIN };
}
