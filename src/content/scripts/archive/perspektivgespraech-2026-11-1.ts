// ARCHIVED VERSION 2026-11-1 of the Perspektivgespräch, kept unchanged so that conversations
// recorded with it still open, print and show their file note (templateForVersion). Never
// edit it: a change belongs in a new version of ../perspektivgespraech.ts.
//
// Perspektivgespräch for people obliged to leave, following the Kreis Unna practice concept
// (Gesprächskonzept, Anlage 2): explain pathways to stay and their requirements, show the
// consequences of not meeting them so the urgency is clear, inform about voluntary return
// and support offers, refer with consent, name an authorised representative, agree actions
// with deadlines and record the handouts (Ausreiseinformationsschreiben, Belehrungen).
import { OBLIGED_TO_LEAVE } from '../../../domain';
import type { ScriptTemplate } from '../../../domain';
import { builders, when } from '../builders';

const b = builders('pg');
const obliged = when.factIn('currentStatus', OBLIGED_TO_LEAVE);
const trainingKnown = when.factIn('trainingStatus', ['contract-signed', 'started', 'completed']);
const convicted = when.factIs('hasConvictions', 'yes');

export const perspektivgespraech_2026_11_1: ScriptTemplate = {
  id: 'perspektivgespraech',
  version: '2026-11-1',
  kind: 'core',
  titleKey: 'script.templates.perspektivgespraech.title',
  descriptionKey: 'script.templates.perspektivgespraech.description',
  sections: [
    b.section('start', [
      b.step('participants', [
        b.tell('welcome'),
        b.checklist(
          'participants',
          ['client', 'counsellor', 'interpreter', 'representative', 'support-person', 'family'],
          { required: true },
        ),
        b.note('interpreter', {
          condition: when.answered('participants', 'interpreter'),
          required: true,
          hint: true,
        }),
        b.tell('interpreter-check', { condition: when.answered('participants', 'interpreter') }),
        b.ask('languages'),
      ]),
      b.step('person', [b.ask('birthDate'), b.ask('nationality'), b.ask('firstEntryDate')]),
    ]),
    b.section('status', [
      b.step('current-status', [
        b.ask('currentStatus', { required: true }),
        b.ask('statusHistory', { hint: true }),
        b.ask('departureDeadline', { condition: obliged }),
        b.ask('deportationDateFixed', { condition: obliged }),
        b.ask('asylumDecision'),
        b.ask('asylumApplicationDate', {
          condition: when.not(when.factIn('asylumDecision', ['none-filed', 'unknown'])),
        }),
        b.ask('safeCountryOfOrigin'),
        b.ask('pendingProceedings'),
        b.ask('pendingProceedingKinds', { condition: when.factIs('pendingProceedings', 'yes') }),
        b.ask('applicationsFiled'),
        b.tell('status-explained'),
      ]),
      b.step('identity', [
        b.ask('identityClarified'),
        b.ask('identityClarifiedOn', { condition: when.factIs('identityClarified', 'yes') }),
        b.ask('passportStatus'),
        b.ask('passportStepsTaken', {
          condition: when.not(when.factIs('passportStatus', 'valid')),
        }),
        b.ask('reasonableStepsTaken', {
          condition: when.not(when.factIs('passportStatus', 'valid')),
        }),
        b.ask('ownIdentityDeception', { hint: true }),
      ]),
    ]),
    b.section('pathways', [
      b.step('education-work', [
        b.ask('schoolYearsInGermany'),
        b.ask('qualificationInGermany'),
        b.ask('inEducation'),
        b.ask('trainingStatus'),
        b.ask('trainingType', { condition: trainingKnown }),
        b.ask('trainingStartDate', { condition: trainingKnown }),
        b.ask('employmentHoursPerWeek'),
        b.ask('employmentMonths', { condition: when.factAtLeast('employmentHoursPerWeek', 1) }),
        b.ask('employmentSubjectToSocialInsurance', {
          condition: when.factAtLeast('employmentHoursPerWeek', 1),
        }),
        b.ask('qualifiedEmploymentMonths'),
        b.ask('foreignDegreeRecognised'),
        b.ask('publicBenefitsLastYear'),
        b.ask('receivesAsylblgBenefits'),
        b.ask('livelihoodSecured'),
        b.ask('adequateHousing'),
        b.ask('germanLevel'),
        b.ask('integrationCourse'),
      ]),
      b.step('family', [
        b.ask('minorChildrenInHousehold'),
        b.ask('childrenAttendSchool', {
          condition: when.factAtLeast('minorChildrenInHousehold', 1),
        }),
        b.ask('familyTiesInGermany'),
        b.ask('familyTieKinds', { condition: when.factIs('familyTiesInGermany', 'yes') }),
        b.ask('familyTieArisenInGermany', { condition: when.factIs('familyTiesInGermany', 'yes') }),
      ]),
      b.step('obstacles', [
        b.ask('hasConvictions', { hint: true }),
        b.ask('convictionDailyRates', { condition: convicted }),
        b.ask('convictionSentenceMonths', { condition: convicted }),
        b.ask('convictionsOnlyImmigrationOffences', { condition: convicted }),
        b.ask('departurePossible'),
        b.ask('obstacleLongTerm', {
          condition: when.factIn('departurePossible', ['no-legal', 'no-factual']),
        }),
        b.ask('fitToTravel', { hint: true }),
      ]),
      b.step('pathway-results', [
        b.tell('pathways-intro'),
        b.assessment('pathway-assessment', 'pathways'),
        b.hint('pathways-hint'),
        b.tell('no-guarantee'),
      ]),
    ]),
    b.section('duties', [
      b.step('duties-info', [
        b.hint('duty-to-inform', { legalRef: '§ 82 Abs. 3 AufenthG' }),
        b.tell('duty-passport', { legalRef: '§ 48 Abs. 3 AufenthG' }),
        b.tell('duty-circumstances', { legalRef: '§ 82 Abs. 1 AufenthG' }),
        b.tell('duty-appear', { legalRef: '§ 82 Abs. 4 AufenthG' }),
        b.tell('cure-60b', {
          condition: when.factIs('currentStatus', 'duldung-60b'),
          legalRef: '§ 60b Abs. 4 AufenthG',
        }),
      ]),
      b.step('consequences', [
        b.tell('consequences-intro'),
        b.assessment('consequence-assessment', 'consequences'),
        b.hint('consequences-hint'),
      ]),
    ]),
    b.section('return', [
      b.step('return-options', [
        b.tell('return-intro'),
        b.tell('return-open-ended'),
        b.assessment('return-assessment', 'return-options'),
        b.hint('no-amounts'),
        b.checklist('return-interest', [
          'wants-counselling',
          'wants-information',
          'not-now',
          'declined',
        ]),
      ]),
    ]),
    b.section('support', [
      b.step('support-offers', [
        b.tell('support-intro'),
        b.checklist('support-offers', [
          'migration-counselling',
          'ki-kim',
          'welfare-organisation',
          'volunteers',
          'return-counselling',
          'legal-advice',
          'psychosocial',
          'language-course',
        ]),
      ]),
      b.step('referral', [
        b.tell('consent-voluntary'),
        b.hint('consent-form'),
        b.checklist('referral-consent', [
          'ki-kim',
          'welfare-organisation',
          'volunteers',
          'return-counselling-centre',
          'none',
        ]),
      ]),
    ]),
    b.section('representative', [
      b.step('representative-step', [
        b.tell('representative-why'),
        b.checklist('representative', ['named', 'wants-to-name', 'none'], { required: true }),
        b.note('representative-details', {
          condition: when.answered('representative', 'named'),
          required: true,
          hint: true,
        }),
      ]),
    ]),
    b.section('close', [
      b.step('agreements', [
        b.actionPlan('actions', { required: true }),
        b.checklist(
          'handouts',
          [
            'ausreiseinformationsschreiben',
            'belehrungen',
            'conversation-summary',
            'support-flyer',
            'return-information',
            'consent-copy',
          ],
          { required: true },
        ),
        b.note('notes'),
        b.tell('closing'),
      ]),
    ]),
  ],
};
