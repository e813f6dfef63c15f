import { beforeAll, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderQuestion, setUpI18n } from './testHarness';

const QUESTION =
  'Welche Aufenthaltspapiere hatte die Person seit der Einreise, jeweils von wann bis wann?';

beforeAll(async () => {
  await setUpI18n('de');
});

describe('status-history question', () => {
  it('adds a period, focuses it and emits the filled-in rows', async () => {
    const { user, last } = renderQuestion('statusHistory');
    const group = screen.getByRole('group', { name: QUESTION });
    expect(group).toHaveTextContent('Noch keine Einträge.');

    await user.click(screen.getByRole('button', { name: 'Zeitraum hinzufügen' }));
    expect(last()).toEqual([{}]);
    const row = screen.getByRole('group', { name: 'Zeitraum 1' });
    const status = within(row).getByRole('combobox', { name: 'Aufenthaltsstatus' });
    expect(status).toHaveFocus();
    // A period has a real status: "unknown" is not offered.
    expect(within(status).queryByRole('option', { name: 'Unbekannt' })).toBeNull();

    await user.selectOptions(status, 'Duldung (§ 60a)');
    await user.type(within(row).getByRole('textbox', { name: 'Von (TT.MM.JJJJ)' }), '1.3.2019');
    expect(last()).toEqual([{ status: 'duldung-60a', from: '2019-03-01' }]);
    const until = within(row).getByRole('textbox', { name: 'Bis (TT.MM.JJJJ)' });
    expect(until).toHaveAccessibleDescription(expect.stringContaining('leer lassen') as string);
    await user.type(until, '31.12.2020');
    expect(last()).toEqual([{ status: 'duldung-60a', from: '2019-03-01', until: '2020-12-31' }]);
    await user.clear(until);
    expect(last()).toEqual([{ status: 'duldung-60a', from: '2019-03-01' }]);
  });

  it('removes a row and moves focus to the add button', async () => {
    const first = { status: 'gestattung', from: '2016-01-10', until: '2018-05-31' };
    const second = { status: 'duldung-60a', from: '2018-06-01' };
    const { user, last } = renderQuestion('statusHistory', { value: [first, second] });
    expect(
      within(screen.getByRole('group', { name: 'Zeitraum 2' })).getByRole('textbox', {
        name: 'Von (TT.MM.JJJJ)',
      }),
    ).toHaveValue('01.06.2018');

    await user.click(screen.getByRole('button', { name: 'Zeitraum 1 entfernen' }));
    expect(last()).toEqual([second]);
    expect(screen.getByRole('button', { name: 'Zeitraum hinzufügen' })).toHaveFocus();
    const row = screen.getByRole('group', { name: 'Zeitraum 1' });
    expect(within(row).getByRole('textbox', { name: 'Von (TT.MM.JJJJ)' })).toHaveValue(
      '01.06.2018',
    );
    expect(within(row).getByRole('textbox', { name: 'Bis (TT.MM.JJJJ)' })).toHaveValue('');
    expect(screen.queryByRole('group', { name: 'Zeitraum 2' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Zeitraum 1 entfernen' }));
    expect(last()).toEqual([]);
  });

  it('marks exactly the wrong inputs of a row invalid when the question has an error', () => {
    renderQuestion('statusHistory', {
      value: [{ status: 'duldung-60a', from: '2020-05-01', until: '2020-01-01' }],
      error: 'facts.validation.period-order',
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Das Enddatum darf nicht vor dem Anfangsdatum liegen.',
    );
    expect(screen.getByRole('textbox', { name: 'Bis (TT.MM.JJJJ)' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.getByRole('textbox', { name: 'Von (TT.MM.JJJJ)' })).not.toHaveAttribute(
      'aria-invalid',
    );
  });
});
