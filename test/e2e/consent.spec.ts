import { describe, expect, it } from 'vitest';
import ar from '../../locales/ar/consentText.json';
import { tabletLandscape } from './support/chromium';
import { browserAndServer } from './support/harness';
import { axeViolations } from './support/axe';
import { dumpIndexedDb, setUpDevice } from './support/device';
import { pdfContent, pdfHas } from './support/pdf';
import { drawSignature, fillController } from './support/consentFlow';

const SENTINEL = 'Sentinelverband Quxbaz';

describe('consent on the tablet', () => {
  const env = browserAndServer();

  it('takes a granular consent in Arabic, signs it with a drawn signature, prints it and records a revocation', async () => {
    const context = await env.browser.newContext(tabletLandscape);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(env.server.url);
    await setUpDevice(page);
    await fillController(page);

    await page.getByRole('link', { name: 'Fälle' }).click();
    await page.getByRole('link', { name: 'Neuen Fall anlegen' }).click();
    await page.getByLabel('Name der beratenen Person').fill('Amina Beispiel');
    await page.getByRole('button', { name: 'Fall anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Amina Beispiel' }).waitFor();
    await page.getByText('Es liegt keine Einwilligung vor.').waitFor();

    await page.getByRole('link', { name: 'Einwilligung aufnehmen' }).click();
    await page.getByLabel('Sprache der Kopie für die Person').selectOption('ar');
    // Nothing is pre-ticked: going on at once names what is missing.
    await page.getByRole('button', { name: 'Weiter: Text zeigen' }).click();
    await page.getByText('Bitte mindestens einen Zweck ankreuzen.').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const first = page.getByRole('group', { name: 'Empfänger 1' });
    await first.getByLabel('Art der Stelle').selectOption('integration-centre');
    await first
      .getByLabel('Name der Stelle oder Person')
      .fill('KI Kreis Unna – KIM-Case-Management');
    await first.getByLabel('Passbeschaffung').check();
    await first.getByLabel('Sprachkurs').check();
    await first.getByLabel('Identität und Kontakt').check();
    await first.getByLabel('Aufenthaltsstatus und Fristen').check();
    await first.getByLabel('Gegenseitig (beide dürfen sich informieren)').check();
    await page.getByRole('button', { name: 'Empfänger hinzufügen' }).click();
    const second = page.getByRole('group', { name: 'Empfänger 2' });
    await second.getByLabel('Art der Stelle').selectOption('welfare-organisation');
    await second.getByLabel('Name der Stelle oder Person').fill(SENTINEL);
    await second.getByLabel('Soziale Beratung').check();
    await second.getByLabel('Gesundheit (Art. 9 DSGVO)').check();
    await second.getByLabel('Nur von uns an diese Stelle').check();
    await page.getByLabel('Gültig bis').fill('2099-01-01');
    await page.getByRole('button', { name: 'Weiter: Text zeigen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Höchstens drei Jahre' }).waitFor();
    const until = new Date();
    until.setFullYear(until.getFullYear() + 1);
    await page.getByLabel('Gültig bis').fill(until.toISOString().slice(0, 10));
    await page.getByLabel(/mündlich übersetzt/).check();
    await page.getByLabel('Name der dolmetschenden Person').fill('Dolmetscherin Salma K.');
    await page.getByRole('button', { name: 'Weiter: Text zeigen' }).click();

    // Step 2: the Arabic text, right to left, beside the German one.
    const arabic = page.locator('.consent-text[lang="ar"]');
    await arabic.getByText(ar.title.consent).waitFor();
    expect(await arabic.getAttribute('dir')).toBe('rtl');
    await page.locator('.consent-text[lang="de"]').getByText('Widerruf', { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole('button', { name: 'Text wurde erklärt – weiter zur Unterschrift' })
      .click();

    // Step 3: saving without a signature is refused; then a drawn signature.
    await page.getByRole('button', { name: 'Unterschrift speichern' }).click();
    await page.getByText('Bitte im Feld unterschreiben lassen.').waitFor();
    await drawSignature(page, 'Unterschrift von Amina Beispiel');
    await page.getByLabel('Aufgenommen von').fill('Frau Berger');
    await page.getByRole('button', { name: 'Unterschrift speichern' }).click();

    // The signed consent: state per recipient, printable.
    await page.getByRole('heading', { level: 1, name: /Einwilligung · Fassung 1/ }).waitFor();
    await page
      .getByRole('row', { name: /KI Kreis Unna/ })
      .getByText(/Gültig bis/)
      .waitFor();
    expect(
      await page.locator('.consent-document__signature img').first().getAttribute('src'),
    ).toMatch(/^data:image\/png;base64,/);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.consent-document[data-fonts-ready="true"]').waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = pdfContent(await page.pdf({ format: 'A4', printBackground: true }));
    // The bilingual client copy of a two-recipient consent fits one A4 page.
    expect(pdf.pages).toBe(1);
    expect(pdf.fonts.every((f) => f.embedded)).toBe(true);
    expect(
      pdf.fonts.map((f) => f.name).filter((n) => !/\+(FiraSans|NotoSansArabic)-/.test(n)),
    ).toEqual([]);
    await page.emulateMedia({ media: 'screen' });
    for (const text of [
      ar.purpose['passport-procurement'],
      ar.purpose['language-course'],
      ar.purpose['social-counselling'],
      ar.category.health,
      ar.revocation.anytime,
      ar.voluntary.noEffect,
      ar.copy.authoritative,
      'KI Kreis Unna – KIM-Case-Management',
      SENTINEL,
      'Einwilligung in die Weitergabe von Daten',
      'Sie können diese Erklärung jederzeit widerrufen.',
    ]) {
      expect(pdfHas(pdf, text), text).toBe(true);
    }

    // Revocation for one recipient: the state changes, the document stays.
    await page.getByLabel('Nur für einzelne Empfänger').check();
    await page.getByLabel(SENTINEL).check();
    await page.getByLabel('Wie ist der Widerruf eingegangen?').selectOption('phone');
    await page.getByRole('button', { name: 'Widerruf speichern' }).click();
    await page.getByText('Bitte einen Namen angeben (höchstens 200 Zeichen).').waitFor();
    await page.getByLabel('Erfasst von').fill('Frau Berger');
    await page.getByRole('button', { name: 'Widerruf speichern' }).click();
    await page.getByText('Der Widerruf ist gespeichert.').waitFor();
    await page
      .getByRole('row', { name: new RegExp(SENTINEL) })
      .getByText(/Widerrufen am/)
      .waitFor();
    await page
      .getByRole('row', { name: /KI Kreis Unna/ })
      .getByText(/Gültig bis/)
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const dump = await dumpIndexedDb(page);
    expect(dump).not.toContain(SENTINEL);
    expect(dump).not.toContain('Salma');
    expect(errors).toEqual([]);
    await context.close();
  });
});
