// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
// What a referral carries of the latest conversation ("counselling-results"): its day, the
// pathways worth pursuing and the steps still open — nothing the counsellor noted, nothing done.
import { describe, expect, it } from 'vitest';
import { evaluatePathways } from '../engine/evaluatePathways';
import { PERSONAS } from '../personas.fixtures';
import { agreedActionsOf } from '../sessions/followUps';
import type { ConversationSession } from '../sessions/schema';
import { caseRecord, draft } from '../sessions/sessions.fixtures';
import {
  composeReferralPackage,
  packageCategories,
  packageWithin,
  ReferralPackageSchema,
} from './package';

const persona = PERSONAS.find((p) => p.id === '25b-six-years')!;
const pathways = evaluatePathways(persona.facts, persona.asOf);

const session: ConversationSession = {
  ...draft,
  asOf: '2026-11-20',
  answers: {
    actions: [
      ...agreedActionsOf(draft.answers),
      { id: 'a3', text: 'Schon erledigt', responsible: 'counsellor', done: true },
      { id: 'a4', text: '', actionKey: 'k.action', responsible: 'representative' },
    ],
    notes: 'Person wirkt gut informiert.',
  },
};

describe('counselling results in a referral', () => {
  const pkg = composeReferralPackage({ caseRecord, latest: { session, pathways } }, [
    'counselling-results',
  ]);

  it('carries the conversation day and only the pathways rated likely or possible', () => {
    const worth = pathways.filter((p) => p.status === 'likely' || p.status === 'possible');
    expect(worth.length).toBeGreaterThan(0);
    expect(worth.length).toBeLessThan(pathways.length);
    expect(pkg.counselling?.sessionDate).toBe('2026-11-20');
    expect(pkg.counselling?.pathways).toEqual(
      worth.map((p) => ({ pathwayId: p.pathwayId, status: p.status })),
    );
    expect(pkg.counselling?.pathways).toContainEqual({
      pathwayId: 'aufenthg-25b',
      status: persona.pathways?.['aufenthg-25b'],
    });
  });

  it('carries the open steps without ids or notes, and no step already done', () => {
    expect(pkg.counselling?.openActions).toEqual([
      {
        actionKey: 'rules.aufenthg-25b.requirement.german-a2.action',
        responsible: 'client',
        dueDate: '2026-12-01',
      },
      { text: 'Passantrag stellen', responsible: 'client' },
      // An empty text is left out; the key still names the step.
      { actionKey: 'k.action', responsible: 'representative' },
    ]);
    expect(JSON.stringify(pkg)).not.toContain('gut informiert');
    expect(ReferralPackageSchema.parse(pkg)).toEqual(pkg);
  });

  it('belongs to the counselling-results category only', () => {
    expect([...packageCategories(pkg)]).toEqual(['counselling-results']);
    expect(packageWithin(pkg, ['counselling-results'])).toBe(true);
    expect(packageWithin(pkg, ['identity-contact', 'residence-status'])).toBe(false);
  });

  it('is left out without a finalised conversation, or when not consented', () => {
    expect(composeReferralPackage({ caseRecord }, ['counselling-results'])).toEqual({});
    const other = composeReferralPackage({ caseRecord, latest: { session, pathways } }, [
      'identity-contact',
    ]);
    expect(other.counselling).toBeUndefined();
  });
});

describe('identity and residence data in a referral', () => {
  it('leaves out a contact or file number that is only blanks', () => {
    const blank = {
      ...caseRecord,
      profile: { ...caseRecord.profile, fileNumber: '   ' },
      facts: {},
    };
    const pkg = composeReferralPackage({ caseRecord: blank, contact: '  ' }, [
      'identity-contact',
      'residence-status',
    ]);
    expect(pkg).toEqual({ person: { displayName: 'Amal Haddad', pseudonymised: false } });
    expect(
      composeReferralPackage({ caseRecord: caseRecord }, ['residence-status', 'residence-status']),
    ).toEqual({ fileNumber: 'AZ 12/345', facts: { currentStatus: 'duldung-60a' } });
  });

  it('counts a contact alone as identity data, and an undefined fact as nothing', () => {
    expect([...packageCategories({ contact: '0170 000' })]).toEqual(['identity-contact']);
    expect([...packageCategories({ fileNumber: 'AZ 1' })]).toEqual(['residence-status']);
    expect([...packageCategories({ facts: { nationality: undefined } })]).toEqual([]);
    expect([...packageCategories({ facts: { nationality: 'SY' } })]).toEqual([
      'identity-documents',
    ]);
    expect([...packageCategories({})]).toEqual([]);
    expect(packageWithin({}, [])).toBe(true);
  });

  it('marks a fact no category may carry as forbidden, even if every category is allowed', () => {
    const forged = { facts: { convictionSentenceMonths: 3 } } as Parameters<
      typeof packageCategories
    >[0];
    expect([...packageCategories(forged)]).toEqual(['forbidden']);
    const unknown = { facts: { favouriteColour: 'blue' } } as unknown as Parameters<
      typeof packageCategories
    >[0];
    expect([...packageCategories(unknown)]).toEqual(['forbidden']);
  });
});
