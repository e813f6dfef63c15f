import type { Page } from 'playwright-core';

/** Enters the organisation's details for consent forms (Settings). */
export async function fillController(page: Page) {
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByLabel('Verantwortliche Stelle').fill('Kreis Unna, Ausländerbehörde');
  await page.getByLabel('Anschrift', { exact: true }).fill('Friedrich-Ebert-Straße 17, 59425 Unna');
  await page
    .getByLabel('Kontakt für Widerrufe (Telefon, E-Mail)')
    .fill('02303 27-0, abh@kreis-unna.example');
  await page
    .getByLabel('Datenschutzbeauftragte Person (Kontakt)')
    .fill('datenschutz@kreis-unna.example');
  await page
    .getByLabel('Datenschutz-Aufsichtsbehörde (Name, Anschrift)')
    .fill('LDI NRW, Kavalleriestraße 2–4, 40213 Düsseldorf');
  await page.getByRole('button', { name: 'Angaben speichern' }).click();
  await page.getByText('Gespeichert.').waitFor();
}

/** Draws a signature with pointer events (the tablet's finger or stylus). */
export async function drawSignature(page: Page, canvasName: string) {
  const canvas = page.getByLabel(canvasName, { exact: true });
  const box = await canvas.boundingBox();
  if (!box) throw new Error('signature canvas not visible');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 30, y);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) {
    await page.mouse.move(box.x + 30 + i * 12, y + Math.sin(i / 2) * 30, { steps: 2 });
  }
  await page.mouse.up();
}
