// Realistic session content for the benchmark: the shared session fixture, filled in the
// way a completed Perspektivgespräch draft looks (five participants, every checklist of the
// script answered, an action plan, interpreter/representative details and several
// paragraphs of notes), a few KB of JSON each. Every session differs a little, as real ones do.
import { draft } from '../../../src/domain/sessions/sessions.fixtures';
import type { ConversationSession } from '../../../src/domain/sessions/schema';

/** What the sealed store keeps per session: every property except the id (cf. toFields). */
export type SessionFields = Omit<ConversationSession, 'id'> & Record<string, unknown>;

export type BenchSession = { id: string; caseId: string; fields: SessionFields };

const NOTES = [
  'Frau Haddad erscheint pünktlich in Begleitung ihrer Schwester, die als Unterstützerin ' +
    'teilnimmt. Das Gespräch wird mit Dolmetscher in arabischer Sprache geführt; sie bestätigt ' +
    'zu Beginn und am Ende, alles verstanden zu haben.',
  'Sie berichtet, dass sie seit März einen Sprachkurs besucht (A2 angestrebt) und eine ' +
    'Einstiegsqualifizierung in der Pflege in Aussicht hat. Ein schriftliches Angebot liegt ' +
    'noch nicht vor; sie reicht es nach, sobald sie es erhält.',
  'Zur Passbeschaffung gibt sie an, im Juni bei der Botschaft vorgesprochen zu haben. Ein ' +
    'Nachweis darüber fehlt. Es wurde vereinbart, dass sie den Termin schriftlich bestätigen ' +
    'lässt und die Bestätigung bis zum nächsten Termin vorlegt.',
  'Die Möglichkeiten nach §§ 25a, 25b, 60c und 60d AufenthG wurden erläutert, ebenso die ' +
    'Folgen, wenn die Voraussetzungen nicht erfüllt werden. Über die freiwillige Rückkehr und ' +
    'die Förderprogramme wurde allgemein informiert; sie wünscht derzeit keine Rückkehrberatung.',
  'Einer Weiterleitung ihrer Kontaktdaten an das KI/KIM und an die Migrationsberatung der ' +
    'Caritas stimmt sie ausdrücklich zu. Die Einwilligungserklärung wurde unterschrieben, eine ' +
    'Kopie ausgehändigt.',
];

/** Session `index` of `count`, with fresh random ids. */
export function benchSession(index: number): BenchSession {
  const id = globalThis.crypto.randomUUID();
  const caseId = globalThis.crypto.randomUUID();
  const participantId = () => globalThis.crypto.randomUUID();
  const day = String(1 + (index % 28)).padStart(2, '0');
  const session: ConversationSession = {
    ...draft,
    id,
    caseId,
    asOf: `2026-11-${day}`,
    currentStepId: 'agreements',
    participants: [
      { id: participantId(), role: 'client', name: `Amal Haddad ${index}`, language: 'ar' },
      {
        id: participantId(),
        role: 'counsellor',
        name: 'Frau Berger',
        organisation: 'Ausländerbehörde Kreis Unna',
      },
      { id: participantId(), role: 'interpreter', name: 'Herr Aziz', language: 'ar' },
      { id: participantId(), role: 'supporter', name: 'Rania Haddad' },
      {
        id: participantId(),
        role: 'representative',
        name: 'RAin Dr. Schulte',
        organisation: 'Kanzlei Schulte & Partner, Dortmund',
      },
    ],
    answers: {
      ...draft.answers,
      participants: ['client', 'counsellor', 'interpreter', 'representative', 'support-person'],
      interpreter: 'Herr Aziz, Arabisch (syrischer Dialekt), vereidigt beim LG Dortmund.',
      'return-interest': ['wants-information'],
      'support-offers': ['migration-counselling', 'ki-kim', 'legal-advice', 'language-course'],
      'referral-consent': ['ki-kim', 'welfare-organisation'],
      representative: ['named'],
      'representative-details':
        'RAin Dr. Schulte, Kanzlei Schulte & Partner, Hansastraße 12, 44137 Dortmund; ' +
        'Vollmacht liegt der Akte bei (Bl. 214).',
      handouts: ['ausreiseinformationsschreiben', 'belehrungen', 'consent-copy'],
      actions: [
        {
          id: participantId(),
          actionKey: 'rules.aufenthg-25b.requirement.german-a2.action',
          responsible: 'client',
          dueDate: '2027-01-15',
        },
        {
          id: participantId(),
          text: 'Bestätigung der Botschaft über die Vorsprache zur Passbeschaffung vorlegen',
          responsible: 'client',
          dueDate: '2026-12-10',
        },
        {
          id: participantId(),
          text: 'Angebot der Einstiegsqualifizierung (Pflege) nachreichen',
          responsible: 'client',
        },
        {
          id: participantId(),
          text: 'Kontaktdaten mit Einwilligung an KI/KIM und Caritas weiterleiten',
          responsible: 'counsellor',
          dueDate: '2026-11-27',
        },
      ],
      notes: NOTES.join('\n\n') + `\n\nVorgang ${index}.`,
    },
    topicsCovered: ['start', 'status', 'pathways', 'return', 'support', 'representative', 'close'],
  };
  const fields: Record<string, unknown> = { ...session };
  delete fields.id;
  return { id, caseId, fields: JSON.parse(JSON.stringify(fields)) as SessionFields };
}
