// The conversation script (Gesprächskonzept) as data: template → sections → steps → items.
// Texts are i18n keys into locales/<lang>/script.json; client-facing texts live under
// `client.*` in locales/<lang>/clientScript.json, shipped in every client language.
import type { IsoDate } from '../dates';
import type { FactField } from '../facts/schema';

export type Audience = 'client' | 'counsellor';

/** When an item, step or section is shown. Conditions read facts and earlier answers. */
export type Condition =
  | { readonly op: 'fact-equals'; readonly fact: FactField; readonly value: string }
  | { readonly op: 'fact-in'; readonly fact: FactField; readonly values: readonly string[] }
  | { readonly op: 'fact-known'; readonly fact: FactField }
  | { readonly op: 'fact-at-least'; readonly fact: FactField; readonly value: number }
  | { readonly op: 'answer-includes'; readonly item: string; readonly value: string }
  | { readonly op: 'answer-given'; readonly item: string }
  | { readonly op: 'all'; readonly conditions: readonly Condition[] }
  | { readonly op: 'any'; readonly conditions: readonly Condition[] }
  | { readonly op: 'not'; readonly condition: Condition };

type ItemBase = {
  /** Unique within the template; answers are stored under this id. */
  readonly id: string;
  readonly condition?: Condition;
};

/** A text read out or handed to the client (or a hint for the counsellor). */
export type InfoItem = ItemBase & {
  readonly kind: 'info';
  readonly audience: Audience;
  readonly textKey: string;
  readonly legalRef?: string;
};

/** A question bound to a CaseFacts field; its texts are `facts.<field>.label/.question`. */
export type QuestionItem = ItemBase & {
  readonly kind: 'question';
  readonly field: FactField;
  readonly required?: boolean;
  /** Extra counsellor hint for this context. */
  readonly hintKey?: string;
};

export type ChecklistOption = { readonly id: string; readonly labelKey: string };

export type ChecklistItem = ItemBase & {
  readonly kind: 'checklist';
  readonly labelKey: string;
  readonly options: readonly ChecklistOption[];
  readonly required?: boolean;
};

export type NoteItem = ItemBase & {
  readonly kind: 'note';
  readonly labelKey: string;
  readonly hintKey?: string;
  readonly required?: boolean;
};

/** Shows an engine result in the conversation (pathways, consequences, ...). */
export type AssessmentItem = ItemBase & {
  readonly kind: 'assessment';
  readonly view: 'pathways' | 'consequences' | 'return-options' | 'optionsmodell';
  readonly labelKey: string;
};

/** Agreed actions with responsible party and due date. */
export type ActionPlanItem = ItemBase & {
  readonly kind: 'action-plan';
  readonly labelKey: string;
  readonly hintKey?: string;
  readonly required?: boolean;
};

/** Written notices handed out (which, on which day, in which language; sessions/notices.ts). */
export type NoticesItem = ItemBase & {
  readonly kind: 'notices';
  readonly labelKey: string;
  readonly hintKey?: string;
  readonly required?: boolean;
};

export type ScriptItem =
  | InfoItem
  | QuestionItem
  | ChecklistItem
  | NoteItem
  | AssessmentItem
  | ActionPlanItem
  | NoticesItem;

export type ScriptStep = {
  readonly id: string;
  readonly titleKey: string;
  readonly condition?: Condition;
  readonly items: readonly ScriptItem[];
};

export type ScriptSection = {
  readonly id: string;
  readonly titleKey: string;
  readonly condition?: Condition;
  readonly steps: readonly ScriptStep[];
};

export type ScriptTemplate = {
  /** Stable id, e.g. 'perspektivgespraech'. */
  readonly id: string;
  /** Content version, e.g. '2026-11-1'; bump on every content change. */
  readonly version: string;
  readonly kind: 'core' | 'land-addon';
  /** For Land add-ons: ISO 3166-2 subdivision code (e.g. 'DE-SH'). */
  readonly land?: string;
  readonly titleKey: string;
  readonly descriptionKey: string;
  readonly sections: readonly ScriptSection[];
};

export type ResponsibleParty = 'client' | 'authority' | 'counsellor' | 'representative';

export type AgreedAction = {
  readonly id: string;
  /** A suggested action key from the engine, or omitted for a free-text action. */
  readonly actionKey?: string;
  readonly text?: string;
  readonly responsible: ResponsibleParty;
  readonly dueDate?: IsoDate;
  readonly done?: boolean;
};

/** A notice handed out in the conversation (validated by sessions/notices.ts). */
export type HandedNoticeAnswer = {
  readonly kind: string;
  readonly handedOutOn: IsoDate;
  readonly language: string;
  readonly deadline?: IsoDate;
  readonly banMonths?: number;
};

/** Checklist → option ids; note → text; action plan → agreed actions; notices → notices. */
export type AnswerValue =
  string | readonly string[] | readonly AgreedAction[] | readonly HandedNoticeAnswer[];

export type ScriptAnswers = Readonly<Record<string, AnswerValue | undefined>>;
