// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import { allDomainKeys, namespaceOf } from './i18nKeys';

describe('i18n keys', () => {
  it('maps key roots to locale files', () => {
    expect(namespaceOf('rules.aufenthg-25a.title')).toBe('rules');
    expect(namespaceOf('consequences.detention.title')).toBe('rules');
    expect(namespaceOf('returnOptions.eurp.title')).toBe('rules');
    expect(namespaceOf('screening.optionsmodell.title')).toBe('rules');
    expect(namespaceOf('facts.birthDate.question')).toBe('script');
    expect(namespaceOf('client.pg.welcome')).toBe('clientScript');
    expect(namespaceOf('script.pg.start.title')).toBe('script');
    expect(namespaceOf('record.validation.end-before-start')).toBe('record');
    expect(namespaceOf('record.fileNote.title')).toBe('record');
    expect(namespaceOf('recording.x')).toBeUndefined();
    expect(namespaceOf('common.app.name')).toBeUndefined();
    expect(namespaceOf('')).toBeUndefined();
  });

  it('lists each key once, all with a namespace', () => {
    const keys = allDomainKeys();
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((k) => namespaceOf(k) !== undefined)).toBe(true);
    expect(keys).toEqual(
      expect.arrayContaining([
        'rules.common.status.not-in-force',
        'rules.aufenthg-25b.requirement.german-a2.action',
        'consequences.common.applicability.threatens',
        'returnOptions.common.eligibility.check',
        'screening.optionsmodell.criterion.able-to-return.label',
        'facts.validation.date',
        'facts.options.germanLevel.B1',
      ]),
    );
  });
});
