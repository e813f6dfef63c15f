import { beforeAll, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderQuestion, setUpI18n } from './testHarness';

beforeAll(async () => {
  await setUpI18n('de');
});

describe('applications question', () => {
  it('records kind and filing date per application, and removes rows', async () => {
    const { user, last } = renderQuestion('applicationsFiled');
    screen.getByRole('group', {
      name: 'Welche Anträge auf einen Aufenthaltstitel hat die Person schon gestellt, und wann?',
    });
    await user.click(screen.getByRole('button', { name: 'Antrag hinzufügen' }));
    const row = screen.getByRole('group', { name: 'Antrag 1' });
    await user.selectOptions(
      within(row).getByRole('combobox', { name: 'Art des Antrags' }),
      '§ 25b AufenthG',
    );
    await user.type(
      within(row).getByRole('textbox', { name: 'Gestellt am (TT.MM.JJJJ)' }),
      '15.04.2024',
    );
    expect(last()).toEqual([{ kind: 'aufenthg-25b', filedOn: '2024-04-15' }]);

    await user.click(within(row).getByRole('combobox', { name: 'Art des Antrags' }));
    await user.selectOptions(
      within(row).getByRole('combobox', { name: 'Art des Antrags' }),
      'Bitte auswählen',
    );
    expect(last()).toEqual([{ filedOn: '2024-04-15' }]);

    await user.click(screen.getByRole('button', { name: 'Antrag 1 entfernen' }));
    expect(last()).toEqual([]);
  });
});
