// Building blocks of the file note: each turns one part of a session into lines. Lines are
// language-neutral (keys and params); the renderer translates them.
import type { ScriptAnswers, ScriptTemplate } from '../script/types';
import { allItems } from '../script/visibility';
import { FILE_NOTE_KEYS as K, noticeKey, responsibleKey, roleKey } from './fileNoteKeys';
import { agreedActionsOf } from './followUps';
import { handedNoticesOf, NOTICE_INFO } from './notices';
import type { ConversationSession, Participant } from './schema';

export type FileNoteParams = Readonly<Record<string, string | number>>;

/**
 * A translatable line. `params` are interpolated as they are; `refs` are params whose values
 * are i18n keys themselves (a pathway title, a role): the renderer translates them first
 * (with namespaceOf) and then interpolates. By convention a param `date` is an ISO date
 * (`YYYY-MM-DD`) and `time`, `start`, `end` are `HH:MM`, for the renderer to format.
 */
export type FileNoteKeyLine = {
  readonly key: string;
  readonly params?: FileNoteParams;
  readonly refs?: Readonly<Record<string, string>>;
};
/** Free text as entered (names, notes, addenda): shown verbatim, never translated. */
export type FileNoteTextLine = { readonly text: string };
export type FileNoteLine = FileNoteKeyLine | FileNoteTextLine;

export type FileNoteSection = {
  /** Stable id (for tests and anchors), e.g. 'participants' or a checklist item id. */
  readonly id: string;
  readonly headingKey: string;
  readonly lines: readonly FileNoteLine[];
};

const EMPTY: readonly FileNoteLine[] = [{ key: K.empty }];
const filled = (s: string | undefined): s is string => s !== undefined && s.trim() !== '';

export const orEmpty = (lines: readonly FileNoteLine[]): readonly FileNoteLine[] =>
  lines.length > 0 ? lines : EMPTY;

