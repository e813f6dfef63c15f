import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionNote } from './types';

type FrameProps = {
  id: string;
  question: string;
  required: boolean;
  notes: readonly QuestionNote[];
  /** Id of the sensitive-data notice among `notes`, styled apart. */
  sensitiveId?: string | undefined;
  error?: { id: string; text: string } | undefined;
  children: ReactNode;
};

function RequiredMarker() {
  const { t } = useTranslation('questions');
  return (
    <>
      {' '}
      <span className="fact-question__required">({t('questions.required')})</span>
    </>
  );
}

function Notes({ notes, sensitiveId }: Pick<FrameProps, 'notes' | 'sensitiveId'>) {
  return notes.map((note) => (
    <p
      key={note.id}
      id={note.id}
      className={note.id === sensitiveId ? 'kern-hint fact-question__sensitive' : 'kern-hint'}
    >
      {note.text}
    </p>
  ));
}

function ErrorText({ error }: Pick<FrameProps, 'error'>) {
  return error ? (
    <p className="kern-error" id={error.id} role="alert">
      {error.text}
    </p>
  ) : null;
}

/** One control: <label> with the question, notes, the control, the error under it. */
export function SingleQuestionFrame({
  id,
  question,
  required,
  notes,
  sensitiveId,
  error,
  children,
}: FrameProps) {
  return (
    <div className="kern-form-input fact-question">
      <label className="kern-label" htmlFor={id}>
        {question}
        {required && <RequiredMarker />}
      </label>
      <Notes notes={notes} sensitiveId={sensitiveId} />
      {children}
      <ErrorText error={error} />
    </div>
  );
}

type GroupFrameProps = FrameProps & {
  onBlur: () => void;
  /** Single choice: the fieldset is a radiogroup, which can carry invalid and required. */
  radioGroup?: boolean;
};

/**
 * Several controls: <fieldset> with the question as <legend>; notes and error describe the
 * whole group. `onBlur` fires once focus leaves the group, not between its controls.
 */
export function GroupQuestionFrame(props: GroupFrameProps) {
  const { id, question, required, notes, sensitiveId, error, children, onBlur, radioGroup } = props;
  const describedBy = [...notes.map((note) => note.id), error?.id].filter(Boolean).join(' ');
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const latestOnBlur = useRef(onBlur);
  useEffect(() => {
    latestOnBlur.current = onBlur;
  });
  useEffect(() => {
    const element = fieldset.current;
    if (!element) return undefined;
    const handleFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget;
      if (!(next instanceof Node) || !element.contains(next)) latestOnBlur.current();
    };
    element.addEventListener('focusout', handleFocusOut);
    return () => {
      element.removeEventListener('focusout', handleFocusOut);
    };
  }, []);
  return (
    <fieldset
      ref={fieldset}
      id={id}
      role={radioGroup ? 'radiogroup' : undefined}
      className={`kern-fieldset fact-question${error ? ' kern-fieldset--error' : ''}`}
      aria-describedby={describedBy || undefined}
      aria-invalid={radioGroup && error ? true : undefined}
      aria-required={radioGroup && required ? true : undefined}
    >
      <legend className="kern-label">
        {question}
        {required && <RequiredMarker />}
      </legend>
      <Notes notes={notes} sensitiveId={sensitiveId} />
      {children}
      <ErrorText error={error} />
    </fieldset>
  );
}
