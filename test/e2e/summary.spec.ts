import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import de from '../../locales/de/summary.json';
import ar from '../../locales/ar/summary.json';
import fa from '../../locales/fa/summary.json';
import ti from '../../locales/ti/summary.json';
import ru from '../../locales/ru/summary.json';
import tr from '../../locales/tr/summary.json';
import { tabletLandscape } from './support/chromium';
import { browserAndServer } from './support/harness';
import { axeViolations } from './support/axe';
import { setUpDevice } from './support/device';
import { pdfContent, pdfHas } from './support/pdf';

const LANGUAGES = { ar, fa, ti, ru, tr } as const;
/** Embedded subsets of the bundled faces (pdffonts prints e.g. "AAAAAA+FiraSans-Regular"). */
const BUNDLED = /^[A-Z]{6}\+(FiraSans|NotoSansArabic|NotoSansEthiopic)-/;
const SCRIPT_FONT: Record<string, RegExp> = {
  ar: /NotoSansArabic/,
  fa: /NotoSansArabic/,
  ti: /NotoSansEthiopic/,
  ru: /FiraSans/,
  tr: /FiraSans/,
};

/** A finished conversation with a suggested action (a rule's text) and an own one. */
async function finishConversation(page: Page) {
  await page.getByRole('link', { name: 'Neuen Fall anlegen' }).click();
  await page.getByLabel('Name der beratenen Person').fill('Samir Beispiel');
  await page.getByRole('button', { name: 'Fall anlegen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Samir Beispiel' }).waitFor();
  await page.getByRole('button', { name: 'Gespräch beginnen' }).click();
  await page.getByRole('heading', { level: 2, name: 'Rahmendaten' }).waitFor();
  await page.getByRole('button', { name: 'Aktueller Status und Verfahren' }).click();
  await page.getByLabel('Duldung (§ 60a)').check();
  await page.getByRole('button', { name: 'Bevollmächtigte Person benennen' }).click();
  await page.getByLabel('Keine').check();
  // Notices handed out: which, on which day, in which language (with the deadline stated).
  await page.getByRole('button', { name: 'Ausgehändigte Schriftstücke', exact: true }).click();
  await page.getByLabel('Ausreisefrist und Abschiebungsandrohung').check();
  await page.getByLabel('Frist laut Schriftstück').fill('15.01.2027');
  await page.locator('#notice-departure-deadline-lang').selectOption('ar');
  await page.getByLabel('Ausreiseinformationsschreiben der Stelle').check();
  await page.getByRole('button', { name: 'Vereinbarungen und ausgehändigte Unterlagen' }).click();
  await page.getByRole('button', { name: 'Übernehmen' }).first().click();
  await page.getByRole('button', { name: 'Eigenen Schritt hinzufügen' }).click();
  await page.getByLabel('Was ist zu tun?').last().fill('Geburtsurkunde mitbringen');
  await page.getByLabel('Bis wann?').last().fill('31.12.2026');
  await page.getByLabel('Ausfertigung dieses Gesprächs').check();
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Abschluss' }).waitFor();
  await page.getByLabel('Abgeschlossen von').fill('Frau Beispiel');
  await page.getByRole('button', { name: 'Gespräch abschließen' }).click();
  await page.getByRole('button', { name: 'Ja, abschließen' }).click();
  await page.getByRole('heading', { level: 2, name: 'Abgeschlossenes Gespräch' }).waitFor();
  await page.getByRole('link', { name: 'Zurück zum Fall Samir Beispiel' }).click();
}

