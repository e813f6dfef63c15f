import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { perspektivgespraech } from '../../content';
import { scriptVersionOf } from '../../domain';
import { initI18n } from '../../i18n/i18n';
import { runtimeT } from '../../i18n/runtimeKeys';
import { sessionLinkLabels } from './sessionLabels';

beforeAll(async () => {
  await initI18n('de');
  await i18next.loadNamespaces(['cases', 'script']);
});

const version = scriptVersionOf(perspektivgespraech);
const labels = (sessions: Parameters<typeof sessionLinkLabels>[0]) => [
  ...sessionLinkLabels(sessions, runtimeT(i18next.t), (iso) => iso).values(),
];

describe('conversation link texts', () => {
  it('name kind and day, and tell two of one day apart by time or order', () => {
    expect(labels([{ id: 'a', scriptVersion: version, asOf: '2026-12-04' }])).toEqual([
      'Perspektivgespräch vom 2026-12-04',
    ]);
    expect(
      labels([
        { id: 'a', scriptVersion: version, asOf: '2026-12-04', startTime: '09:30' },
        { id: 'b', scriptVersion: version, asOf: '2026-12-04', startTime: '14:00' },
        { id: 'c', scriptVersion: version, asOf: '2026-12-05' },
      ]),
    ).toEqual([
      'Perspektivgespräch vom 2026-12-04, 09:30 Uhr',
      'Perspektivgespräch vom 2026-12-04, 14:00 Uhr',
      'Perspektivgespräch vom 2026-12-05',
    ]);
    expect(
      labels([
        { id: 'a', scriptVersion: version, asOf: '2026-12-04' },
        { id: 'b', scriptVersion: version, asOf: '2026-12-04' },
      ]),
    ).toEqual([
      'Perspektivgespräch vom 2026-12-04 (1. Gespräch an diesem Tag)',
      'Perspektivgespräch vom 2026-12-04 (2. Gespräch an diesem Tag)',
    ]);
  });
});
