import { describe, expect, it } from 'vitest';
import {
  allItems,
  computeProgress,
  FACT_FIELDS,
  scriptVersionOf,
  validateScript,
  visibleItems,
} from '../domain';
import deRules from '../../locales/de/rules.json';
import deScript from '../../locales/de/script.json';
import deClientScript from '../../locales/de/clientScript.json';
import { SCRIPT_TEMPLATES, templateForVersion } from '.';
import { lookupFromJson } from './review/formatReviewSheet';

const de = [lookupFromJson(deScript), lookupFromJson(deClientScript), lookupFromJson(deRules)];
const hasKey = (key: string) => de.some((lookup) => lookup(key) !== undefined);

describe('script templates', () => {
  it('ships the three templates with recordable versions', () => {
    expect(SCRIPT_TEMPLATES.map(scriptVersionOf)).toEqual([
      'perspektivgespraech@2026-11-1',
      'fruehe-rueckkehrberatung@2026-11-1',
      'sh-optionsmodell@2026-11-1',
    ]);
    expect(templateForVersion('perspektivgespraech@2026-11-1')?.id).toBe('perspektivgespraech');
    expect(templateForVersion('perspektivgespraech@2020-01-1')).toBeUndefined();
  });

  it.each(SCRIPT_TEMPLATES)('$id is valid: fields exist, ids unique, keys present', (t) => {
    expect(validateScript(t, hasKey)).toEqual([]);
  });

  it('the Perspektivgespräch covers the Unna concept', () => {
    const t = SCRIPT_TEMPLATES[0]!;
    expect(t.sections.map((s) => s.id)).toEqual([
      'start',
      'status',
      'pathways',
      'duties',
      'return',
      'support',
      'representative',
      'close',
    ]);
    const kinds = allItems(t).map((v) => v.item);
    expect(kinds.flatMap((i) => (i.kind === 'assessment' ? [i.view] : []))).toEqual([
      'pathways',
      'consequences',
      'return-options',
    ]);
    const handouts = kinds.find((i) => i.id === 'handouts');
    expect(handouts?.kind === 'checklist' && handouts.options.map((o) => o.id)).toEqual(
      expect.arrayContaining(['ausreiseinformationsschreiben', 'belehrungen']),
    );
    // Every fact the engine reads can be asked somewhere in the Perspektivgespräch.
    const asked = new Set(kinds.flatMap((i) => (i.kind === 'question' ? [i.field] : [])));
    expect(FACT_FIELDS.filter((f) => !asked.has(f))).toEqual([]);
  });

  it('shows follow-up questions only when they apply', () => {
    const t = SCRIPT_TEMPLATES[0]!;
    const ids = (facts: object, answers = {}) =>
      visibleItems(t, facts, answers).map((v) => v.item.id);
    expect(ids({})).not.toContain('q-childrenAttendSchool');
    expect(ids({ minorChildrenInHousehold: 1 })).toContain('q-childrenAttendSchool');
    expect(ids({})).not.toContain('interpreter');
    expect(ids({}, { participants: ['interpreter'] })).toContain('interpreter');
    expect(ids({ currentStatus: 'duldung-60b' })).toContain('cure-60b');
    expect(ids({ passportStatus: 'valid' })).not.toContain('q-passportStepsTaken');
  });

  it('early return counselling records circumstances and support needs without facts pressure', () => {
    const t = SCRIPT_TEMPLATES[1]!;
    const progress = computeProgress(t, {}, { participants: ['client', 'counsellor'] });
    expect(progress.missingRequired).toEqual([]);
    const ids = allItems(t).map((v) => v.item.id);
    expect(ids).toEqual(expect.arrayContaining(['circumstances', 'support-needs', 'stance']));
  });

  it('the Schleswig-Holstein add-on is marked as a Land add-on', () => {
    const t = SCRIPT_TEMPLATES[2]!;
    expect(t.kind).toBe('land-addon');
    expect(t.land).toBe('DE-SH');
  });
});
