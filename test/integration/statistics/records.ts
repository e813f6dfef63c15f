// Records as a counsellor's device pushes them, for the statistics integration tests.
import { createHash, randomUUID } from 'node:crypto';
import { canonicalJson } from '../../../src/protocol';
import type { MutationInput } from '../sync/support/fixtures';

export type Person = { nationality: string; birthDate: string; gender: string };

export function caseMutation(id: string, p: Person): MutationInput {
  const fields = {
    displayName: `Person ${id.slice(0, 4)}`,
    pseudonymised: false,
    createdOn: '2026-01-05',
    ...p,
  };
  return { kind: 'create', entity: 'case', entityId: id, fields };
}

export function sessionMutation(caseId: string, asOf: string, status = 'finalised'): MutationInput {
  const fields = {
    caseId,
    scriptVersion: 'perspektivgespraech@2026-11-1',
    rulesetVersion: 'test',
    asOf,
    participants: [],
    answers: {
      'return-interest': ['wants-counselling'],
      actions: [
        { id: 'a1', text: 'Termin wahrnehmen', responsible: 'client', dueDate: '2026-04-01' },
      ],
    },
    topicsCovered: ['return'],
    status,
    ...(status === 'finalised'
      ? {
          finalisation: {
            finalisedAt: `${asOf}T12:00:00+01:00`,
            finalisedBy: 'Beraterin Test',
            contentHash: 'b'.repeat(64),
            factsSnapshot: { currentStatus: 'duldung-60a' },
          },
        }
      : {}),
    addenda: [],
  };
  return { kind: 'create', entity: 'session', entityId: randomUUID(), fields };
}

export function consentMutations(caseId: string, sign: boolean): MutationInput[] {
  const id = randomUUID();
  const fields = { caseId, kind: 'data-consent', signedAt: '2026-02-03T10:00:00+01:00' };
  const hash = createHash('sha256').update(canonicalJson(fields), 'utf8').digest('hex');
  return [
    { kind: 'create', entity: 'consent', entityId: id, fields },
    ...(sign
      ? [{ kind: 'sign' as const, entity: 'consent' as const, entityId: id, contentHash: hash }]
      : []),
  ];
}
