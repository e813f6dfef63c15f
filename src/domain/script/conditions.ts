import type { CaseFacts } from '../facts/schema';
import type { Condition, ScriptAnswers } from './types';

/**
 * The roles of the conversation's participants (entered once, in the framework data) under
 * a reserved answer id, so a script condition can ask "is an interpreter present?" without
 * asking for the participants a second time. Never stored: `answersWithParticipants` adds
 * it for evaluation only.
 */
export const PARTICIPANTS_ANSWER = '@participants';

/** The answers plus the participants' roles under PARTICIPANTS_ANSWER, for conditions. */
export function answersWithParticipants(
  answers: ScriptAnswers,
  participants: readonly { readonly role: string }[],
): ScriptAnswers {
  return { ...answers, [PARTICIPANTS_ANSWER]: [...new Set(participants.map((p) => p.role))] };
}

function answerIncludes(answers: ScriptAnswers, item: string, value: string): boolean {
  const answer = answers[item];
  if (typeof answer === 'string') return answer === value;
  return Array.isArray(answer) && answer.some((a) => a === value);
}

function answerGiven(answers: ScriptAnswers, item: string): boolean {
  const answer = answers[item];
  if (answer === undefined) return false;
  return typeof answer === 'string' ? answer.trim() !== '' : answer.length > 0;
}

/** Evaluates a display condition; a missing condition means "always shown". */
export function evaluateCondition(
  condition: Condition | undefined,
  facts: CaseFacts,
  answers: ScriptAnswers,
): boolean {
  if (condition === undefined) return true;
  switch (condition.op) {
    case 'fact-equals':
      return facts[condition.fact] === condition.value;
    case 'fact-in': {
      const value = facts[condition.fact];
      return typeof value === 'string' && condition.values.includes(value);
    }
    case 'fact-known': {
      const value = facts[condition.fact];
      return value !== undefined && value !== 'unknown';
    }
    case 'fact-at-least': {
      const value = facts[condition.fact];
      return typeof value === 'number' && value >= condition.value;
    }
    case 'answer-includes':
      return answerIncludes(answers, condition.item, condition.value);
    case 'answer-given':
      return answerGiven(answers, condition.item);
    case 'all':
      return condition.conditions.every((c) => evaluateCondition(c, facts, answers));
    case 'any':
      return condition.conditions.some((c) => evaluateCondition(c, facts, answers));
    case 'not':
      return !evaluateCondition(condition.condition, facts, answers);
  }
}

/** Every condition nested in `condition` (itself included), for validation. */
export function flattenCondition(condition: Condition | undefined): Condition[] {
  if (condition === undefined) return [];
  switch (condition.op) {
    case 'all':
    case 'any':
      return [condition, ...condition.conditions.flatMap(flattenCondition)];
    case 'not':
      return [condition, ...flattenCondition(condition.condition)];
    default:
      return [condition];
  }
}

export { answerGiven };
