// The organisation's Ausreiseinformationsschreiben in the browser: the administrator enters
// fictitious blocks (never legal text) with a placeholder and an Arabic translation, then a
// counsellor's device receives the letter with its sync and prints it for a conversation.
import { writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import arLetter from '../../../locales/ar/letter.json';
import deLetter from '../../../locales/de/letter.json';
import { tabletLandscape } from './chromium';
import { axeViolations } from './axe';
import { setUpDevice } from './device';
import { createCounsellor, signInAsAdmin, signInInApp } from './organisation';
import { pdfContent, pdfHas } from './pdf';

export const LETTER = {
  first: {
    heading: 'Testschreiben für {{name}}',
    text: 'Erfundener Testtext ohne rechtliche Bedeutung. Geboren am {{birthDate}}, Staatsangehörigkeit {{nationality}}, Aktenzeichen {{fileNumber}}.',
    arHeading: 'رسالة تجريبية إلى {{name}}',
    arText:
      'نص تجريبي مختلق بدون أي معنى قانوني. تاريخ الميلاد {{birthDate}}، الجنسية {{nationality}}، رقم الملف {{fileNumber}}.',
  },
  second: { text: 'Erfundene Testfrist: {{departureDeadline}}. Von {{organisation}}.' },
} as const;
const PERSON = { name: 'Amal Beispiel', fileNumber: 'AZ 2026/0815', birth: '15.03.1999' };
const ORGANISATION = 'Beispielstelle Testkreis';

/** Screenshots at both tablet orientations (test-results/<name>-<w>x<h>.png). */
async function screenshots(page: Page, name: string): Promise<void> {
  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 768, height: 1024 },
  ]) {
    await page.setViewportSize(viewport);
    await page.screenshot({
      path: `test-results/${name}-${String(viewport.width)}x${String(viewport.height)}.png`,
      fullPage: true,
    });
  }
  await page.setViewportSize(tabletLandscape.viewport ?? { width: 1024, height: 768 });
}

const block = (page: Page, number: number, count: number) =>
  page.getByRole('group', { name: `Abschnitt ${String(number)} von ${String(count)}` });

