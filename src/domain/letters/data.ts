// The person's data for a conversation's letter, taken from the records the app already
// holds. Nothing is asked twice: what is not recorded stays blank on the printed letter and
// is filled in by hand.
import type { CaseRecord } from '../cases/schema';
import { factsOfTheDay } from '../sessions/assessments';
import type { ConversationSession } from '../sessions/schema';
import type { LetterPlaceholder } from './placeholders';
import type { LetterData } from './render';

/**
 * The values for a letter handed out in `session`: name (or pseudonym) and file number from
 * the case profile; birth date, nationality and departure deadline as known on the day of the
 * conversation (a finalised session's snapshot); the conversation date as the day it was
 * handed out; the organisation's name from the device settings.
 */
export function departureLetterData(
  session: ConversationSession,
  caseRecord: CaseRecord,
  organisation: string | undefined,
): LetterData {
  const facts = factsOfTheDay(session, caseRecord);
  const data: Record<LetterPlaceholder, string | undefined> = {
    name: caseRecord.profile.displayName,
    fileNumber: caseRecord.profile.fileNumber,
    birthDate: facts.birthDate,
    // 'unknown' means the person does not know: a line to fill in, not a word.
    nationality: facts.nationality === 'unknown' ? undefined : facts.nationality,
    departureDeadline: facts.departureDeadline,
    handedOutOn: session.asOf,
    organisation,
  };
  const filled: LetterData = {};
  for (const [key, value] of Object.entries(data)) {
    if (value !== undefined && value.trim() !== '') filled[key as LetterPlaceholder] = value;
  }
  return filled;
}
