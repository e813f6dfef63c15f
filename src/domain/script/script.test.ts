// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import {
  answersWithParticipants,
  evaluateCondition,
  flattenCondition,
  PARTICIPANTS_ANSWER,
} from './conditions';
import { collectScriptKeys, factFieldKeys } from './keys';
import { computeProgress } from './progress';
import type { Condition, ScriptTemplate } from './types';
import { parseScriptVersion, scriptVersionOf, validateScript } from './validate';
import { findItem, visibleItems, visibleSections, visibleSteps } from './visibility';

const template: ScriptTemplate = {
  id: 'test',
  version: '2026-11-1',
  kind: 'core',
  titleKey: 'script.t.title',
  descriptionKey: 'script.t.description',
  sections: [
    {
      id: 's1',
      titleKey: 'script.t.s1',
      steps: [
        {
          id: 'st1',
          titleKey: 'script.t.st1',
          items: [
            { kind: 'info', id: 'hello', audience: 'client', textKey: 'client.t.hello' },
            { kind: 'question', id: 'q-status', field: 'currentStatus', required: true },
            {
              kind: 'question',
              id: 'q-school',
              field: 'childrenAttendSchool',
              condition: { op: 'fact-at-least', fact: 'minorChildrenInHousehold', value: 1 },
            },
            {
              kind: 'checklist',
              id: 'people',
              labelKey: 'script.t.people',
              required: true,
              options: [
                { id: 'client', labelKey: 'script.t.people.client' },
                { id: 'interpreter', labelKey: 'script.t.people.interpreter' },
              ],
            },
            {
              kind: 'note',
              id: 'interpreter',
              labelKey: 'script.t.interpreter',
              hintKey: 'script.t.interpreter.hint',
              required: true,
              condition: { op: 'answer-includes', item: 'people', value: 'interpreter' },
            },
          ],
        },
      ],
    },
    {
      id: 's2',
      titleKey: 'script.t.s2',
      condition: { op: 'fact-in', fact: 'currentStatus', values: ['duldung-60a', 'duldung-60b'] },
      steps: [
        {
          id: 'st2',
          titleKey: 'script.t.st2',
          items: [
            { kind: 'assessment', id: 'a', view: 'pathways', labelKey: 'script.t.a' },
            { kind: 'action-plan', id: 'plan', labelKey: 'script.t.plan', required: true },
            { kind: 'question', id: 'q-german', field: 'germanLevel', hintKey: 'script.t.hint' },
          ],
        },
        {
          id: 'st3',
          titleKey: 'script.t.st3',
          condition: { op: 'not', condition: { op: 'fact-known', fact: 'germanLevel' } },
          items: [{ kind: 'note', id: 'free', labelKey: 'script.t.free' }],
        },
      ],
    },
  ],
};

describe('conditions', () => {
  const facts = { currentStatus: 'duldung-60a' as const, minorChildrenInHousehold: 2 };
  const answers = { people: ['client'], note: 'x', empty: '  ', plan: [] };
  it.each([
    [{ op: 'fact-equals', fact: 'currentStatus', value: 'duldung-60a' }, true],
    [{ op: 'fact-in', fact: 'currentStatus', values: ['gestattung'] }, false],
    [{ op: 'fact-in', fact: 'minorChildrenInHousehold', values: ['2'] }, false],
    [{ op: 'fact-known', fact: 'currentStatus' }, true],
    [{ op: 'fact-known', fact: 'germanLevel' }, false],
    [{ op: 'fact-at-least', fact: 'minorChildrenInHousehold', value: 3 }, false],
    [{ op: 'fact-at-least', fact: 'currentStatus', value: 1 }, false],
    [{ op: 'answer-includes', item: 'people', value: 'client' }, true],
    [{ op: 'answer-includes', item: 'note', value: 'x' }, true],
    [{ op: 'answer-includes', item: 'missing', value: 'x' }, false],
    [{ op: 'answer-given', item: 'note' }, true],
    [{ op: 'answer-given', item: 'empty' }, false],
    [{ op: 'answer-given', item: 'plan' }, false],
    [{ op: 'answer-given', item: 'missing' }, false],
    [{ op: 'all', conditions: [{ op: 'fact-known', fact: 'currentStatus' }] }, true],
    [{ op: 'any', conditions: [{ op: 'fact-known', fact: 'germanLevel' }] }, false],
    [{ op: 'not', condition: { op: 'fact-known', fact: 'germanLevel' } }, true],
  ] as const)('%j → %s', (condition, expected) => {
    expect(evaluateCondition(condition, facts, answers)).toBe(expected);
  });

  it('lets a condition ask who takes part, without storing it as an answer', () => {
    const participants = [{ role: 'client' }, { role: 'interpreter' }, { role: 'interpreter' }];
    const withRoles = answersWithParticipants(answers, participants);
    expect(withRoles[PARTICIPANTS_ANSWER]).toEqual(['client', 'interpreter']);
    expect(answers).not.toHaveProperty(PARTICIPANTS_ANSWER);
    const interpreted: Condition = {
      op: 'answer-includes',
      item: PARTICIPANTS_ANSWER,
      value: 'interpreter',
    };
    expect(evaluateCondition(interpreted, facts, withRoles)).toBe(true);
    const alone = answersWithParticipants(answers, [{ role: 'client' }]);
    expect(evaluateCondition(interpreted, facts, alone)).toBe(false);
  });

  it('lists every nested condition for validation, itself first', () => {
    const known = { op: 'fact-known', fact: 'germanLevel' } as const;
    const given = { op: 'answer-given', item: 'note' } as const;
    const not = { op: 'not', condition: given } as const;
    const any = { op: 'any', conditions: [known, not] } as const;
    const all = { op: 'all', conditions: [any, given] } as const;
    expect(flattenCondition(all)).toEqual([all, any, known, not, given, given]);
    expect(flattenCondition(undefined)).toEqual([]);
  });
});

