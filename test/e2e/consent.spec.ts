import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import ar from '../../locales/ar/consentText.json';
import { tabletLandscape } from './support/chromium';
import { browserAndServer } from './support/harness';
import { axeViolations } from './support/axe';
import { dumpIndexedDb, setUpDevice } from './support/device';
import { pdfContent, pdfHas, type PdfContent } from './support/pdf';
import { drawSignature, fillController } from './support/consentFlow';

const SENTINEL = 'Sentinelverband Quxbaz';
const PHONE = '02303 27-0';

/**
 * A finger's tap where a control was seen: press, hold briefly, release. Anything that moves
 * the layout between press and release (an error line going away on blur) makes the tap miss.
 */
async function tapWhereSeen(
  page: Page,
  box: { x: number; y: number; width: number; height: number },
) {
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(120);
  await page.mouse.up();
}

/** Adds a recipient and submits, so that its errors show. */
async function addRecipientWithErrors(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Empfänger hinzufügen' }).click();
  const added = page.getByRole('group', { name: 'Empfänger 3' });
  await page.getByRole('button', { name: 'Weiter: Text zeigen' }).click();
  await added.getByText('Bitte mindestens einen Zweck ankreuzen.').waitFor();
  return added;
}

async function boxOf(control: Locator) {
  const box = await control.boundingBox();
  if (!box) throw new Error('control not visible');
  return box;
}

/**
 * The box once the page has stopped moving: after a submit with errors the form moves focus
 * (and with it the scroll position) to the first error, which can land after our own scroll.
 * A tap is only "where the person saw it" once two frames agree.
 */
async function settledBoxOf(page: Page, control: Locator) {
  let before = await boxOf(control);
  for (let attempt = 0; attempt < 50; attempt += 1) {
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    const after = await boxOf(control);
    if (after.x === before.x && after.y === before.y) return after;
    before = after;
  }
  throw new Error('the page kept moving');
}

/** Step 3 of the builder: a drawn signature, saved; waits for the signed version's page. */
async function signAndOpen(page: Page, version: number) {
  await page.getByRole('button', { name: 'Text wurde erklärt – weiter zur Unterschrift' }).click();
  await drawSignature(page, 'Unterschrift von Amina Beispiel');
  await page.getByLabel('Aufgenommen von').fill('Frau Berger');
  await page.getByRole('button', { name: 'Unterschrift speichern' }).click();
  await page
    .getByRole('heading', { level: 1, name: new RegExp(`Einwilligung · Fassung ${version}`) })
    .waitFor();
}

