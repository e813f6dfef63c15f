// Fictitious letters for tests. They are NOT legal text and must never be shipped as one:
// the organisation writes its own Ausreiseinformationsschreiben.
import type { DepartureLetterInput } from './schema';

export const TEST_BLOCK_IDS = [
  '10000000-0000-4000-8000-000000000001',
  '10000000-0000-4000-8000-000000000002',
  '10000000-0000-4000-8000-000000000003',
] as const;

/** Three fictitious blocks: a greeting with the person's data, a date paragraph, a closing. */
export const TEST_LETTER: DepartureLetterInput = {
  reviewedOn: '2026-12-01',
  blocks: [
    {
      id: TEST_BLOCK_IDS[0],
      texts: {
        de: {
          heading: 'Testschreiben für {{name}}',
          text: 'Erfundener Testtext ohne rechtliche Bedeutung.\nGeboren am {{birthDate}}, Staatsangehörigkeit {{nationality}}.\n\nAktenzeichen {{fileNumber}}.',
        },
        ar: {
          heading: 'رسالة تجريبية إلى {{name}}',
          text: 'نص تجريبي مختلق بدون أي معنى قانوني.\nتاريخ الميلاد {{birthDate}}، الجنسية {{nationality}}.\n\nرقم الملف {{fileNumber}}.',
        },
      },
    },
    {
      id: TEST_BLOCK_IDS[1],
      texts: {
        de: { text: 'Testfrist: {{departureDeadline}}. Ausgehändigt am {{handedOutOn}}.' },
      },
    },
    {
      id: TEST_BLOCK_IDS[2],
      texts: {
        de: { heading: 'Testabschluss', text: 'Erfundener Gruß von {{organisation}}.' },
        ar: { heading: 'خاتمة تجريبية', text: 'تحية مختلقة من {{organisation}}.' },
      },
    },
  ],
};
