import type { FactField, FactFieldInfo } from '../../../domain';

/** What every input kind receives from FactQuestion. */
export type QuestionControlProps = {
  /** Id of the control (single-control kinds) or of the fieldset (group kinds). */
  id: string;
  field: FactField;
  info: FactFieldInfo;
  /** Short label of the fact, already translated (for button names, row legends). */
  label: string;
  value: unknown;
  onChange: (value: unknown) => void;
  onBlur: () => void;
  /** Ids of hint, notice and error texts, for aria-describedby of single controls. */
  describedBy: string | undefined;
  /** The field currently shows an error. */
  invalid: boolean;
  required: boolean;
};

/** A text shown under the question and referenced by aria-describedby. */
export type QuestionNote = { readonly id: string; readonly text: string };
