// Early return counselling in initial reception. Follows the early return-counselling
// module of the federal-state report (BLK IRM, 2016) and the AMIF project "Vom Objekt zum
// Menschen" (Schleswig-Holstein): open-ended conversations that record under which
// circumstances the person would consider returning and what support they would need.
// Nothing here is a decision; it is documentation of an open conversation.
// Version 2026-12-1: the participants are entered once, in the framework data (the earlier
// version, in ./archive, asked for them again).
import type { ScriptTemplate } from '../../domain';
import { builders, when } from './builders';

const b = builders('er');

export const fruehRueckkehrberatung: ScriptTemplate = {
  id: 'fruehe-rueckkehrberatung',
  version: '2026-12-1',
  kind: 'core',
  titleKey: 'script.templates.fruehe-rueckkehrberatung.title',
  descriptionKey: 'script.templates.fruehe-rueckkehrberatung.description',
  sections: [
    b.section('start', [
      b.step('intro', [
        b.tell('welcome'),
        b.tell('open-ended'),
        // The same client text as in the Perspektivgespräch (shipped in every language).
        {
          kind: 'info',
          id: 'interpreter-check',
          audience: 'client',
          textKey: 'client.pg.interpreter-check',
          condition: when.participant('interpreter'),
        },
        b.ask('nationality'),
        b.ask('languages'),
        b.ask('firstEntryDate'),
        b.ask('currentStatus'),
      ]),
    ]),
    b.section('circumstances', [
      b.step('circumstances-step', [
        b.tell('question-circumstances'),
        b.checklist('stance', ['not-considering', 'maybe-later', 'considering-now', 'decided']),
        b.checklist('circumstances', [
          'safety-improves',
          'family-reasons',
          'health-reasons',
          'no-prospect-of-stay',
          'work-at-home',
          'housing-at-home',
          'homesick',
          'negative-decision',
          'other',
        ]),
        b.note('circumstances-notes', { hint: true }),
      ]),
    ]),
    b.section('support', [
      b.step('support-needs-step', [
        b.tell('question-support'),
        b.checklist('support-needs', [
          'travel-documents',
          'travel-costs',
          'start-up-help',
          'housing',
          'medical-care',
          'work-or-training',
          'school-for-children',
          'psychosocial',
          'country-information',
          'counselling-appointment',
        ]),
        b.note('support-notes'),
        b.tell('programmes'),
        b.assessment('return-assessment', 'return-options'),
        b.hint('no-amounts'),
      ]),
    ]),
    b.section('next', [
      b.step('next-steps', [
        b.checklist('follow-up', [
          'follow-up-appointment',
          'referral-return-counselling',
          'information-material',
          'no-follow-up',
        ]),
        b.actionPlan('actions'),
        b.tell('closing'),
      ]),
    ]),
  ],
};
