import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { initI18n } from '../../../i18n/i18n';
import { ELIGIBILITY_KEYS, evaluateReturnOptions, RETURN_PORTAL } from '../../../domain';
import { ReturnOptionsPanel } from './ReturnOptionsPanel';
import { persona, renderPanel, tr } from './testing';

beforeAll(async () => {
  await initI18n('de');
});
afterEach(cleanup);

describe('ReturnOptionsPanel', () => {
  it('lists every option with eligibility in words, support and whom to contact', async () => {
    const { facts, asOf } = persona('60c-trainee');
    await renderPanel(<ReturnOptionsPanel facts={facts} asOf={asOf} />, 'return-options-panel');
    const options = evaluateReturnOptions(facts, asOf);
    expect(screen.getAllByRole('article')).toHaveLength(options.length);
    for (const o of options) {
      const card = screen.getByRole('article', { name: tr(o.titleKey) });
      const header = card.querySelector('header');
      expect(header).toHaveTextContent(o.meta.legalRef);
      expect(header).toHaveTextContent(tr(ELIGIBILITY_KEYS[o.eligibility]));
      expect(card).toHaveTextContent(tr(o.supportKey));
      for (const key of o.actionKeys) expect(card).toHaveTextContent(tr(key));
      const marker = within(header as HTMLElement).queryByText('zu prüfen');
      if (o.toVerify) expect(marker).toBeVisible();
      else expect(marker).toBeNull();
    }
  });

  it('points to the federal return portal and never shows amounts', async () => {
    const { facts, asOf } = persona('60c-trainee');
    const { panel } = await renderPanel(
      <ReturnOptionsPanel facts={facts} asOf={asOf} />,
      'return-options-panel',
    );
    const link = screen.getByRole('link', { name: new RegExp(RETURN_PORTAL.replace('.', '\\.')) });
    expect(link).toHaveAttribute('href', `https://${RETURN_PORTAL}`);
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(panel.textContent).not.toMatch(/€|\bEUR\b|Euro/);
  });

  it('flags a less certain hint (Türkiye special rule) with its own reference', async () => {
    const { facts, asOf } = persona('turkiye-short-stay-2026');
    await renderPanel(<ReturnOptionsPanel facts={facts} asOf={asOf} />, 'return-options-panel');
    const reag = evaluateReturnOptions(facts, asOf).find((o) => o.optionId === 'reag-garp');
    const hintKey = 'returnOptions.reag-garp.hint.turkiye-short-stay-extension-unknown';
    expect(reag?.hintKeys).toContain(hintKey);
    expect(reag?.toVerify).toBe(true);
    const card = screen.getByRole('article', { name: tr('returnOptions.reag-garp.title') });
    const conditions = within(card).getByRole('heading', { name: 'Bedingungen und Hinweise' });
    const item = within(conditions.parentElement as HTMLElement)
      .getByText(tr(hintKey))
      .closest('li');
    if (!item) throw new Error('hint not in a list item');
    expect(within(item).getByText('zu prüfen')).toBeVisible();
    expect(item).toHaveTextContent('Sonderregelung Türkiye (REAG/GARP, StarthilfePlus, EURP)');
  });

  it('keeps options that are not possible visible in their own group, with counts', async () => {
    const { facts, asOf } = persona('eu-citizen');
    await renderPanel(<ReturnOptionsPanel facts={facts} asOf={asOf} />, 'return-options-panel');
    const options = evaluateReturnOptions(facts, asOf);
    const notEligible = options.filter((o) => o.eligibility === 'not-eligible');
    expect(notEligible.length).toBeGreaterThan(0);
    const closed = screen
      .getByRole('heading', { name: 'Voraussichtlich nicht möglich' })
      .closest('section');
    for (const o of notEligible) {
      expect(
        within(closed as HTMLElement).getByRole('article', { name: tr(o.titleKey) }),
      ).toBeVisible();
    }
    const count = (e: string) => options.filter((o) => o.eligibility === e).length;
    expect(screen.getByRole('status')).toHaveTextContent(
      `${count('not-eligible')} nicht möglich, ${count('unknown')} unklar`,
    );
  });
});
