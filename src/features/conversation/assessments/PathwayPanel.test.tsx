import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { Suspense } from 'react';
import i18next from 'i18next';
import { initI18n } from '../../../i18n/i18n';
import { evaluatePathways, PATHWAYS, suggestActions } from '../../../domain';
import type { CaseFacts, PathwayAssessment } from '../../../domain';
import { PathwayPanel } from './PathwayPanel';
import { persona, renderPanel, tr } from './testing';

beforeAll(async () => {
  await initI18n('de');
});
afterEach(cleanup);

function card(a: PathwayAssessment): HTMLElement {
  return screen.getByRole('article', { name: tr(a.titleKey) });
}

function header(a: PathwayAssessment): HTMLElement {
  const el = card(a).querySelector('header');
  if (!el) throw new Error('card without header');
  return el;
}

/** The group under the heading `title` inside a card. */
function group(cardEl: HTMLElement, title: string): HTMLElement {
  const heading = within(cardEl).getByRole('heading', { name: title });
  const section = heading.parentElement;
  if (!section) throw new Error('heading without group');
  return section;
}

function expectedSummary(pathways: readonly PathwayAssessment[]): string {
  const possible = pathways.filter((p) => p.status === 'likely' || p.status === 'possible').length;
  const unclear = pathways.filter((p) => p.status === 'unknown').length;
  const excluded = pathways.filter((p) => p.status === 'not-met' || p.status === 'expired').length;
  return `${possible} ${possible === 1 ? 'Weg' : 'Wege'} möglich, ${unclear} unklar, ${excluded} derzeit ausgeschlossen`;
}

