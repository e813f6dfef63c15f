// § 16g AufenthG: residence permit for vocational training of tolerated persons (FEG 2.0,
// from 1.3.2024). Conditions and exclusions as § 60c plus the general requirements; where
// those are missing, § 60c remains the fallback.
import { MET, NOT_MET, UNKNOWN } from './logic';
import { passportOutcome } from './shared';
import { derive, meta, RESEARCH_STATE, SOURCES } from './meta';
import { trainingRequirements } from './aufenthg60c';
import type { PathwayDef } from './types';

const ID = 'aufenthg-16g';
const PREFIX = `rules.${ID}`;

// "Einem Ausländer ist eine Aufenthaltserlaubnis zu erteilen" (Abs. 1 S. 1): an entitlement,
// refusable only for obvious abuse (Abs. 1 S. 2); legal review 12/2026 Nr. 13.
const base = meta({
  legalRef: '§ 16g AufenthG',
  source: SOURCES.p16g,
  validFrom: '2024-03-01',
  reviewedOn: '2026-12-04',
  confidence: 'medium',
  reviewNote:
    'Abs. 1 und Abs. 2 Nr. 1–2 am 04.12.2026 mit deubner § 16g (Stand 01.07.2024) abgeglichen; ' +
    'dass Abs. 2 Nr. 3–5 dem § 60c Abs. 2 entsprechen, ist nicht im Wortlaut geprüft.',
});

export const aufenthg16g: PathwayDef = {
  id: ID,
  meta: base,
  nature: 'entitlement',
  deadlineIds: ['duldung-3-months', 'identity-deadline'],
  requirements: [
    ...trainingRequirements(
      PREFIX,
      derive(base, {
        confidence: 'medium',
        // Only Abs. 1 and Abs. 2 Nr. 1–2 were read on 4.12.2026; the rest keeps its research date.
        reviewedOn: RESEARCH_STATE,
        reviewNote:
          'domain.md: Voraussetzungen „weitgehend wie § 60c“; jede einzeln in § 16g prüfen.',
      }),
      ID,
      '§ 16g',
    ),
    {
      id: 'passport',
      kind: 'general',
      meta: derive(base, { legalRef: '§ 5 Abs. 1 Nr. 4 AufenthG', reviewedOn: RESEARCH_STATE }),
      facts: ['passportStatus'],
      evaluate: passportOutcome,
    },
    {
      id: 'livelihood',
      kind: 'general',
      meta: derive(base, { legalRef: '§ 5 Abs. 1 Nr. 1 AufenthG', reviewedOn: RESEARCH_STATE }),
      facts: ['livelihoodSecured'],
      evaluate: (ctx) => {
        const value = ctx.facts.livelihoodSecured;
        if (value === undefined || value === 'unknown') return { status: UNKNOWN };
        return { status: value === 'fully' ? MET : NOT_MET };
      },
    },
  ],
  notes: [
    { id: 'fallback-60c' },
    { id: 'obvious-abuse', meta: derive(base, { legalRef: '§ 16g Abs. 1 S. 2 AufenthG' }) },
    {
      id: 'return-application-bars',
      meta: derive(base, {
        legalRef: '§ 16g Abs. 2 AufenthG; § 60c Abs. 2 Nr. 5 Buchst. b AufenthG',
      }),
    },
  ],
};
