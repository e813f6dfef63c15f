import { useEffect, useRef, useState } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LETTER_LIMITS, type DepartureLetter } from '../../domain/letters';
import { useUnsavedInputGuard } from '../../app/unsavedInput';
import { Alert } from '../../ui/Alert';
import { DateTextField } from '../../ui/DateInput';
import { LetterBlockFields, moveButtonId } from './LetterBlockFields';
import { PlaceholderList } from './PlaceholderList';
import {
  emptyBlock,
  letterFormResolver,
  letterToForm,
  validLetter,
  type LetterFormValues,
} from './letterForm';
import { runtimeT } from '../../i18n/runtimeKeys';

type Props = {
  initial: LetterFormValues;
  busy: boolean;
  /** Saves on the server; resolves to the stored letter, or undefined when it failed. */
  onSave: (letter: DepartureLetter) => Promise<DepartureLetter | undefined>;
};

/** Tells the placeholder example to i18next without it being taken for a variable. */
const EXAMPLE = { example: '{{name}}' };

/**
 * The letter's blocks in their order, with adding, moving and removing, and the review date.
 * Validation is the domain schema's (checked again by the server); each problem is shown in
 * German next to its field and names the block. Input stays in the form until it is saved:
 * the unsaved-input guard keeps an app update from reloading the page over it.
 */
export function LetterForm({ initial, busy, onSave }: Props) {
  const { t } = useTranslation('letters');
  const form = useForm<LetterFormValues>({
    resolver: letterFormResolver,
    defaultValues: initial,
    mode: 'onTouched',
    shouldFocusError: false,
  });
  const { control, register, formState } = form;
  const { errors, isDirty, submitCount } = formState;
  const blocks = useFieldArray({ control, name: 'blocks' });
  useUnsavedInputGuard('departure-letter', isDirty);
  const [announcement, setAnnouncement] = useState('');
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string; button: 'up' | 'down' }>();
  const formRef = useRef<HTMLFormElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  // After a failed save, the first field with a problem takes the focus. Done after the
  // render that shows the errors, so folded translations are open by then.
  useEffect(() => {
    if (submitCount === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [submitCount]);

  // A moved block's button keeps the focus (or its twin, once the block reached an end).
  useEffect(() => {
    if (!focusAfterMove) return;
    const { id, button } = focusAfterMove;
    const own = document.getElementById(moveButtonId(id, button)) as HTMLButtonElement | null;
    const other = document.getElementById(moveButtonId(id, button === 'up' ? 'down' : 'up'));
    (own && !own.disabled ? own : other)?.focus();
  }, [focusAfterMove]);

  const message = (key: string | undefined, number: number) =>
    key ? t('editor.blockError', { number, message: runtimeT(t)(key, EXAMPLE) }) : undefined;
  const blocksProblem = errors.blocks?.root?.message;

  const onSubmit = form.handleSubmit(async (values) => {
    const saved = await onSave(validLetter(values));
    if (saved) form.reset(letterToForm(saved));
  });

  return (
    <form
      ref={formRef}
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      className="stack letter-form"
    >
      <p className="kern-sr-only" role="status">
        {announcement}
      </p>
      <PlaceholderList />
      <h2 className="kern-heading-medium" id="letter-blocks" ref={listHeading} tabIndex={-1}>
        {t('editor.blocksTitle')}
      </h2>
      {blocksProblem && <Alert tone="danger" title={runtimeT(t)(blocksProblem, EXAMPLE)} />}
      <ol className="letter-blocks" aria-labelledby="letter-blocks">
        {blocks.fields.map((field, index) => (
          <LetterBlockFields
            key={field.id}
            index={index}
            count={blocks.fields.length}
            control={control}
            register={register}
            errors={errors}
            message={(key) => message(key, index + 1)}
            onMove={(to, button) => {
              blocks.move(index, to);
              setFocusAfterMove({ id: field.blockId, button });
              setAnnouncement(t('editor.moved', { number: to + 1 }));
            }}
            onRemove={() => {
              blocks.remove(index);
              setAnnouncement(t('editor.removed'));
              listHeading.current?.focus();
            }}
          />
        ))}
      </ol>
      <div className="row">
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          disabled={blocks.fields.length >= LETTER_LIMITS.maxBlocks}
          onClick={() => {
            const number = blocks.fields.length + 1;
            blocks.append(emptyBlock(crypto.randomUUID()), {
              focusName: `blocks.${String(number - 1)}.texts.de.text`,
            });
            setAnnouncement(t('editor.added', { number }));
          }}
        >
          <span className="kern-label">{t('editor.add')}</span>
        </button>
      </div>
      <div className="form-narrow">
        <Controller
          control={control}
          name="reviewedOn"
          render={({ field }) => (
            <DateTextField
              id="letter-reviewedOn"
              label={t('editor.reviewedOn')}
              hint={t('editor.reviewedOnHint')}
              error={
                errors.reviewedOn?.message ? runtimeT(t)(errors.reviewedOn.message) : undefined
              }
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
            />
          )}
        />
      </div>
      {submitCount > 0 && Object.keys(errors).length > 0 && (
        <Alert tone="danger" title={t('editor.invalid')} />
      )}
      <div className="row">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
          <span className="kern-label">{busy ? t('editor.saving') : t('editor.save')}</span>
        </button>
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          disabled={!isDirty || busy}
          onClick={() => {
            form.reset();
            setAnnouncement(t('editor.discarded'));
          }}
        >
          <span className="kern-label">{t('editor.discard')}</span>
        </button>
      </div>
    </form>
  );
}
