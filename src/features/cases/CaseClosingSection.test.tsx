import { Suspense } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { initI18n } from '../../i18n/i18n';
import { getRepositories, getVault } from '../../storage/appStorage';
import { useCaseDetail } from '../../storage/hooks/useCases';
import { todayIso } from '../../app/today';
import { CaseClosingSection } from './CaseClosingSection';

beforeAll(async () => {
  await initI18n('de');
  await getVault().setUp('Korrekt Pferd 7 Batterie');
}, 60_000);

afterEach(cleanup);

function Live({ id }: { id: string }) {
  const detail = useCaseDetail(id);
  return detail ? <CaseClosingSection record={detail.record} /> : null;
}

describe('CaseClosingSection', () => {
  it('closes a case with day, outcome and detail, refuses a future day, and reopens it', async () => {
    const { cases } = getRepositories();
    const created = await cases.create({
      displayName: 'Amal',
      pseudonymised: false,
      createdOn: '2026-01-01',
    });
    render(
      <Suspense fallback={null}>
        <Live id={created.id} />
      </Suspense>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Fall abschließen' }));
    // Without an outcome nothing is written.
    fireEvent.click(screen.getByRole('button', { name: 'Fall abschließen' }));
    expect(await screen.findByText('Bitte ein Ergebnis wählen.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Ergebnis'), {
      target: { value: 'voluntary-departure-programme' },
    });
    fireEvent.change(screen.getByLabelText('Welches Förderprogramm?'), {
      target: { value: 'starthilfeplus' },
    });
    fireEvent.change(screen.getByLabelText('Abgeschlossen am'), {
      target: { value: '2999-01-01' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Fall abschließen' }));
    expect(
      await screen.findByText('Das Datum darf nicht in der Zukunft liegen.'),
    ).toBeInTheDocument();
    expect((await cases.get(created.id))?.profile.lifecycle).toBeUndefined();

    fireEvent.change(screen.getByLabelText('Abgeschlossen am'), { target: { value: todayIso() } });
    fireEvent.click(screen.getByRole('button', { name: 'Fall abschließen' }));
    expect(await screen.findByText('Der Fall ist abgeschlossen.')).toBeInTheDocument();
    expect((await cases.get(created.id))?.profile.lifecycle).toEqual([
      {
        kind: 'closed',
        on: todayIso(),
        outcome: 'voluntary-departure-programme',
        detail: 'starthilfeplus',
      },
    ]);
    expect(
      await screen.findByText(/Freiwillige Ausreise mit Förderprogramm \(StarthilfePlus\)/, {
        selector: '.kern-title',
      }),
    ).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Fall wieder öffnen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Fall wieder öffnen' }));
    expect(await screen.findByText('Der Fall ist wieder offen.')).toBeInTheDocument();
    expect((await cases.get(created.id))?.profile.lifecycle?.map((e) => e.kind)).toEqual([
      'closed',
      'reopened',
    ]);
    expect(screen.getByText('Der Fall ist offen.')).toBeInTheDocument();
  }, 30_000);
});
