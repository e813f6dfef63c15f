// Land add-on for Schleswig-Holstein: screening for the "Optionsmodell" proposed by the
// Landkreistag (29.11.2024). The model would let county authorities oblige persons who
// can legally and factually return to live in the state facility (LUK-A), except people
// tolerated for special reasons (family ties, medical reasons, Ausbildungs- or
// Beschäftigungsduldung). It is a proposal: the add-on screens, it does not decide.
import type { ScriptTemplate } from '../../domain';
import { builders } from './builders';

const b = builders('om');

export const shOptionsmodell: ScriptTemplate = {
  id: 'sh-optionsmodell',
  version: '2026-11-1',
  kind: 'land-addon',
  land: 'DE-SH',
  titleKey: 'script.templates.sh-optionsmodell.title',
  descriptionKey: 'script.templates.sh-optionsmodell.description',
  sections: [
    b.section('screening', [
      b.step('notice', [b.hint('proposal-notice'), b.hint('discretion')]),
      b.step('criteria', [
        b.ask('currentStatus', { required: true }),
        b.ask('departurePossible', { required: true }),
        b.ask('familyTiesInGermany', { required: true }),
        b.ask('fitToTravel', { required: true, hint: true }),
        b.assessment('screening-result', 'optionsmodell'),
        b.note('reasons', { hint: true }),
        b.tell('return-counselling-offer'),
      ]),
    ]),
  ],
};
