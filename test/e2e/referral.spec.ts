// A referral from the foreigners' authority to the integration centre, both using the app on
// the same server: consent naming the partner, referral with only consented data, answer,
// and withdrawal by revocation removing the data from the recipient's tablet.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { tabletLandscape } from './support/chromium';
import { browserAndServer } from './support/harness';
import { axeViolations } from './support/axe';
import { drawSignature, fillController } from './support/consentFlow';
import { setUpDevice, syncNow } from './support/device';
import {
  E2E_PARTNER,
  createCounsellor,
  createOrgWithCli,
  signInInApp,
} from './support/organisation';
import { organisationDataDir } from './support/dataTemplates';

const PERSON = 'Amina Referralfall';

async function device(
  browser: Browser,
  url: string,
  user: { email: string; oneTimePassword: string },
) {
  const context = await browser.newContext(tabletLandscape);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await setUpDevice(page);
  await signInInApp(page, user, 'Tablet');
  return { context, page, errors };
}

async function openCase(page: Page) {
  await page.getByRole('link', { name: 'Fälle' }).click();
  await page
    .getByRole('link', { name: new RegExp(PERSON) })
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name: PERSON }).waitFor();
}

/** Rows in one of the app's IndexedDB stores, read with the raw API. */
function storeCount(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('perspektive');
        open.onerror = () => {
          reject(new Error('open failed'));
        };
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
    store,
  );
}