describe('PathwayPanel', () => {
  it('shows § 60c as likely for a trainee, with reference and status in words', async () => {
    const { facts, asOf } = persona('60c-trainee');
    await renderPanel(<PathwayPanel facts={facts} asOf={asOf} />, 'pathway-panel');
    const p60c = screen.getByRole('article', { name: 'Ausbildungsduldung (§ 60c AufenthG)' });
    expect(p60c).toHaveAttribute('data-status', 'likely');
    expect(within(p60c).getByText('Voraussichtlich erfüllt')).toBeInTheDocument();
    const [assessment] = evaluatePathways(facts, asOf).filter(
      (a) => a.pathwayId === 'aufenthg-60c',
    );
    const head = p60c.querySelector('header');
    expect(head).toHaveTextContent(assessment?.legalRef ?? '-');
    // The status is carried by an icon shape too, not colour alone.
    expect(p60c.querySelector('.assessment-badge svg[data-shape="check"]')).not.toBeNull();
  });

  it('asks about an unrecorded stretch of the history instead of saying "not met"', async () => {
    const { facts: base, asOf } = persona('25b-six-years');
    const facts: CaseFacts = {
      ...base,
      firstEntryDate: '2016-01-01',
      statusHistory: [
        { status: 'gestattung', from: '2016-01-01', until: '2019-12-31' },
        { status: 'duldung-60a', from: '2021-07-01' },
      ],
    };
    await renderPanel(<PathwayPanel facts={facts} asOf={asOf} />, 'pathway-panel');
    const a = evaluatePathways(facts, asOf).find((p) => p.pathwayId === 'aufenthg-25b')!;
    expect(a.status).toBe('unknown');
    expect(
      within(card(a)).getByText(
        'Welchen Aufenthaltsstatus hatte die Person vom 1. Januar 2020 bis zum 30. Juni 2021? ' +
          'Dieser Zeitraum ist noch nicht erfasst.',
      ),
    ).toBeInTheDocument();
  });

  it('lists every unknown requirement under "Noch zu klären" with the missing facts', async () => {
    const { facts, asOf } = persona('nothing-known');
    await renderPanel(<PathwayPanel facts={facts} asOf={asOf} />, 'pathway-panel');
    const a = evaluatePathways(facts, asOf).find((p) => p.pathwayId === 'aufenthg-60c');
    if (!a) throw new Error('missing § 60c');
    const unknown = a.requirements.filter((r) => r.status === 'unknown');
    expect(unknown.length).toBeGreaterThan(0);
    const toClarify = group(card(a), 'Noch zu klären');
    for (const r of unknown) {
      expect(within(toClarify).getByText(tr(r.labelKey))).toBeInTheDocument();
      const firstMissing = r.missingFacts[0];
      if (firstMissing) {
        expect(toClarify).toHaveTextContent(tr(`facts.${firstMissing}.label`));
      }
    }
    expect(within(card(a)).queryByRole('heading', { name: 'Erfüllt' })).toBeNull();
  });

  it('renders a visible "zu prüfen" marker exactly where the engine flags one', async () => {
    const { facts, asOf } = persona('60c-trainee');
    await renderPanel(<PathwayPanel facts={facts} asOf={asOf} />, 'pathway-panel');
    const pathways = evaluatePathways(facts, asOf);
    expect(pathways.some((a) => a.toVerify)).toBe(true);
    expect(pathways.some((a) => !a.toVerify)).toBe(true);
    for (const a of pathways) {
      const marker = within(header(a)).queryByText('zu prüfen');
      if (a.toVerify) expect(marker).toBeVisible();
      else expect(marker).toBeNull();
    }
    // The flagged requirement of § 60c carries its own marker next to its §.
    const p60c = pathways.find((a) => a.pathwayId === 'aufenthg-60c');
    const flagged = p60c?.requirements.find((r) => r.meta.toVerify);
    if (!p60c || !flagged) throw new Error('expected a flagged § 60c requirement');
    expect(flagged.status).toBe('met');
    const met = group(card(p60c), 'Erfüllt');
    const item = within(met).getByText(tr(flagged.labelKey)).closest('li');
    if (!item) throw new Error('requirement not in a list item');
    expect(within(item).getByText('zu prüfen')).toBeVisible();
    expect(item).toHaveTextContent(flagged.legalRef);
    // … and is listed with its source among the flagged parts of the legal details.
    const details = within(card(p60c)).getByText('Rechtsgrundlage & Stand').closest('details');
    expect(details).toHaveTextContent('Teile mit Prüfvermerk');
    expect(details).toHaveTextContent(flagged.meta.source);
  });

  it('shows source, validity and review date under "Rechtsgrundlage & Stand"', async () => {
    const { facts, asOf } = persona('60c-trainee');
    await renderPanel(<PathwayPanel facts={facts} asOf={asOf} />, 'pathway-panel');
    const a = evaluatePathways(facts, asOf).find((p) => p.pathwayId === 'aufenthg-16g');
    if (!a) throw new Error('missing § 16g');
    const summary = within(card(a)).getByText('Rechtsgrundlage & Stand');
    const details = summary.closest('details');
    expect(details).not.toHaveAttribute('open');
    expect(details).toHaveTextContent(a.meta.source);
    expect(details).toHaveTextContent('Gültig ab');
    // § 16g was checked against deubner § 16g on 4.12.2026 (legal review 12/2026 Nr. 13).
    expect(details).toHaveTextContent('4. Dezember 2026');
    expect(details).toHaveTextContent('Zu prüfen');
  });

  it('announces counts that match the engine and updates them as facts become known', async () => {
    const first = persona('nothing-known');
    const { rerender } = await renderPanel(
      <PathwayPanel facts={first.facts} asOf={first.asOf} />,
      'pathway-panel',
    );
    const live = screen.getByRole('status');
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live).toHaveTextContent(expectedSummary(evaluatePathways(first.facts, first.asOf)));

    const next = persona('60c-trainee');
    rerender(
      <Suspense fallback={null}>
        <PathwayPanel facts={next.facts} asOf={next.asOf} />
      </Suspense>,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      expectedSummary(evaluatePathways(next.facts, next.asOf)),
    );
  });

  it('keeps ruled-out pathways at the end, collapsed but never hidden', async () => {
    const { facts, asOf } = persona('60c-trainee');
    await renderPanel(<PathwayPanel facts={facts} asOf={asOf} />, 'pathway-panel');
    expect(screen.getAllByRole('article')).toHaveLength(PATHWAYS.length);
    const closed = screen.getByTestId('closed-pathways');
    const excluded = evaluatePathways(facts, asOf).filter(
      (a) => a.status === 'not-met' || a.status === 'expired',
    );
    expect(excluded.length).toBeGreaterThan(0);
    for (const a of excluded) {
      const el = within(closed).getByRole('article', { name: tr(a.titleKey) });
      const reasons = within(el).getByText('Gründe und Einzelheiten anzeigen').closest('details');
      expect(reasons).not.toHaveAttribute('open');
    }
    const order = screen.getAllByRole('article').map((el) => el.getAttribute('data-status'));
    const firstClosed = order.findIndex((s) => s === 'not-met' || s === 'expired');
    expect(order.slice(firstClosed).every((s) => s === 'not-met' || s === 'expired')).toBe(true);
  });

  it('formats deadlines in German and lists what the person can do', async () => {
    const pupil = persona('25a-pupil-26');
    await renderPanel(<PathwayPanel facts={pupil.facts} asOf={pupil.asOf} />, 'pathway-panel');
    const p25a = screen.getByRole('article', { name: tr('rules.aufenthg-25a.title') });
    expect(within(p25a).getByText('Frist: bis 19. Mai 2033')).toBeInTheDocument();
  });

  it('shows the suggested actions with their § for a pathway that is not met yet', async () => {
    const { facts, asOf } = persona('60d-eleven-months');
    await renderPanel(<PathwayPanel facts={facts} asOf={asOf} />, 'pathway-panel');
    const pathways = evaluatePathways(facts, asOf);
    const actions = suggestActions(pathways, []).filter((s) => s.source.id === 'aufenthg-60d');
    expect(actions.length).toBeGreaterThan(0);
    const p60d = screen.getByRole('article', { name: tr('rules.aufenthg-60d.title') });
    const list = group(p60d, 'Was die Person tun kann');
    for (const action of actions) {
      const item = within(list).getByText(tr(action.actionKey)).closest('li');
      expect(item).toHaveTextContent(action.legalRef);
    }
  });
});

describe('PathwayPanel in English', () => {
  beforeAll(async () => {
    await i18next.changeLanguage('en');
  });
  afterAll(async () => {
    await i18next.changeLanguage('de');
  });

  it('renders statuses, groups, dates and the summary in English', async () => {
    const facts: CaseFacts = persona('25a-pupil-26').facts;
    const asOf = persona('25a-pupil-26').asOf;
    await renderPanel(<PathwayPanel facts={facts} asOf={asOf} />, 'pathway-panel');
    const p25a = screen.getByRole('article', { name: tr('rules.aufenthg-25a.title') });
    expect(within(p25a).getByText('Likely met')).toBeInTheDocument();
    expect(within(p25a).getByText('Deadline: by May 19, 2033')).toBeInTheDocument();
    expect(within(p25a).getByText('Legal basis & status')).toBeInTheDocument();
    const pathways = evaluatePathways(facts, asOf);
    const possible = pathways.filter(
      (p) => p.status === 'likely' || p.status === 'possible',
    ).length;
    expect(screen.getByRole('status')).toHaveTextContent(
      `${possible} ${possible === 1 ? 'pathway' : 'pathways'} possible`,
    );
    expect(screen.getAllByText('to verify').length).toBeGreaterThan(0);
  });
});