// A German file records German legal time (MEZ/MESZ), whatever zone the device wrote the
// instant in (toISOString() writes UTC). Formatting a given instant reads no clock.
const BERLIN = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Date (`YYYY-MM-DD`) and time (`HH:MM`) in Europe/Berlin of an ISO datetime with zone. */
export function berlinDateTime(iso: string): { date: string; time: string } {
  const instant = Date.parse(iso);
  // Unparseable (never after validation): show what was stored rather than failing the note.
  if (Number.isNaN(instant)) return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    BERLIN.formatToParts(instant).find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/** First 16 hex digits in groups of four: enough to compare a printout with the record. */
export function shortHash(hash: string): string {
  return (hash.slice(0, 16).match(/.{1,4}/g) ?? []).join(' ');
}

export function participantLine(p: Participant): FileNoteKeyLine {
  const details = [p.name, p.organisation]
    .filter(filled)
    .map((s) => s.trim())
    .join(', ');
  const language = filled(p.language) ? { language: p.language } : undefined;
  const refs = { role: roleKey(p.role) };
  if (details === '') {
    return language
      ? { key: K.participant.roleLanguage, refs, params: language }
      : { key: K.participant.role, refs };
  }
  return {
    key: language ? K.participant.lineLanguage : K.participant.line,
    refs,
    params: { details, ...language },
  };
}

/** Discussed sections in template order; ids the template does not know as plain text. */
export function topicLines(
  template: ScriptTemplate,
  topics: readonly string[],
): readonly FileNoteLine[] {
  const known = template.sections.filter((s) => topics.includes(s.id));
  const unknown = [...new Set(topics)].filter((id) => !template.sections.some((s) => s.id === id));
  return [...known.map((s) => ({ key: s.titleKey })), ...unknown.map((text) => ({ text }))];
}

const selected = (value: ScriptAnswers[string]): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** One section per checklist (heading: its label), listing the selected options. */
export function checklistSections(
  template: ScriptTemplate,
  answers: ScriptAnswers,
  ids: readonly string[],
): FileNoteSection[] {
  return ids.flatMap((id) => {
    const item = allItems(template).find((v) => v.item.id === id)?.item;
    if (item?.kind !== 'checklist') return [];
    const lines = selected(answers[id]).map((optionId): FileNoteLine => {
      const option = item.options.find((o) => o.id === optionId);
      return option ? { key: option.labelKey } : { text: optionId };
    });
    return [{ id, headingKey: item.labelKey, lines: orEmpty(lines) }];
  });
}

/** Agreed actions of the template's action plans, in template order. */
export function actionLines(template: ScriptTemplate, answers: ScriptAnswers): FileNoteLine[] {
  const planIds = allItems(template)
    .filter((v) => v.item.kind === 'action-plan')
    .map((v) => v.item.id);
  return planIds.flatMap((id) =>
    agreedActionsOf({ [id]: answers[id] }).flatMap((a): FileNoteLine[] => {
      const params: Record<string, string> = {};
      const refs: Record<string, string> = { responsible: responsibleKey(a.responsible) };
      if (filled(a.text)) params.what = a.text.trim();
      else refs.what = a.actionKey ?? K.action.unspecified;
      if (a.dueDate !== undefined) params.date = a.dueDate;
      const line: FileNoteKeyLine = {
        key: a.dueDate !== undefined ? K.action.withDate : K.action.withoutDate,
        ...(Object.keys(params).length > 0 ? { params } : {}),
        refs,
      };
      return a.done === true ? [line, { key: K.action.done }] : [line];
    }),
  );
}

/**
 * The notices handed out: which, on which day, in which language (a `language` param is a
 * language tag the renderer names), with the deadline or ban length the notice states.
 */
export function noticeLines(answers: ScriptAnswers): FileNoteLine[] {
  return handedNoticesOf(answers).flatMap((n): FileNoteLine[] => {
    const ref = NOTICE_INFO[n.kind].legalRef;
    const lines: FileNoteLine[] = [
      {
        key: ref === '' ? K.notice.line : K.notice.lineWithRef,
        params: { date: n.handedOutOn, language: n.language, ...(ref === '' ? {} : { ref }) },
        refs: { notice: noticeKey(n.kind) },
      },
    ];
    if (n.deadline !== undefined)
      lines.push({ key: K.notice.deadline, params: { date: n.deadline } });
    if (n.banMonths !== undefined)
      lines.push({ key: K.notice.ban, params: { months: n.banMonths } });
    return lines;
  });
}

export function appointmentLines(session: ConversationSession): FileNoteLine[] {
  const next = session.nextAppointment;
  if (!next) return [{ key: K.appointment.none }];
  const lines: FileNoteLine[] = [
    next.time !== undefined
      ? { key: K.appointment.dateTime, params: { date: next.date, time: next.time } }
      : { key: K.appointment.date, params: { date: next.date } },
  ];
  if (filled(next.place)) lines.push({ key: K.appointment.place, params: { place: next.place } });
  return lines;
}

/** Texts of the note items (counsellor notes belong in the file), with their labels. */
export function noteLines(template: ScriptTemplate, answers: ScriptAnswers): FileNoteLine[] {
  return allItems(template).flatMap(({ item }): FileNoteLine[] => {
    const value = answers[item.id];
    if (item.kind !== 'note' || typeof value !== 'string' || !filled(value)) return [];
    return [{ key: K.note, refs: { label: item.labelKey } }, { text: value.trim() }];
  });
}

export function finalisationLines(session: ConversationSession): FileNoteLine[] {
  const f = session.finalisation;
  if (session.status !== 'finalised' || !f) return [{ key: K.draft }];
  return [
    {
      key: K.finalised,
      params: {
        ...berlinDateTime(f.finalisedAt),
        by: f.finalisedBy,
        hash: shortHash(f.contentHash),
      },
    },
  ];
}

export function addendumLines(session: ConversationSession): FileNoteLine[] {
  return session.addenda.flatMap((a): FileNoteLine[] => [
    { key: K.addendum, params: { ...berlinDateTime(a.writtenAt), author: a.author } },
    { text: a.text },
  ]);
}
