import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FACT_FIELD_INFO, factKeys, type FactField, type FactInputKind } from '../../../domain';
import { hasLocaleFile } from '../../../i18n/localeFiles';
import { ApplicationsInput } from './ApplicationsInput';
import { MultiChoiceInput, SingleChoiceInput } from './ChoiceInputs';
import { DateInput } from '../../../ui/DateInput';
import { LanguagesInput } from './LanguagesInput';
import { NationalitySelect } from './NationalitySelect';
import { NumberInput } from './NumberInput';
import { GroupQuestionFrame, SingleQuestionFrame } from './QuestionFrame';
import { StatusHistoryInput } from './StatusHistoryInput';
import type { QuestionControlProps, QuestionNote } from './types';
import { runtimeT } from '../../../i18n/runtimeKeys';

export type FactQuestionProps = {
  field: FactField;
  value: unknown;
  onChange: (value: unknown) => void;
  onBlur?: () => void;
  /** An i18n key (`facts.validation.*` in 'script', `record.*` in 'record'), not a text. */
  error?: string | undefined;
  required?: boolean;
  /** An extra hint, as a key in the 'script' namespace. */
  hintKey?: string | undefined;
  /** Prefix for the element ids (default: a React id, unique on the page). */
  idPrefix?: string;
};

/** Namespaces whose keys the error prop may carry; 'record' only where it ships. */
const ERROR_NAMESPACES: ('script' | 'record')[] = hasLocaleFile('de', 'record')
  ? ['script', 'record']
  : ['script'];

const GROUP_KINDS: ReadonlySet<FactInputKind> = new Set([
  'languages',
  'single-choice',
  'multi-choice',
  'status-history',
  'applications',
]);

/** How to type the value, for the free-text kinds ('questions' namespace). */
const FORMAT_HINTS: Partial<Record<FactInputKind, string>> = {
  date: 'questions.date.hint',
  hours: 'questions.number.hoursHint',
};

function Control({ kind, ...props }: QuestionControlProps & { kind: FactInputKind }): ReactNode {
  switch (kind) {
    case 'date':
      return <DateInput {...props} />;
    case 'nationality':
      return <NationalitySelect {...props} />;
    case 'languages':
      return <LanguagesInput {...props} />;
    case 'single-choice':
      return <SingleChoiceInput {...props} />;
    case 'multi-choice':
      return <MultiChoiceInput {...props} />;
    case 'count':
    case 'hours':
      return <NumberInput {...props} />;
    case 'status-history':
      return <StatusHistoryInput {...props} />;
    case 'applications':
      return <ApplicationsInput {...props} />;
  }
}

/**
 * One case-fact question of the conversation script, rendered from FACT_FIELD_INFO. Fully
 * controlled (value/onChange/onBlur), so it drops into a react-hook-form `Controller`.
 * The question text is the label (or the legend of a group); hints, the sensitive-data
 * notice and the error are linked with aria-describedby, the error is announced.
 */
export function FactQuestion(props: FactQuestionProps) {
  const { field, value, onChange, onBlur, error, required = false, hintKey, idPrefix } = props;
  const { t: typedT, i18n } = useTranslation(['script', 'questions', ...ERROR_NAMESPACES]);
  // Every key here is a fact field's or a validation message's: data, not literals.
  const t = runtimeT(typedT);
  const reactId = useId();
  const id = `${idPrefix ?? `fact${reactId}`}-${field}`;
  const info = FACT_FIELD_INFO[field];
  const keys = factKeys(field);
  // Optional per-field hint text; factKeys() has no hint key because most fields have none.
  const ownHintKey = `facts.${field}.hint`;
  const formatHintKey = FORMAT_HINTS[info.input];
  const note = (suffix: string, text: string): QuestionNote => ({ id: `${id}-${suffix}`, text });
  const notes = [
    formatHintKey && note('format', t(formatHintKey, { ns: 'questions' })),
    i18n.exists(ownHintKey, { ns: 'script' }) && note('hint', t(ownHintKey)),
    hintKey && note('extra-hint', t(hintKey)),
    info.sensitive && note('sensitive', t('questions.sensitive', { ns: 'questions' })),
  ].filter((n): n is QuestionNote => typeof n === 'object');
  const sensitiveId = info.sensitive ? `${id}-sensitive` : undefined;

  const errorView = error
    ? {
        id: `${id}-error`,
        text: t(error, {
          ns: ERROR_NAMESPACES,
          defaultValue: t('questions.invalid', { ns: 'questions' }),
        }),
      }
    : undefined;
  const controlProps: QuestionControlProps = {
    id,
    field,
    info,
    label: t(keys.label),
    value,
    onChange,
    onBlur: onBlur ?? (() => undefined),
    describedBy: [...notes.map((n) => n.id), errorView?.id].filter(Boolean).join(' ') || undefined,
    invalid: errorView !== undefined,
    required,
  };
  const frame = {
    id,
    question: t(keys.question),
    required,
    notes,
    sensitiveId,
    error: errorView,
    children: <Control kind={info.input} {...controlProps} />,
  };
  return GROUP_KINDS.has(info.input) ? (
    <GroupQuestionFrame
      {...frame}
      onBlur={controlProps.onBlur}
      radioGroup={info.input === 'single-choice'}
    />
  ) : (
    <SingleQuestionFrame {...frame} />
  );
}