describe('visibility and progress', () => {
  it('hides sections, steps and items whose conditions fail', () => {
    const ids = (facts: object, answers = {}) =>
      visibleItems(template, facts, answers).map((v) => v.item.id);
    expect(ids({})).toEqual(['hello', 'q-status', 'people']);
    expect(
      ids(
        { currentStatus: 'duldung-60a', minorChildrenInHousehold: 1 },
        { people: ['interpreter'] },
      ),
    ).toEqual([
      'hello',
      'q-status',
      'q-school',
      'people',
      'interpreter',
      'a',
      'plan',
      'q-german',
      'free',
    ]);
    expect(ids({ currentStatus: 'duldung-60a', germanLevel: 'A2' })).not.toContain('free');
    expect(visibleSections(template, {}, {}).map((s) => s.id)).toEqual(['s1']);
    expect(visibleSteps(template.sections[1]!, { germanLevel: 'B1' }, {}).map((s) => s.id)).toEqual(
      ['st2'],
    );
    expect(findItem(template, 'plan')?.kind).toBe('action-plan');
    expect(findItem(template, 'nope')).toBeUndefined();
  });

  it('counts questions (incl. "unknown" answers) and required items', () => {
    const empty = computeProgress(template, {}, {});
    expect(empty).toEqual({
      answered: 0,
      total: 2,
      ratio: 0,
      sections: [{ sectionId: 's1', answered: 0, total: 2 }],
      missingRequired: ['q-status', 'people'],
    });
    const later = computeProgress(
      template,
      { currentStatus: 'duldung-60a', germanLevel: 'unknown' },
      {
        people: ['client'],
        plan: [{ id: '1', responsible: 'client', text: 'Pass beantragen', dueDate: '2026-12-31' }],
      },
    );
    expect(later.answered).toBe(4);
    expect(later.total).toBe(4);
    expect(later.ratio).toBe(1);
    expect(later.missingRequired).toEqual([]);
    // An optional question left open counts as unanswered but is not "missing required".
    const open = computeProgress(
      template,
      { currentStatus: 'duldung-60a' },
      { people: ['client'] },
    );
    expect(open.answered).toBe(2);
    expect(open.total).toBe(4);
    expect(open.missingRequired).toEqual(['plan']);
  });

  it('reports full progress for a template with nothing to answer', () => {
    const info: ScriptTemplate = {
      ...template,
      sections: [
        {
          ...template.sections[0]!,
          steps: [{ id: 'x', titleKey: 'k', items: [template.sections[0]!.steps[0]!.items[0]!] }],
        },
      ],
    };
    expect(computeProgress(info, {}, {}).ratio).toBe(1);
  });
});

describe('keys and validation', () => {
  it('collects every key once, including fact question and option keys', () => {
    const keys = collectScriptKeys(template);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(
      expect.arrayContaining([
        'script.t.title',
        'client.t.hello',
        'facts.currentStatus.question',
        'facts.options.residenceStatus.duldung-60a',
        'script.t.people.interpreter',
        'script.t.interpreter.hint',
        'script.t.hint',
        'script.t.a',
      ]),
    );
    expect(factFieldKeys('employmentMonths')).toEqual([
      'facts.employmentMonths.label',
      'facts.employmentMonths.question',
    ]);
  });

  it('accepts a valid template when all keys exist', () => {
    expect(validateScript(template, () => true)).toEqual([]);
  });

  it('reports duplicates, unknown facts, dangling answer references, empty checklists, missing keys and bad versions', () => {
    const broken = {
      ...template,
      version: 'v1',
      sections: [
        {
          id: 's1',
          titleKey: 'script.t.s1',
          condition: {
            op: 'any',
            conditions: [
              { op: 'fact-known', fact: 'shoeSize' },
              { op: 'answer-given', item: 'c' },
            ],
          },
          steps: [
            {
              id: 's1',
              titleKey: 'script.t.st1',
              items: [
                { kind: 'question', id: 'q', field: 'shoeSize' },
                { kind: 'note', id: 'q', labelKey: 'script.t.q' },
                { kind: 'checklist', id: 'c', labelKey: 'script.t.c', options: [] },
                {
                  kind: 'note',
                  id: 'n',
                  labelKey: 'script.t.n',
                  condition: { op: 'answer-given', item: 'ghost' },
                },
              ],
            },
          ],
        },
      ],
    } as unknown as ScriptTemplate;
    const issues = validateScript(broken, (key) => key !== 'script.t.n');
    expect(issues).toEqual(
      expect.arrayContaining([
        { code: 'invalid-version', version: 'v1' },
        { code: 'duplicate-id', id: 's1' },
        { code: 'duplicate-id', id: 'q' },
        { code: 'unknown-fact', id: 's1', field: 'shoeSize' },
        { code: 'unknown-fact', id: 'q', field: 'shoeSize' },
        { code: 'unknown-answer-ref', id: 'n', item: 'ghost' },
        { code: 'empty-checklist', id: 'c' },
        { code: 'missing-key', key: 'script.t.n' },
      ]),
    );
  });

  it('formats and parses script versions', () => {
    expect(scriptVersionOf(template)).toBe('test@2026-11-1');
    expect(parseScriptVersion('perspektivgespraech@2026-11-1')).toEqual({
      id: 'perspektivgespraech',
      version: '2026-11-1',
    });
    expect(parseScriptVersion('no-version')).toBeUndefined();
    expect(parseScriptVersion('@2026-11-1')).toBeUndefined();
    expect(parseScriptVersion('x@latest')).toBeUndefined();
  });
});
