import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/i18n';
import { waitText } from './waitText';

beforeAll(async () => {
  await initI18n('de');
  await i18next.loadNamespaces('sync');
});

describe('how long to wait, in German words', () => {
  it('seconds below a minute, whole minutes rounded up above, a fallback without a number', () => {
    const t = i18next.getFixedT('de', 'sync');
    expect(waitText(t, 1)).toBe('1 Sekunde');
    expect(waitText(t, 30)).toBe('30 Sekunden');
    expect(waitText(t, 60)).toBe('1 Minute');
    expect(waitText(t, 61)).toBe('2 Minuten');
    expect(waitText(t, 900)).toBe('15 Minuten');
    expect(waitText(t, undefined)).toBe('einige Minuten');
    expect(t('account.tooMany', { wait: waitText(t, 120) })).toBe(
      'Zu viele Fehlversuche. Bitte warten Sie 2 Minuten und versuchen Sie es dann erneut.',
    );
  });
});