/** The printed client copy: one A4 page per copy, fonts embedded. */
async function printClientCopy(page: Page): Promise<PdfContent> {
  await page.locator('.consent-document[data-fonts-ready="true"]').waitFor();
  await page.emulateMedia({ media: 'print' });
  const pdf = pdfContent(await page.pdf({ format: 'A4', printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
  return pdf;
}

/**
 * The organisation's phone number as a reader of the PDF sees it: with its digits in order
 * wherever it is printed — in the German text and in the client's (the contact line and the
 * revocation paragraph, each in both languages) — and never turned round ("0-27 02303").
 */
function phoneInOrder(pdf: PdfContent): boolean {
  const text = pdf.text.replace(/[\u2066-\u2069\u200e\u200f]/g, '');
  return !text.includes('0-27 02303') && text.split(PHONE).length - 1 >= 4;
}

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
    await first.getByLabel('Gesundheit (Art. 9 DSGVO)').check();
    await first.getByLabel('Gegenseitig (beide dürfen sich informieren)').check();
    await page.getByRole('button', { name: 'Empfänger hinzufügen' }).click();
    const second = page.getByRole('group', { name: 'Empfänger 2' });
    // A new recipient shows no errors before anything is typed, even after a failed submit.
    await second.getByLabel('Art der Stelle').waitFor();
    expect(await second.getByRole('alert').count()).toBe(0);
    // Ticking a purpose, then tapping the first data category where it was seen: the tap
    // registers, because nothing above it moves in between.
    const firstCategory = second.getByLabel('Identität und Kontakt');
    await firstCategory.evaluate((el) => {
      el.scrollIntoView({ block: 'center', behavior: 'instant' });
    });
    const purposeBox = await settledBoxOf(page, second.getByLabel('Soziale Beratung'));
    const categoryBox = await settledBoxOf(page, firstCategory);
    await tapWhereSeen(page, purposeBox);
    await tapWhereSeen(page, categoryBox);
    expect(await second.getByLabel('Soziale Beratung').isChecked()).toBe(true);
    expect(await firstCategory.isChecked()).toBe(true);
    await second.getByLabel('Art der Stelle').selectOption('welfare-organisation');
    await second.getByLabel('Name der Stelle oder Person').fill(SENTINEL);
    await second.getByLabel('Soziale Beratung').check();
    await second.getByLabel('Gesundheit (Art. 9 DSGVO)').check();
    await second.getByLabel('Nur von uns an diese Stelle').check();
    await page.getByLabel('Gültig bis').fill('2099-01-01');
    await page.getByRole('button', { name: 'Weiter: Text zeigen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Höchstens drei Jahre' }).waitFor();
    // With errors on screen, an error going away keeps its space: a tap still lands.
    const third = await addRecipientWithErrors(page);
    const thirdPurpose = third.getByLabel('Rechtliche Beratung');
    const thirdCategory = third.getByLabel('Identität und Kontakt');
    await thirdPurpose.evaluate((el) => {
      el.scrollIntoView({ block: 'center', behavior: 'instant' });
    });
    const thirdPurposeBox = await settledBoxOf(page, thirdPurpose);
    const thirdCategoryBox = await settledBoxOf(page, thirdCategory);
    await tapWhereSeen(page, thirdPurposeBox);
    // The purpose's error line goes, its space stays: the category is where it was seen.
    await third.getByText('Bitte mindestens einen Zweck ankreuzen.').waitFor({ state: 'detached' });
    expect((await boxOf(thirdCategory)).y).toBe(thirdCategoryBox.y);
    await tapWhereSeen(page, thirdCategoryBox);
    expect(await thirdPurpose.isChecked()).toBe(true);
    expect(await thirdCategory.isChecked()).toBe(true);
    await third.getByRole('button', { name: 'Empfänger 3 entfernen' }).click();
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
    const pdf = await printClientCopy(page);
    // The bilingual client copy of a two-recipient consent fits one A4 page.
    expect(pdf.pages).toBe(1);
    expect(pdf.fonts.every((f) => f.embedded)).toBe(true);
    expect(
      pdf.fonts.map((f) => f.name).filter((n) => !/\+(FiraSans|NotoSansArabic)-/.test(n)),
    ).toEqual([]);
    for (const text of [
      ar.purpose['passport-procurement'],
      ar.purpose['language-course'],
      ar.purpose['social-counselling'],
      ar.category.health,
      ar.revocation.anytime,
      ar.voluntary.noEffect,
      ar.copy.authoritative,
      ar.copy.translationDraft,
      'KI Kreis Unna – KIM-Case-Management',
      SENTINEL,
      'Einwilligung in die Weitergabe von Daten',
      'Sie können diese Erklärung jederzeit widerrufen.',
      'noch nicht von einer Fachübersetzerin oder einem Fachübersetzer geprüft',
    ]) {
      expect(pdfHas(pdf, text), text).toBe(true);
    }
    // A client who wants to revoke dials the number as printed: digits in order in Arabic.
    expect(phoneInOrder(pdf), pdf.text).toBe(true);
    expect(pdf.text).not.toContain('machine-assisted');

    // Revocation for one recipient: the state changes, the document stays.
    await page.getByLabel('Nur für einzelne Empfänger').check();
    await page.getByLabel(SENTINEL).check();
    await page.getByLabel('Wie ist der Widerruf eingegangen?').selectOption('phone');
    await page.getByLabel('Notiz (freiwillig)').fill('Anruf der Tochter, Rückruf bestätigt');
    await page.getByRole('button', { name: 'Widerruf speichern' }).click();
    await page.getByText('Bitte einen Namen angeben (höchstens 200 Zeichen).').waitFor();
    await page.getByLabel('Erfasst von').fill('Frau Berger');
    await page.getByRole('button', { name: 'Widerruf speichern' }).click();
    await page.getByText('Der Widerruf ist gespeichert.').waitFor();
    const states = page.getByRole('table', { name: 'Stand je Empfänger heute' });
    await states
      .getByRole('row', { name: new RegExp(SENTINEL) })
      .getByText(/Widerrufen am/)
      .waitFor();
    await states
      .getByRole('row', { name: /KI Kreis Unna/ })
      .getByText(/Gültig bis/)
      .waitFor();
    // How it came in, who recorded it and the note are shown.
    const recorded = page.getByRole('region', { name: 'Widerrufe' }).getByRole('row').nth(1);
    for (const text of ['Telefon', `Für: ${SENTINEL}`, 'Frau Berger', 'Anruf der Tochter']) {
      await recorded.getByText(text, { exact: false }).waitFor();
    }
    expect(await axeViolations(page)).toEqual([]);

    // A new version starts from what is still valid: the revoked recipient is gone, the
    // health category was not carried over (a fresh tick is needed), the rest says so.
    await page.getByRole('link', { name: 'Neue Fassung aufnehmen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Neue Fassung 2 aufnehmen' }).waitFor();
    await page.getByText('Aus Fassung 1 übernommen, was noch gilt').waitFor();
    await page.getByText(`Nicht übernommen, weil am`).filter({ hasText: SENTINEL }).waitFor();
    const carried = page.getByRole('group', { name: 'Empfänger 1' });
    expect(await carried.getByLabel('Name der Stelle oder Person').inputValue()).toBe(
      'KI Kreis Unna – KIM-Case-Management',
    );
    expect(await page.getByRole('group', { name: 'Empfänger 2' }).count()).toBe(0);
    expect(
      await page
        .getByRole('textbox')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
    ).not.toContain(SENTINEL);
    expect(await carried.getByLabel('Passbeschaffung').isChecked()).toBe(true);
    expect(await carried.getByLabel('Gesundheit (Art. 9 DSGVO)').isChecked()).toBe(false);
    await carried
      .getByText('In Fassung 1 erteilt, aber nicht übernommen', { exact: false })
      .waitFor();
    expect(await carried.getByText('aus Fassung 1 übernommen').count()).toBeGreaterThan(3);
    expect(await axeViolations(page)).toEqual([]);

    // Leaving with a change asks first; staying keeps the input.
    await carried.getByLabel('Wohnen').check();
    const asked = new Promise<string>((resolve) => {
      page.once('dialog', (dialog) => {
        resolve(dialog.message());
        void dialog.dismiss();
      });
    });
    await page.getByRole('link', { name: 'Zurück zum Fall' }).click();
    expect(await asked).toContain('nicht gespeichert');
    expect(await carried.getByLabel('Wohnen').isChecked()).toBe(true);

    // Version 2 in Persian: the text says what changed; printed, the phone number is in order.
    await page.getByLabel('Sprache der Kopie für die Person').selectOption('fa');
    await page.getByRole('button', { name: 'Weiter: Text zeigen' }).click();
    const german = page.locator('.consent-text[lang="de"]');
    await german.getByText('Was ändert sich gegenüber Fassung 1?').waitFor();
    for (const change of [
      `Nicht mehr dabei, weil Sie am`,
      'KI Kreis Unna – KIM-Case-Management – neuer Zweck: Wohnen',
      'KI Kreis Unna – KIM-Case-Management – diese Daten fallen weg: Gesundheit',
    ]) {
      await german.getByText(change, { exact: false }).first().waitFor();
    }
    await signAndOpen(page, 2);
    const persian = await printClientCopy(page);
    expect(phoneInOrder(persian), persian.text).toBe(true);
    expect(persian.text).not.toContain('machine-assisted');
    // The German file copy names the language, not its code.
    await page.getByLabel('Exemplar für die Akte (deutsch)').check();
    await page.getByText('Persisch').waitFor();
    expect(await page.locator('.consent-document__proof').textContent()).not.toMatch(/\bfa\b/);

    // Version 3 in Pashto, printed: the phone number is in order there too.
    await page.getByRole('link', { name: 'Neue Fassung aufnehmen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Neue Fassung 3 aufnehmen' }).waitFor();
    await page.getByLabel('Sprache der Kopie für die Person').selectOption('ps');
    await page.getByRole('button', { name: 'Weiter: Text zeigen' }).click();
    await german.getByText('Empfänger, Zwecke und Daten bleiben wie bisher.').waitFor();
    await signAndOpen(page, 3);
    const pashto = await printClientCopy(page);
    expect(phoneInOrder(pashto), pashto.text).toBe(true);

    const dump = await dumpIndexedDb(page);
    expect(dump).not.toContain(SENTINEL);
    expect(dump).not.toContain('Salma');
    expect(errors).toEqual([]);
    await context.close();
  });
});