export async function adminEntersLetter(browser: Browser, url: string): Promise<void> {
  const context = await browser.newContext(tabletLandscape);
  const a = await context.newPage();
  await a.goto(url);
  await setUpDevice(a);
  await signInAsAdmin(a, 'Tablet Verwaltung Schreiben');
  await a.getByRole('link', { name: 'Verwaltung' }).click();
  await a.getByRole('link', { name: 'Ausreiseinformationsschreiben pflegen' }).click();
  await a
    .getByRole('heading', { level: 1, name: 'Ausreiseinformationsschreiben pflegen' })
    .waitFor();
  await a.getByText(/^Ihre Stelle hat noch kein Ausreiseinformationsschreiben/).waitFor();
  await a.getByRole('term').filter({ hasText: '{{departureDeadline}}' }).waitFor();

  // Saving an empty block is refused inline, in German, naming the block; focus goes there.
  await a.getByRole('button', { name: 'Schreiben speichern' }).click();
  const germanText = block(a, 1, 1).getByLabel('Text (Deutsch)');
  await a.getByText('Abschnitt 1: Bitte füllen Sie dieses Feld aus.').waitFor();
  expect(await germanText.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await axeViolations(a)).toEqual([]);

  await block(a, 1, 1).getByLabel('Überschrift (Deutsch, freiwillig)').fill(LETTER.first.heading);
  await germanText.fill(LETTER.first.text);
  await block(a, 1, 1)
    .getByText(/^Übersetzungen \(0 von 13/)
    .click();
  const arabic = block(a, 1, 1).getByRole('group', { name: /العربية/ });
  await arabic.getByLabel('Überschrift', { exact: true }).fill(LETTER.first.arHeading);
  // A translation without the German placeholders is refused.
  await arabic.getByLabel('Text', { exact: true }).fill('نص بدون بيانات');
  await a.getByRole('button', { name: 'Schreiben speichern' }).click();
  await arabic.getByText(/^Abschnitt 1: Die Übersetzung muss genau die Platzhalter/).waitFor();
  await arabic.getByLabel('Text', { exact: true }).fill(LETTER.first.arText);

  // A second block, moved before the first.
  await a.getByRole('button', { name: 'Abschnitt hinzufügen' }).click();
  await block(a, 2, 2).getByLabel('Text (Deutsch)').fill(LETTER.second.text);
  await a.getByRole('button', { name: 'Abschnitt 2 nach oben verschieben' }).click();
  await block(a, 1, 2)
    .getByText(/^Übersetzungen \(0 von 13/)
    .waitFor();
  expect(await axeViolations(a)).toEqual([]);
  await a.getByRole('button', { name: 'Schreiben speichern' }).click();
  await a
    .getByText(/^Gespeichert\. Version \d+ erreicht die Geräte/)
    .first()
    .waitFor();
  // Saved: the form shows the stored letter, translations folded; the moved block is first.
  await block(a, 2, 2)
    .getByText(/^Übersetzungen \(1 von 13/)
    .click();
  await block(a, 2, 2)
    .getByRole('group', { name: /العربية/ })
    .getByLabel('Text', { exact: true })
    .waitFor();
  expect(await axeViolations(a)).toEqual([]);
  await screenshots(a, 'letter-editor');
  await context.close();
}

export async function counsellorPrintsLetter(browser: Browser, url: string): Promise<void> {
  const user = await createCounsellor(url, 'Lea Beraterin');
  const context = await browser.newContext(tabletLandscape);
  const page = await context.newPage();
  await page.goto(url);
  await setUpDevice(page);
  await signInInApp(page, user, 'Tablet Lea');
  const organisation = page.getByLabel('Dienststelle oder Beratungsstelle');
  await organisation.fill(ORGANISATION);
  await page
    .locator('form', { has: organisation })
    .getByRole('button', { name: 'Speichern' })
    .click();
  await page.getByText('Gespeichert.').first().waitFor();

  // Offline from here: the letter came with the sync; the conversation is on the device.
  await context.setOffline(true);
  await page.getByRole('link', { name: 'Fälle', exact: true }).click();
  await page.getByRole('link', { name: 'Neuen Fall anlegen' }).click();
  await page.getByLabel('Name der beratenen Person').fill(PERSON.name);
  await page.getByLabel('Aktenzeichen').fill(PERSON.fileNumber);
  await page.getByLabel(/Welche Staatsangehörigkeit/).selectOption('SY');
  await page.getByRole('textbox', { name: /Geburtsdatum|geboren/ }).fill(PERSON.birth);
  await page.getByRole('button', { name: 'Fall anlegen' }).click();
  await page.getByRole('heading', { level: 1, name: PERSON.name }).waitFor();
  await page.getByRole('button', { name: 'Gespräch beginnen' }).click();
  await page.getByRole('heading', { level: 2, name: 'Rahmendaten' }).waitFor();
  await page.getByRole('link', { name: 'Fälle', exact: true }).click();
  await page.getByRole('link', { name: new RegExp(PERSON.name) }).click();
  await page.getByRole('link', { name: 'Ausreiseinformationsschreiben' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ausreiseinformationsschreiben' }).waitFor();
  // The deadline is not recorded: the screen says it prints as a line.
  await page.getByText('Ausreisefrist', { exact: true }).waitFor();

  const letter = page.locator('.letter');
  await page.locator('.letter[data-fonts-ready="true"]').waitFor();
  await screenshots(page, 'letter-de');
  await page.getByLabel('Sprache der Person').selectOption('ar');
  const arabicPart = page.locator('.letter__part[lang="ar"]');
  await arabicPart.getByText(arLetter.translationNote).waitFor();
  await page.locator('.letter[data-fonts-ready="true"]').waitFor();
  expect(await arabicPart.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  expect(await letter.locator('bdi[dir="ltr"]', { hasText: PERSON.fileNumber }).count()).toBe(2);
  expect(await axeViolations(page)).toEqual([]);

  const printed = await page.pdf({ format: 'A4' });
  writeFileSync('test-results/letter-ar.pdf', printed);
  const pdf = pdfContent(printed);
  const filled = (text: string, values: Record<string, string>) =>
    text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '__________');
  const german = {
    name: PERSON.name,
    birthDate: PERSON.birth,
    nationality: 'Syrien',
    fileNumber: PERSON.fileNumber,
    organisation: ORGANISATION,
  };
  for (const text of [
    arLetter.translationNote,
    arLetter.inGerman,
    deLetter.germanVersion,
    deLetter.authoritative,
    arLetter.authoritative,
    filled(LETTER.first.heading, german),
    filled(LETTER.first.text, german),
    filled(LETTER.second.text, german),
    'رسالة تجريبية إلى',
    'نص تجريبي مختلق بدون أي معنى قانوني',
    'سوريا',
  ]) {
    expect(pdfHas(pdf, text), text).toBe(true);
  }
  // The moved block comes first in the German part.
  const germanStart = pdf.text.indexOf(deLetter.germanVersion);
  expect(pdf.text.indexOf('Erfundene Testfrist', germanStart)).toBeLessThan(
    pdf.text.indexOf('Testschreiben für', germanStart),
  );
  expect(pdfHas(pdf, 'Sprache der Person'), 'screen controls are not printed').toBe(false);
  await screenshots(page, 'letter-ar');
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: 'test-results/letter-ar-print.png', fullPage: true });
  await context.close();
}