describe('referral between two organisations', () => {
  const env = browserAndServer({
    dataDir: () => {
      const dir = organisationDataDir();
      createOrgWithCli(
        dir,
        {
          name: E2E_PARTNER.name,
          kind: 'integration-centre',
          admin: E2E_PARTNER.admin,
        },
        { built: true },
      );
      return dir;
    },
  });

  it('sends only consented data, shows the answer, and a revocation removes it at the recipient', async () => {
    const url = env.server.url;
    const abh = await device(env.browser, url, await createCounsellor(url, 'Frau Berger'));
    const ki = await device(
      env.browser,
      url,
      await createCounsellor(url, 'Herr Kaya', E2E_PARTNER.admin),
    );
    const a = abh.page;
    await fillController(a);

    // A case and a consent naming the KI as partner: identity only, passport procurement.
    await a.getByRole('link', { name: 'Fälle' }).click();
    await a.getByRole('link', { name: 'Neuen Fall anlegen' }).click();
    await a.getByLabel('Name der beratenen Person').fill(PERSON);
    await a.getByRole('button', { name: 'Fall anlegen' }).click();
    await a.getByRole('heading', { level: 1, name: PERSON }).waitFor();
    await a.getByRole('link', { name: 'Fall weiterleiten' }).click();
    await a.getByText(/nur mit einer gültigen, nicht widerrufenen Einwilligung/).waitFor();
    await a.getByRole('link', { name: 'Einwilligung aufnehmen' }).click();
    const first = a.getByRole('group', { name: 'Empfänger 1' });
    await first.getByLabel('Art der Stelle').selectOption('integration-centre');
    await first.getByLabel('Name der Stelle oder Person').fill('KI Kreis Unna – Case-Management');
    await first.getByLabel('Organisation in Perspektive').selectOption({ label: E2E_PARTNER.name });
    await first.getByLabel('Passbeschaffung').check();
    await first.getByLabel('Identität und Kontakt').check();
    await first.getByLabel('Nur von uns an diese Stelle').check();
    const until = new Date();
    until.setFullYear(until.getFullYear() + 1);
    await a.getByLabel('Gültig bis').fill(until.toISOString().slice(0, 10));
    await a.getByRole('button', { name: 'Weiter: Text zeigen' }).click();
    await a.getByRole('button', { name: 'Text wurde erklärt – weiter zur Unterschrift' }).click();
    await drawSignature(a, `Unterschrift von ${PERSON}`);
    await a.getByLabel('Aufgenommen von').fill('Frau Berger');
    await a.getByRole('button', { name: 'Unterschrift speichern' }).click();
    await a.getByRole('heading', { level: 1, name: /Einwilligung · Fassung 1/ }).waitFor();

    // The referral: only what the consent grants is offered; the preview shows what leaves.
    await openCase(a);
    await a.getByRole('link', { name: 'Fall weiterleiten' }).click();
    await a.getByRole('radio', { name: /^KI Kreis Unna – Case-Management/ }).check();
    expect(
      await a
        .getByRole('group', { name: /^Welche Daten/ })
        .getByRole('checkbox')
        .count(),
    ).toBe(1);
    await a.getByRole('radio', { name: 'Passbeschaffung' }).check();
    await a.getByRole('checkbox', { name: 'Identität und Kontakt' }).check();
    await a.getByLabel('Wie ist die Person erreichbar?').fill('Unterkunft Kamen, Zimmer 12');
    // The free-text message is part of what is sent: the preview shows it.
    await a.getByLabel('Nachricht an die Stelle (freiwillig)').fill('Bitte um Rückruf.');
    await a
      .getByRole('region', { name: 'Diese Daten werden übermittelt' })
      .getByText('Bitte um Rückruf.')
      .waitFor();
    await a
      .getByRole('region', { name: 'Diese Daten werden übermittelt' })
      .getByText(PERSON)
      .waitFor();
    expect(await axeViolations(a)).toEqual([]);
    await a.getByLabel('Weitergeleitet von').fill('Frau Berger');
    await a.getByRole('button', { name: 'Weiterleiten' }).click();
    await a.getByRole('heading', { level: 1, name: PERSON }).waitFor();
    await syncNow(a);

    // The KI receives it with exactly the consented data and answers.
    const k = ki.page;
    await syncNow(k);
    // New in the inbox: the navigation says how many.
    await k.getByRole('link', { name: /^Weiterleitungen\s*:\s*1 neue Weiterleitung$/ }).click();
    await k.getByRole('link', { name: `${PERSON} – von E2E Ausländerbehörde` }).click();
    await k.getByText('Unterkunft Kamen, Zimmer 12').waitFor();
    expect(await k.getByText('Aktenzeichen der Ausländerbehörde').count()).toBe(0);
    expect(await axeViolations(k)).toEqual([]);
    await k.getByRole('button', { name: 'Annehmen' }).click();
    await k.getByLabel('Rückmeldung').fill('Erstgespräch vereinbart.');
    await k.getByRole('button', { name: 'Rückmeldung senden' }).click();
    // No counsellor name set on this tablet: the report asks for one.
    await k.getByText('Bitte einen Namen angeben (höchstens 200 Zeichen).').waitFor();
    await k.getByLabel('Von', { exact: true }).fill('Herr Kaya');
    await k.getByRole('button', { name: 'Rückmeldung senden' }).click();
    await k.getByText(/^Rückmeldung gespeichert/).waitFor();
    await syncNow(k);
    expect(await storeCount(k, 'incomingReferrals')).toBe(1);

    // The sender sees the answer.
    await syncNow(a);
    await openCase(a);
    await a.getByText('Angenommen', { exact: true }).waitFor();
    await a.getByText(/Erstgespräch vereinbart\./).waitFor();

    // The person withdraws the consent: the referral is withdrawn, the KI's copy deleted.
    await a.getByRole('link', { name: /^Einwilligung, Fassung 1/ }).click();
    await a.getByLabel('Wie ist der Widerruf eingegangen?').selectOption('in-person');
    await a.getByLabel('Erfasst von').fill('Frau Berger');
    await a.getByRole('button', { name: 'Widerruf speichern' }).click();
    // Nothing left to revoke: the form gives way to the state.
    await a
      .getByRole('row', { name: /KI Kreis Unna/ })
      .getByText(/Widerrufen am/)
      .waitFor();
    await syncNow(a);
    // Deleted at the KI only once the server confirmed it (it did, at the withdrawal).
    await syncNow(a);
    await openCase(a);
    await a.getByText('(Einwilligung widerrufen)').waitFor();
    await a.getByText(/Daten bei der Stelle am .+ gelöscht\./).waitFor();

    // The KI's tablet deletes its copy and says so instead of letting it vanish.
    await syncNow(k);
    await k.getByRole('link', { name: 'Weiterleitungen', exact: true }).click();
    await k.getByText('Keine Weiterleitungen eingegangen.').waitFor();
    expect(await storeCount(k, 'incomingReferrals')).toBe(0);
    await k
      .getByText(
        /^Die Weiterleitung von E2E Ausländerbehörde vom .+ \(Passbeschaffung\) wurde zurückgezogen/,
      )
      .waitFor();
    expect(await k.getByText(PERSON).count()).toBe(0);
    expect(await axeViolations(k)).toEqual([]);
    await k.getByRole('button', { name: 'Zur Kenntnis genommen' }).click();
    await k.getByText('Eine Weiterleitung wurde zurückgezogen').waitFor({ state: 'detached' });
    expect([...abh.errors, ...ki.errors]).toEqual([]);
    await abh.context.close();
    await ki.context.close();
  });
});