describe('printed summary in the client language', () => {
  const env = browserAndServer();

  it('prints a finished conversation in Arabic, Persian, Tigrinya, Russian and Turkish, each with the German text and only bundled, embedded fonts', async () => {
    const context = await env.browser.newContext(tabletLandscape);
    const page = await context.newPage();
    await page.goto(env.server.url);
    await setUpDevice(page);
    await finishConversation(page);
    await page.getByRole('link', { name: 'Zusammenfassung für die Person' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zusammenfassung für die Person' }).waitFor();

    for (const [lang, texts] of Object.entries(LANGUAGES)) {
      await page.getByLabel('Sprache der Zusammenfassung').selectOption(lang);
      const part = page.locator(`.summary__part[lang="${lang}"]`);
      await part.getByRole('heading', { level: 1, name: texts.doc.title }).waitFor();
      await page.locator('.summary[data-fonts-ready="true"]').waitFor();
      // The adopted suggestion is printed in the client's words; the own step as written.
      const actionText = (await part.locator('.summary__action p').first().textContent()) ?? '';
      expect(actionText.length).toBeGreaterThan(10);

      const pdf = pdfContent(await page.pdf({ format: 'A4' }));
      for (const text of [
        texts.doc.title,
        texts.doc.actions,
        texts.doc.appointment,
        texts.doc.authoritative,
        texts.doc.notices,
        texts.notice['departure-deadline'],
        actionText,
        'Geburtsurkunde mitbringen',
        de.doc.title,
        de.doc.actions,
        de.doc.notices,
        de.notice['departure-deadline'],
        de.notice['departure-information-letter'],
        'Frist: 15. Januar 2027',
      ]) {
        expect(pdfHas(pdf, text), `${lang}: ${text}`).toBe(true);
      }
      expect(pdf.pages, lang).toBeGreaterThanOrEqual(2);
      // Every glyph came from a bundled font, embedded in the PDF: no system fallback (which
      // would also be the source of empty boxes), and the script's own face was used.
      expect(
        pdf.fonts.every((f) => f.embedded),
        lang,
      ).toBe(true);
      expect(
        pdf.fonts.map((f) => f.name).filter((n) => !BUNDLED.test(n)),
        lang,
      ).toEqual([]);
      const scriptFont = SCRIPT_FONT[lang];
      if (scriptFont)
        expect(
          pdf.fonts.some((f) => scriptFont.test(f.name)),
          lang,
        ).toBe(true);
    }

    // Arabic: right-to-left in the DOM, laid out from the right; the German part stays ltr.
    await page.getByLabel('Sprache der Zusammenfassung').selectOption('ar');
    const arabic = page.locator('.summary__part[lang="ar"]');
    await arabic.getByRole('heading', { level: 1, name: ar.doc.title }).waitFor();
    expect(await arabic.getAttribute('dir')).toBe('rtl');
    expect(await arabic.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    // The title's text (not its block) ends at the right edge and leaves room on the left.
    const gaps = await arabic.evaluate((el) => {
      const title = el.querySelector('h1');
      if (!title) throw new Error('no title');
      const range = document.createRange();
      range.selectNodeContents(title);
      const text = range.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return { right: box.right - text.right, left: text.left - box.left };
    });
    expect(gaps.right).toBeLessThan(40);
    expect(gaps.left).toBeGreaterThan(gaps.right);
    expect(await page.locator('.summary__part[lang="de"]').getAttribute('dir')).toBe('ltr');
    expect(await axeViolations(page)).toEqual([]);
    mkdirSync('test-results', { recursive: true });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: 'test-results/summary-ar.png', fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // The file note records the same notices, in German, with day, language and deadline.
    await page.goBack();
    await page.getByRole('link', { name: 'Aktenvermerk' }).first().click();
    const note = page.locator('main');
    await note.getByText('Ausgehändigte Schriftstücke und Belehrungen').first().waitFor();
    await expect
      .poll(() => note.textContent())
      .toMatch(
        /Ausreisefrist und Abschiebungsandrohung \(§ 59 AufenthG\): ausgehändigt am \d\d\.\d\d\.\d{4}, Fassung in Arabisch/,
      );
    expect(await note.textContent()).toContain('Frist laut Schriftstück: 15.01.2027');
    expect(await note.textContent()).toContain('Ausreiseinformationsschreiben der Stelle');
    await context.close();
  });
});
