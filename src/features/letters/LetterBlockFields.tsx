import { useState } from 'react';
import { useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { shippedClientLanguages } from '../../i18n/localeFiles';
import type { LetterLanguage } from '../../domain/letters';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { languageName } from '../../ui/clientFormat';
import { hasTranslation, type LetterFormValues } from './letterForm';

type Props = {
  index: number;
  count: number;
  control: Control<LetterFormValues>;
  register: UseFormRegister<LetterFormValues>;
  errors: FieldErrors<LetterFormValues>;
  /** Translated message of a field error, naming the block (see LetterForm). */
  message: (key: string | undefined) => string | undefined;
  onMove: (to: number, button: 'up' | 'down') => void;
  onRemove: () => void;
};

const TRANSLATIONS = shippedClientLanguages.filter((l) => l.code !== 'de');
export const blockFieldId = (index: number, lang: string, field: 'heading' | 'text') =>
  `letter-block-${String(index)}-${lang}-${field}`;
export const moveButtonId = (blockId: string, button: 'up' | 'down') =>
  `letter-block-${blockId}-${button}`;

/**
 * One block of the letter: German heading and text, the translations (folded away; opened
 * by itself while one of them has an error), and moving and removing the block. Removing
 * asks first, because the block goes with all its translations.
 */
export function LetterBlockFields(props: Props) {
  const { index, count, control, register, errors, message, onMove, onRemove } = props;
  const { t, i18n } = useTranslation(['letters', 'admin']);
  const [removing, setRemoving] = useState(false);
  const [opened, setOpened] = useState(false);
  const block = useWatch({ control, name: `blocks.${index}` });
  const number = index + 1;
  const blockErrors = errors.blocks?.[index]?.texts;
  const translationErrors = TRANSLATIONS.some((l) => blockErrors?.[l.code as LetterLanguage]);
  const filled = TRANSLATIONS.filter((l) => hasTranslation(block.texts[l.code as LetterLanguage]));
  const error = (lang: string, field: 'heading' | 'text') =>
    message(blockErrors?.[lang as LetterLanguage]?.[field]?.message);

  const fields = (lang: string, dir: 'ltr' | 'rtl', labels: { heading: string; text: string }) => (
    <>
      <TextField
        {...register(`blocks.${index}.texts.${lang as LetterLanguage}.heading`)}
        id={blockFieldId(index, lang, 'heading')}
        label={labels.heading}
        error={error(lang, 'heading')}
        lang={lang}
        dir={dir}
        maxLength={200}
      />
      <TextAreaField
        {...register(`blocks.${index}.texts.${lang as LetterLanguage}.text`)}
        id={blockFieldId(index, lang, 'text')}
        label={labels.text}
        hint={lang === 'de' ? t('editor.textHint') : undefined}
        error={error(lang, 'text')}
        lang={lang}
        dir={dir}
        rows={lang === 'de' ? 7 : 5}
        maxLength={5000}
      />
    </>
  );

  return (
    <li className="letter-block">
      <fieldset className="kern-fieldset stack">
        <legend className="kern-heading-small">{t('editor.block', { number, count })}</legend>
        {fields('de', 'ltr', { heading: t('editor.heading'), text: t('editor.text') })}
        <details
          className="letter-block__translations"
          open={opened || translationErrors}
          onToggle={(event) => {
            setOpened(event.currentTarget.open);
          }}
        >
          <summary className="kern-label">
            {t('editor.translations', { count: filled.length, total: TRANSLATIONS.length })}
          </summary>
          <div className="stack">
            <p className="kern-hint">{t('editor.translationsHint')}</p>
            {TRANSLATIONS.map((l) => (
              <fieldset key={l.code} className="kern-fieldset stack letter-block__language">
                <legend className="kern-label">
                  <span lang={l.code}>{l.nativeName}</span>
                  {` (${languageName(l.code, i18n.language)})`}
                </legend>
                {fields(l.code, l.dir, {
                  heading: t('editor.translationHeading'),
                  text: t('editor.translationText'),
                })}
              </fieldset>
            ))}
          </div>
        </details>
        {removing ? (
          <ConfirmPanel
            title={t('editor.removeTitle', { number })}
            confirmLabel={t('editor.removeConfirm')}
            cancelLabel={t('cancel', { ns: 'admin' })}
            busyLabel={t('working', { ns: 'admin' })}
            busy={false}
            onConfirm={onRemove}
            onCancel={() => {
              setRemoving(false);
            }}
          >
            <p className="kern-body">{t('editor.removeBody')}</p>
          </ConfirmPanel>
        ) : (
          <div className="row">
            <button
              type="button"
              id={moveButtonId(block.blockId, 'up')}
              className="kern-btn kern-btn--secondary"
              aria-label={t('editor.moveUpNamed', { number })}
              disabled={index === 0}
              onClick={() => {
                onMove(index - 1, 'up');
              }}
            >
              <span className="kern-label">{t('editor.moveUp')}</span>
            </button>
            <button
              type="button"
              id={moveButtonId(block.blockId, 'down')}
              className="kern-btn kern-btn--secondary"
              aria-label={t('editor.moveDownNamed', { number })}
              disabled={index === count - 1}
              onClick={() => {
                onMove(index + 1, 'down');
              }}
            >
              <span className="kern-label">{t('editor.moveDown')}</span>
            </button>
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              aria-label={t('editor.removeNamed', { number })}
              disabled={count === 1}
              onClick={() => {
                setRemoving(true);
              }}
            >
              <span className="kern-label">{t('editor.remove')}</span>
            </button>
          </div>
        )}
      </fieldset>
    </li>
  );
}
