// Shared test data for the session tests: a small template shaped like the
// Perspektivgespräch (domain tests may not import src/content), a case and a session.
import type { Representative } from '../cases/representative';
import type { CaseRecord } from '../cases/schema';
import type { ScriptTemplate } from '../script/types';
import type { ConversationSession } from './schema';

const k = (id: string, leaf: string) => `script.pg.${id}.${leaf}`;
const checklist = (id: string, options: readonly string[]) => ({
  kind: 'checklist' as const,
  id,
  labelKey: k(id, 'label'),
  options: options.map((o) => ({ id: o, labelKey: k(id, `option.${o}`) })),
});

export const template: ScriptTemplate = {
  id: 'perspektivgespraech',
  version: '2026-11-1',
  kind: 'core',
  titleKey: 'script.templates.perspektivgespraech.title',
  descriptionKey: 'script.templates.perspektivgespraech.description',
  sections: [
    {
      id: 'start',
      titleKey: k('start', 'title'),
      steps: [
        {
          id: 'participants',
          titleKey: k('participants', 'title'),
          items: [
            { kind: 'note', id: 'interpreter', labelKey: k('interpreter', 'label') },
            { kind: 'question', id: 'q-birthDate', field: 'birthDate' },
          ],
        },
      ],
    },
    {
      id: 'return',
      titleKey: k('return', 'title'),
      steps: [
        {
          id: 'return-options',
          titleKey: k('return-options', 'title'),
          items: [
            checklist('return-interest', ['wants-counselling', 'not-now']),
            { kind: 'assessment', id: 'ra', view: 'return-options', labelKey: k('ra', 'label') },
          ],
        },
      ],
    },
    {
      id: 'support',
      titleKey: k('support', 'title'),
      steps: [
        {
          id: 'support-offers',
          titleKey: k('support-offers', 'title'),
          items: [
            checklist('support-offers', ['ki-kim', 'legal-advice']),
            checklist('referral-consent', ['ki-kim', 'none']),
          ],
        },
      ],
    },
    {
      id: 'representative',
      titleKey: k('representative', 'title'),
      steps: [
        {
          id: 'representative-step',
          titleKey: k('representative-step', 'title'),
          items: [{ kind: 'note', id: 'representative', labelKey: k('representative', 'label') }],
        },
      ],
    },
    {
      id: 'close',
      titleKey: k('close', 'title'),
      steps: [
        {
          id: 'agreements',
          titleKey: k('agreements', 'title'),
          items: [
            { kind: 'action-plan', id: 'actions', labelKey: k('actions', 'label') },
            checklist('handouts', ['belehrungen', 'consent-copy']),
            { kind: 'note', id: 'notes', labelKey: k('notes', 'label') },
          ],
        },
      ],
    },
  ],
};

export const caseRecord: CaseRecord = {
  id: 'case-1',
  profile: {
    displayName: 'Amal Haddad',
    pseudonymised: false,
    fileNumber: 'AZ 12/345',
    createdOn: '2026-10-01',
  },
  facts: { birthDate: '2000-05-01', nationality: 'SY', currentStatus: 'duldung-60a' },
};

/** A lawyer with a written power of attorney, for the tests of representative reminders. */
export const lawyer: Representative = {
  id: '0b7c3c4e-1f55-4a8e-9d0e-2a7f3c1b9e01',
  name: 'RAin Klein',
  role: 'lawyer',
  contact: 'Kanzlei Klein, 0231 123456',
  scope: 'Aufenthaltsverfahren einschließlich Akteneinsicht',
  proof: { kind: 'written-power-of-attorney', dated: '2026-10-01' },
};

export const HASH = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';

export const draft: ConversationSession = {
  id: 's1',
  caseId: 'case-1',
  scriptVersion: 'perspektivgespraech@2026-11-1',
  rulesetVersion: '2026-11-01',
  asOf: '2026-11-20',
  place: 'Ausländerbehörde Unna, Raum 3',
  startTime: '09:30',
  endTime: '10:45',
  participants: [
    { id: 'p1', role: 'client', name: 'Amal Haddad' },
    { id: 'p2', role: 'counsellor', name: 'Frau Berger', organisation: 'ABH Unna' },
    { id: 'p3', role: 'interpreter', name: 'Herr Aziz', language: 'ar' },
  ],
  answers: {
    'return-interest': ['wants-counselling'],
    'support-offers': ['ki-kim', 'legal-advice'],
    handouts: ['belehrungen'],
    actions: [
      {
        id: 'a1',
        actionKey: 'rules.aufenthg-25b.requirement.german-a2.action',
        responsible: 'client',
        dueDate: '2026-12-01',
      },
      { id: 'a2', text: 'Passantrag stellen', responsible: 'client' },
    ],
    notes: 'Person wirkt gut informiert.',
  },
  topicsCovered: ['start', 'return', 'close'],
  nextAppointment: { date: '2026-12-10', time: '10:00', place: 'Raum 3' },
  status: 'draft',
  addenda: [],
};
