import { useTranslation } from 'react-i18next';
import { LanguageSchema } from '../../../domain';
import { clientLanguages } from '../../../i18n/languages';
import { ClearAnswerButton } from './ClearAnswerButton';
import { parseLanguageTags, sameStrings, stringsOf } from './inputText';
import { languageName } from './regions';
import type { QuestionControlProps } from './types';
import { useDraftText } from '../../../ui/useDraftText';

const KNOWN: readonly string[] = clientLanguages.map((l) => l.code);
const isKnown = (tag: string) => KNOWN.includes(tag);
const othersText = (tags: readonly string[]) => tags.filter((tag) => !isKnown(tag)).join(', ');

/**
 * Languages the person speaks: checkboxes for the client languages of the app, plus a text
 * field for any other language tags. Emits the tags (known ones in list order, then the
 * others as typed); invalid tags are passed on for the schema to report.
 */
export function LanguagesInput({ id, label, value, onChange, invalid }: QuestionControlProps) {
  const { t, i18n } = useTranslation('questions');
  const uiLanguage = i18n.resolvedLanguage ?? 'de';
  const tags = stringsOf(value);
  const { text, setDraft } = useDraftText(tags, othersText, sameStrings);
  const emit = (known: readonly string[], otherText: string) => {
    const next = [...new Set([...known, ...parseLanguageTags(otherText)])];
    setDraft(otherText, next);
    onChange(next);
  };
  const otherId = `${id}-other`;
  const otherInvalid =
    invalid && parseLanguageTags(text).some((tag) => !LanguageSchema.safeParse(tag).success);
  return (
    <>
      <div className="kern-fieldset__body">
        {clientLanguages.map(({ code, nativeName, dir }) => {
          const name = languageName(code, uiLanguage);
          return (
            <div className="kern-form-check" key={code}>
              <input
                id={`${id}-${code}`}
                type="checkbox"
                value={code}
                className="kern-form-check__checkbox"
                checked={tags.includes(code)}
                onChange={() => {
                  emit(
                    KNOWN.filter((c) => (c === code ? !tags.includes(c) : tags.includes(c))),
                    text,
                  );
                }}
              />
              <label className="kern-label" htmlFor={`${id}-${code}`}>
                {name}
                {name !== nativeName && (
                  <>
                    {' ('}
                    <span lang={code} dir={dir}>
                      {nativeName}
                    </span>
                    {')'}
                  </>
                )}
              </label>
            </div>
          );
        })}
      </div>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor={otherId}>
          {t('questions.languages.other')}
        </label>
        <p className="kern-hint" id={`${otherId}-hint`}>
          {t('questions.languages.otherHint')}
        </p>
        <input
          id={otherId}
          type="text"
          autoComplete="off"
          spellCheck={false}
          className={`kern-form-input__input${otherInvalid ? ' kern-form-input__input--error' : ''}`}
          value={text}
          aria-describedby={`${otherId}-hint`}
          aria-invalid={otherInvalid ? true : undefined}
          onChange={(event) => {
            // Known tags that came from this field follow the text; ticked boxes stay.
            const typed = parseLanguageTags(text);
            emit(
              tags.filter((tag) => isKnown(tag) && !typed.includes(tag)),
              event.target.value,
            );
          }}
          onBlur={() => {
            // Known languages typed here are shown as ticked boxes; keep only the others.
            setDraft(othersText(parseLanguageTags(text)), tags);
          }}
        />
      </div>
      {value !== undefined && (
        <ClearAnswerButton
          label={label}
          onClear={() => {
            onChange(undefined);
          }}
        />
      )}
    </>
  );
}
