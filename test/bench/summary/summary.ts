// The summary a counsellor hands out after a finished conversation, built the way the app
// builds it (composeSummary over the engine's results for the shared fixtures). Sized to
// print on four A4 pages, two per language: each part then holds three actions with
// deadlines, the appointment, the participants, two pathways, a consequence and a return
// option (more pushes the German text alone onto three pages).
import {
  allDomainKeys,
  composeSummary,
  evaluateConsequences,
  evaluatePathways,
  evaluateReturnOptions,
  type ClientSummary,
  type ConsequenceId,
  type ConversationSession,
  type PathwayId,
  type ReturnOptionId,
} from '../../../src/domain';
import type { AgreedAction } from '../../../src/domain/script/types';
import { caseRecord, draft, HASH } from '../../../src/domain/sessions/sessions.fixtures';

const PATHWAYS: PathwayId[] = ['aufenthg-25b', 'aufenthg-60d'];
const CONSEQUENCES: ConsequenceId[] = ['aufenthg-61'];
const RETURN_OPTIONS: ReturnOptionId[] = ['return-counselling'];

/** Suggested steps of the chosen pathways, adopted into the action plan with a deadline. */
function ruleActions(dueDates: string[]): AgreedAction[] {
  const keys = allDomainKeys().filter(
    (key) => key.endsWith('.action') && PATHWAYS.some((id) => key.startsWith(`rules.${id}.`)),
  );
  return dueDates.map((dueDate, i) => {
    // Spread over the list, so the steps come from different requirements.
    const actionKey = keys[i * 4];
    if (actionKey === undefined) throw new Error('Too few suggested actions in the domain.');
    return { id: `rule-${String(i)}`, actionKey, responsible: 'client', dueDate };
  });
}

export function benchSummary(): ClientSummary {
  const facts = caseRecord.facts;
  // Finalised, as a hand-out usually is (a draft adds a notice to each part).
  const session: ConversationSession = {
    ...draft,
    answers: {
      ...draft.answers,
      actions: [
        ...ruleActions(['2026-12-01', '2027-01-15']),
        {
          id: 'own',
          text: 'Bestätigung der Botschaft über die Vorsprache zur Passbeschaffung vorlegen',
          responsible: 'client',
          dueDate: '2026-12-10',
        },
      ],
    },
    status: 'finalised',
    finalisation: {
      finalisedAt: '2026-11-20T10:50:00+01:00',
      finalisedBy: 'Frau Berger',
      contentHash: HASH,
      factsSnapshot: facts,
    },
  };
  return composeSummary({
    session,
    caseRecord,
    pathways: evaluatePathways(facts, session.asOf),
    consequences: evaluateConsequences(facts, session.asOf),
    returnOptions: evaluateReturnOptions(facts, session.asOf),
    consents: [],
    revocations: [],
    selection: {
      pathways: PATHWAYS,
      consequences: CONSEQUENCES,
      returnOptions: RETURN_OPTIONS,
      consents: false,
    },
  });
}
