import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/i18n';
import { runtimeT } from '../../i18n/runtimeKeys';
import { conflictValueText } from './conflictText';

beforeAll(async () => {
  await initI18n('de');
  await i18next.loadNamespaces(['sync', 'cases', 'script', 'conversation']);
});

const text = (
  entity: 'case' | 'session',
  field: string,
  value: Parameters<typeof conflictValueText>[1],
) => conflictValueText({ entity, field }, value, runtimeT(i18next.t), 'de');

describe('a conflict side in words', () => {
  it('names countries, languages and options instead of their codes', () => {
    expect(text('case', 'nationality', 'LB')).toBe('Libanon');
    expect(text('case', 'nationality', 'IQ')).toBe('Irak');
    expect(text('case', 'languages', ['fa', 'ar'])).toBe('Persisch und Arabisch');
    expect(text('case', 'gender', 'female')).toBe('weiblich');
  });

  it('lists participants by role, name and language', () => {
    expect(
      text('session', 'participants', [
        { id: 'p1', role: 'client', name: 'Rahim', language: 'fa' },
        { id: 'p2', role: 'interpreter', language: 'fa' },
      ]),
    ).toBe('Beratene Person: Rahim (Persisch)\nDolmetscher/in (Persisch)');
  });

  it('leaves free text to be shown as it is', () => {
    expect(text('case', 'displayName', 'Ada')).toBeUndefined();
    expect(text('session', 'place', 'Unna')).toBeUndefined();
  });
});
