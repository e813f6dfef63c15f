// Perspektivgespräch for people obliged to leave, following the Kreis Unna practice concept
// (Gesprächskonzept, Anlage 2): explain pathways to stay and their requirements, show the
// consequences of not meeting them so the urgency is clear, inform about voluntary return
// and support offers, refer with consent, name an authorised representative, record the
// written notices handed out (Ausreiseinformationsschreiben, Belehrungen: which, when, in
// which language) and agree actions with deadlines.
//
// Version 2026-12-1 (legal review of 4.12.2026): asks the permit's end date, an ordered
// residence restriction, measures to end the stay and the family member's title; tells that
// a Duldung is no work permit and that a return application bars the Ausbildungsduldung;
// records handed-out notices in their own step. Older versions live in ./archive.
import { OBLIGED_TO_LEAVE } from '../../domain';
import type { ScriptTemplate } from '../../domain';
import { builders, when } from './builders';

const b = builders('pg');
const obliged = when.factIn('currentStatus', OBLIGED_TO_LEAVE);
const trainingKnown = when.factIn('trainingStatus', ['contract-signed', 'started', 'completed']);
const convicted = when.factIs('hasConvictions', 'yes');
const holdsPermit = when.factIn('currentStatus', ['permit-104c', 'permit-other']);
/** Someone who might still train: a return application would bar the Ausbildungsduldung. */
const couldTrain = when.not(when.factIn('trainingStatus', ['none', 'completed']));

export const perspektivgespraech: ScriptTemplate = {
  id: 'perspektivgespraech',
  version: '2026-12-1',
  kind: 'core',
  titleKey: 'script.templates.perspektivgespraech.title',
  descriptionKey: 'script.templates.perspektivgespraech.description',
  sections: [
    b.section('start', [
      // Who takes part — the interpreter with name and language — is entered once, in the
      // framework data; this step only greets and checks the interpretation (versions before
      // 2026-12-1 asked for the participants and the interpreter again).
      b.step('participants', [
        b.tell('welcome'),
        b.tell('interpreter-check', { condition: when.participant('interpreter') }),
        b.ask('languages'),
      ]),
      b.step('person', [b.ask('birthDate'), b.ask('nationality'), b.ask('firstEntryDate')]),
    ]),
    b.section('status', [
      b.step('current-status', [
        b.ask('currentStatus', { required: true }),
        b.ask('permitValidUntil', { condition: holdsPermit }),
        b.ask('statusHistory', { hint: true }),
        b.ask('departureDeadline', { condition: obliged }),
        b.ask('deportationDateFixed', { condition: obliged }),
        b.ask('terminationMeasuresTaken', { condition: obliged, hint: true }),
        b.ask('terminationMeasureKinds', {
          condition: when.factIs('terminationMeasuresTaken', 'yes'),
        }),
        b.ask('residenceRestrictionOrdered', { condition: obliged }),
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
        b.ask('familyReferenceTitle', { condition: when.factIs('familyTiesInGermany', 'yes') }),
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
        b.tell('work-permission', {
          condition: when.factIn('currentStatus', [
            'duldung-60a',
            'duldung-60b',
            'ausbildungsduldung-60c',
            'beschaeftigungsduldung-60d',
          ]),
          legalRef: '§ 4a Abs. 4 AufenthG',
        }),
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
        b.tell('return-bars-training', {
          condition: couldTrain,
          legalRef: '§ 60c Abs. 2 Nr. 5 AufenthG',
        }),
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
    b.section('notices', [b.step('notices-step', [b.tell('notices-intro'), b.notices('notices')])]),
    b.section('close', [
      b.step('agreements', [
        b.actionPlan('actions', { required: true }),
        b.checklist(
          'handouts',
          [
            // The Ausreiseinformationsschreiben and the Belehrungen are recorded in the
            // notices step, with date and language (versions before 2026-12-1 ticked them here).
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
