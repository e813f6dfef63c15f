import { describe, expect, it } from 'vitest';
import { departureLetterSchema, LETTER_VALIDATION as V } from '../../domain/letters';
import { TEST_LETTER } from '../../domain/letters/letters.fixtures';
import {
  emptyBlock,
  formToInput,
  letterFormResolver,
  letterToForm,
  newLetterForm,
  validLetter,
  type LetterFormValues,
} from './letterForm';

const letter = departureLetterSchema.parse(TEST_LETTER);
const resolve = async (values: LetterFormValues) =>
  letterFormResolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });

describe('letter form', () => {
  it('round-trips a letter through the form without losing a translation', () => {
    const values = letterToForm(letter);
    expect(values.blocks[0]?.texts.ar.text).toContain('{{birthDate}}');
    expect(values.blocks[1]?.texts.ar).toEqual({ heading: '', text: '' });
    expect(validLetter(values)).toEqual(letter);
  });

  it('leaves untouched translations out and always sends German', () => {
    const input = formToInput(newLetterForm('2026-12-04', TEST_LETTER.blocks[0]!.id));
    expect(input.blocks[0]?.texts).toEqual({ de: { text: '' } });
  });

  it('puts each problem on the field of its block and language', async () => {
    const values = letterToForm(letter);
    values.blocks[0]!.texts.ar.text = 'بدون بيانات';
    values.blocks[1]!.texts.de.text = 'Hallo {{vorname}}';
    values.blocks[2]!.texts.en = { heading: '', text: 'Closing {{organisation}}' };
    values.reviewedOn = '';
    const { errors } = await resolve(values);
    expect(errors).toMatchObject({
      reviewedOn: { message: V.date },
      blocks: {
        0: { texts: { ar: { text: { message: V.placeholderMismatch } } } },
        1: { texts: { de: { text: { message: V.placeholderUnknown } } } },
        2: { texts: { en: { heading: { message: V.headingMissing } } } },
      },
    });
  });

  it('reports a German text left empty under that text', async () => {
    const values: LetterFormValues = {
      reviewedOn: '2026-12-04',
      blocks: [emptyBlock('40000000-0000-4000-8000-000000000001')],
    };
    const { errors } = await resolve(values);
    expect(errors).toMatchObject({
      blocks: { 0: { texts: { de: { text: { message: V.required } } } } },
    });
    expect(await resolve(letterToForm(letter))).toMatchObject({ errors: {} });
  });
});
