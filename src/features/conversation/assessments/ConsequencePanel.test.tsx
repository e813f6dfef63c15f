import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { initI18n } from '../../../i18n/i18n';
import { APPLICABILITY_KEYS, evaluateConsequences } from '../../../domain';
import { ConsequencePanel } from './ConsequencePanel';
import { persona, renderPanel, tr } from './testing';

beforeAll(async () => {
  await initI18n('de');
});
afterEach(cleanup);

describe('ConsequencePanel', () => {
  it('shows each consequence with §, applicability in words and a flag where set', async () => {
    const { facts, asOf } = persona('60b-holder');
    await renderPanel(<ConsequencePanel facts={facts} asOf={asOf} />, 'consequence-panel');
    const consequences = evaluateConsequences(facts, asOf);
    expect(consequences.find((c) => c.consequenceId === 'aufenthg-60b')?.applicability).toBe(
      'applies',
    );
    expect(screen.getAllByRole('article')).toHaveLength(consequences.length);
    for (const c of consequences) {
      const card = screen.getByRole('article', { name: tr(c.titleKey) });
      const header = card.querySelector('header');
      expect(header).toHaveTextContent(c.legalRef);
      expect(header).toHaveTextContent(tr(APPLICABILITY_KEYS[c.applicability]));
      const marker = within(header as HTMLElement).queryByText('zu prüfen');
      if (c.toVerify) expect(marker).toBeVisible();
      else expect(marker).toBeNull();
      for (const key of c.actionKeys) expect(card).toHaveTextContent(tr(key));
    }
  });

  it('orders by severity: already applies, then threatens, then unclear', async () => {
    const { facts, asOf } = persona('60b-holder');
    await renderPanel(<ConsequencePanel facts={facts} asOf={asOf} />, 'consequence-panel');
    const order = screen.getAllByRole('article').map((a) => a.getAttribute('data-applicability'));
    const rank = { applies: 0, threatens: 1, unknown: 2 } as const;
    const ranks = order.map((o) => rank[o as keyof typeof rank]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(order[0]).toBe('applies');
  });

  it('announces counts from the engine and lists the questions for unclear ones', async () => {
    const { facts, asOf } = persona('nothing-known');
    await renderPanel(<ConsequencePanel facts={facts} asOf={asOf} />, 'consequence-panel');
    const consequences = evaluateConsequences(facts, asOf);
    const count = (a: string) => consequences.filter((c) => c.applicability === a).length;
    const applies = count('applies');
    const threatens = count('threatens');
    expect(screen.getByRole('status')).toHaveTextContent(
      `${applies} ${applies === 1 ? 'Folge trifft' : 'Folgen treffen'} bereits zu, ` +
        `${threatens} ${threatens === 1 ? 'droht' : 'drohen'}, ${count('unknown')} unklar`,
    );
    const unclear = consequences.find((c) => c.applicability === 'unknown');
    const question = unclear?.questions[0];
    if (!unclear || !question) throw new Error('expected an unclear consequence with questions');
    const card = screen.getByRole('article', { name: tr(unclear.titleKey) });
    expect(within(card).getByRole('heading', { name: 'Noch zu klären' })).toBeInTheDocument();
    expect(card).toHaveTextContent(tr(question.questionKey));
  });

  it('shows dated deadlines and the legal details with the source', async () => {
    const { facts, asOf } = persona('23a-deportation-fixed');
    await renderPanel(<ConsequencePanel facts={facts} asOf={asOf} />, 'consequence-panel');
    const withDeadline = evaluateConsequences(facts, asOf).find((c) => c.deadlines.length > 0);
    if (!withDeadline) throw new Error('expected a consequence with a deadline');
    const card = screen.getByRole('article', { name: tr(withDeadline.titleKey) });
    expect(within(card).getByRole('heading', { name: 'Fristen und Daten' })).toBeInTheDocument();
    expect(card).toHaveTextContent('1. Oktober 2026');
    const details = within(card).getByText('Rechtsgrundlage & Stand').closest('details');
    expect(details).toHaveTextContent(withDeadline.meta.source);
  });
});
