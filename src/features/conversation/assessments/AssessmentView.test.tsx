import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { initI18n } from '../../../i18n/i18n';
import { AssessmentView } from './AssessmentView';
import type { AssessmentViewName } from './AssessmentView';
import { persona, renderPanel } from './testing';
import de from '../../../../locales/de/assessments.json';
import en from '../../../../locales/en/assessments.json';

beforeAll(async () => {
  await initI18n('de');
});
afterEach(cleanup);

const PANELS: Readonly<Record<AssessmentViewName, string>> = {
  pathways: 'pathway-panel',
  consequences: 'consequence-panel',
  'return-options': 'return-options-panel',
  optionsmodell: 'optionsmodell-panel',
};

function leaves(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

describe('AssessmentView', () => {
  it.each(Object.entries(PANELS))('renders the %s panel', async (view, testId) => {
    const { facts, asOf } = persona('60c-trainee');
    await renderPanel(
      <AssessmentView
        view={view as AssessmentViewName}
        facts={facts}
        asOf={asOf}
        headingLevel={2}
      />,
      testId,
    );
    expect(screen.getAllByTestId(/-panel$/)).toHaveLength(1);
    expect(screen.getAllByRole('heading', { level: 2 }).length).toBeGreaterThan(0);
    expect(screen.queryAllByRole('heading', { level: 5 })).toHaveLength(0);
  });
});

describe('assessments locale files', () => {
  it('have the same keys in German and English', () => {
    expect(leaves(en).sort()).toEqual(leaves(de).sort());
  });
});
