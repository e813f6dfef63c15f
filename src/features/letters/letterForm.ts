// The administrator's form for the departure-information letter and its conversion to the
// domain's input. Validation is the domain schema's, with each issue put on the field of the
// block and language that caused it.
import type { FieldErrors, Resolver } from 'react-hook-form';
import {
  departureLetterSchema,
  LETTER_LANGUAGES,
  LETTER_VALIDATION,
  type DepartureLetter,
  type DepartureLetterInput,
  type LetterLanguage,
} from '../../domain/letters';
import { setErrorAt } from '../../ui/formErrors';

export type BlockTextValues = { heading: string; text: string };
export type BlockValues = {
  /** The block's id (not `id`: react-hook-form's field arrays use that name themselves). */
  blockId: string;
  /** Every language of the schema, so that editing never drops a stored translation. */
  texts: Record<LetterLanguage, BlockTextValues>;
};
export type LetterFormValues = { reviewedOn: string; blocks: BlockValues[] };

export function emptyBlock(id: string): BlockValues {
  return {
    blockId: id,
    texts: Object.fromEntries(
      LETTER_LANGUAGES.map((l) => [l, { heading: '', text: '' }]),
    ) as Record<LetterLanguage, BlockTextValues>,
  };
}

export function letterToForm(letter: DepartureLetter): LetterFormValues {
  return {
    reviewedOn: letter.reviewedOn,
    blocks: letter.blocks.map((block) => {
      const values = emptyBlock(block.id);
      for (const lang of LETTER_LANGUAGES) {
        const texts = block.texts[lang];
        if (texts) values.texts[lang] = { heading: texts.heading ?? '', text: texts.text };
      }
      return values;
    }),
  };
}

/** A new letter: one empty block, checked today. */
export function newLetterForm(today: string, firstBlockId: string): LetterFormValues {
  return { reviewedOn: today, blocks: [emptyBlock(firstBlockId)] };
}

/** Whether a translation was started (heading or text); German is always part of a block. */
export function hasTranslation(values: BlockTextValues): boolean {
  return values.heading.trim() !== '' || values.text.trim() !== '';
}

/** The form as the domain's input (not yet validated): untouched translations are left out. */
export function formToInput(values: LetterFormValues): DepartureLetterInput {
  return {
    reviewedOn: values.reviewedOn,
    blocks: values.blocks.map((block) => ({
      id: block.blockId,
      texts: Object.fromEntries(
        LETTER_LANGUAGES.flatMap((lang) => {
          const texts = block.texts[lang];
          if (lang !== 'de' && !hasTranslation(texts)) return [];
          const heading = texts.heading.trim();
          return [[lang, heading === '' ? { text: texts.text } : { heading, text: texts.text }]];
        }),
      ),
    })),
  };
}

/** The form field a schema issue belongs to. */
function fieldOf(path: readonly PropertyKey[]): string {
  const [first, index, second, lang, field] = path.map(String);
  if (first === 'reviewedOn') return 'reviewedOn';
  if (first !== 'blocks' || index === undefined) return 'blocks.root';
  if (second === 'texts') return `blocks.${index}.texts.${lang ?? 'de'}.${field ?? 'text'}`;
  return `blocks.${index}.texts.de.text`;
}

/**
 * react-hook-form resolver over the domain schema: the messages are the schema's i18n keys
 * (`letters:validation.*`), shown in German next to each field.
 */
export const letterFormResolver: Resolver<LetterFormValues> = (values) => {
  const parsed = departureLetterSchema.safeParse(formToInput(values));
  if (parsed.success) return { values, errors: {} };
  const errors: Record<string, unknown> = {};
  for (const issue of parsed.error.issues) {
    const message = issue.message.startsWith('letters:')
      ? issue.message
      : LETTER_VALIDATION.invalid;
    setErrorAt(errors, fieldOf(issue.path), { type: 'validate', message });
  }
  return { values: {}, errors: errors as FieldErrors<LetterFormValues> };
};

/** The validated, trimmed letter (after the resolver accepted the values). */
export function validLetter(values: LetterFormValues): DepartureLetter {
  return departureLetterSchema.parse(formToInput(values));
}
