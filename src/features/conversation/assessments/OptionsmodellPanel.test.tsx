import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { initI18n } from '../../../i18n/i18n';
import { evaluateOptionsmodellScreening } from '../../../domain';
import { OptionsmodellPanel } from './OptionsmodellPanel';
import { persona, renderPanel, tr } from './testing';

beforeAll(async () => {
  await initI18n('de');
});
afterEach(cleanup);

const STATUS_TEXT = { met: 'erfüllt', 'not-met': 'nicht erfüllt', unknown: 'noch zu klären' };

describe('OptionsmodellPanel', () => {
  it('shows each criterion with its status in words and always the verification flag', async () => {
    const { facts, asOf } = persona('optionsmodell-medical');
    await renderPanel(<OptionsmodellPanel facts={facts} asOf={asOf} />, 'optionsmodell-panel');
    const screening = evaluateOptionsmodellScreening(facts, asOf);
    expect(screening.status).toBe('out-of-scope');
    const card = screen.getByRole('article', { name: tr('screening.optionsmodell.title') });
    expect(card).toHaveAttribute('data-status', 'out-of-scope');
    expect(within(card).getByText('Nicht im Anwendungsbereich')).toBeInTheDocument();
    expect(card.querySelector('header')).toHaveTextContent(screening.meta.legalRef);
    expect(
      within(card.querySelector('header') as HTMLElement).getByText('zu prüfen'),
    ).toBeVisible();
    for (const c of screening.criteria) {
      const item = card.querySelector(`[data-criterion="${c.id}"]`);
      expect(item).toHaveTextContent(tr(c.labelKey));
      expect(item?.querySelector('.assessment-req__status')).toHaveTextContent(
        new RegExp(`^${STATUS_TEXT[c.status]}$`),
      );
    }
    expect(screen.getByRole('status')).toHaveTextContent(
      'Optionsmodell: Nicht im Anwendungsbereich',
    );
  });

  it('asks for the missing facts when the screening is open', async () => {
    const { facts, asOf } = persona('nothing-known');
    await renderPanel(<OptionsmodellPanel facts={facts} asOf={asOf} />, 'optionsmodell-panel');
    const screening = evaluateOptionsmodellScreening(facts, asOf);
    expect(screening.status).toBe('unknown');
    const card = screen.getByRole('article', { name: tr('screening.optionsmodell.title') });
    for (const q of screening.questions) expect(card).toHaveTextContent(tr(q.questionKey));
    for (const key of screening.noteKeys) expect(card).toHaveTextContent(tr(key));
  });
});
