import { describe, expect, it } from 'vitest';
import {
  allItems,
  answersWithParticipants,
  computeProgress,
  FACT_FIELDS,
  scriptVersionOf,
  validateScript,
  visibleItems,
} from '../domain';
import deRules from '../../locales/de/rules.json';
import deScript from '../../locales/de/script.json';
import deClientScript from '../../locales/de/clientScript.json';
import { ARCHIVED_TEMPLATES, SCRIPT_TEMPLATES, templateForVersion } from '.';
import { lookupFromJson } from './review/formatReviewSheet';

const de = [lookupFromJson(deScript), lookupFromJson(deClientScript), lookupFromJson(deRules)];
const hasKey = (key: string) => de.some((lookup) => lookup(key) !== undefined);

describe('script templates', () => {
  it('ships the three templates with recordable versions', () => {
    expect(SCRIPT_TEMPLATES.map(scriptVersionOf)).toEqual([
      'perspektivgespraech@2026-12-1',
      'fruehe-rueckkehrberatung@2026-12-1',
      'sh-optionsmodell@2026-11-1',
    ]);
    expect(templateForVersion('perspektivgespraech@2026-12-1')?.id).toBe('perspektivgespraech');
    expect(templateForVersion('perspektivgespraech@2020-01-1')).toBeUndefined();
  });

  it('keeps every earlier version so recorded conversations still open', () => {
    const old = templateForVersion('perspektivgespraech@2026-11-1');
    expect(old?.id).toBe('perspektivgespraech');
    expect(old && scriptVersionOf(old)).toBe('perspektivgespraech@2026-11-1');
    expect(SCRIPT_TEMPLATES.map(scriptVersionOf)).not.toContain('perspektivgespraech@2026-11-1');
  });

  it.each([...SCRIPT_TEMPLATES, ...ARCHIVED_TEMPLATES])(
    '$id@$version is valid: fields exist, ids unique, keys present',
    (t) => {
      expect(validateScript(t, hasKey)).toEqual([]);
    },
  );

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
      'notices',
      'close',
    ]);
    const kinds = allItems(t).map((v) => v.item);
    expect(kinds.flatMap((i) => (i.kind === 'assessment' ? [i.view] : []))).toEqual([
      'pathways',
      'consequences',
      'return-options',
    ]);
    // The Ausreiseinformationsschreiben and the Belehrungen are recorded with day and
    // language in their own step, no longer as plain ticks among the handouts.
    expect(kinds.filter((i) => i.kind === 'notices').map((i) => i.id)).toEqual(['notices']);
    const handouts = kinds.find((i) => i.id === 'handouts');
    expect(handouts?.kind === 'checklist' && handouts.options.map((o) => o.id)).not.toContain(
      'ausreiseinformationsschreiben',
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
    expect(ids({})).not.toContain('interpreter-check');
    // The interpreter questions follow the participants of the framework data, asked once.
    expect(
      ids({}, answersWithParticipants({}, [{ role: 'client' }, { role: 'interpreter' }])),
    ).toContain('interpreter-check');
    expect(allItems(t).map((v) => v.item.id)).not.toContain('participants');
    expect(ids({ currentStatus: 'duldung-60b' })).toContain('cure-60b');
    expect(ids({ passportStatus: 'valid' })).not.toContain('q-passportStepsTaken');
    expect(ids({})).not.toContain('q-permitValidUntil');
    expect(ids({ currentStatus: 'permit-104c' })).toContain('q-permitValidUntil');
    expect(ids({ currentStatus: 'duldung-60a' })).toContain('work-permission');
    expect(ids({ currentStatus: 'permit-other' })).not.toContain('work-permission');
    expect(ids({ trainingStatus: 'seeking' })).toContain('return-bars-training');
    expect(ids({ trainingStatus: 'completed' })).not.toContain('return-bars-training');
  });

  it('early return counselling records circumstances and support needs without facts pressure', () => {
    const t = SCRIPT_TEMPLATES[1]!;
    const progress = computeProgress(t, {}, answersWithParticipants({}, [{ role: 'client' }]));
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
