// The client's summary of a conversation: what was discussed, what they must do by when,
// what happens otherwise and where to get help. Pure and language-neutral: ids, dates and
// the counsellor's free text; the client-language texts are keys of the `summary` namespace
// (`pathway.<id>.*`, `consequence.<id>.*`, `returnOption.<id>.*`, `action.<actionKey>`).
// Only what the counsellor selected goes in, and never a counsellor note.
import type { CaseRecord } from '../cases/schema';
import type { ConsequenceAssessment, ConsequenceId } from '../consequences/types';
import { compareDates, type IsoDate } from '../dates';
import type { ReturnOptionAssessment, ReturnOptionId } from '../returnOptions/types';
import type { PathwayAssessment, PathwayId, PathwayStatus } from '../rules/types';
import type { ResponsibleParty } from '../script/types';
import type { ConsentRevocation } from '../consents/revocation';
import type { SignedConsent } from '../consents/schema';
import { consentStates, currentConsents } from '../consents/state';
import { agreedActionsOf } from '../sessions/followUps';
import type { ConversationSession, NextAppointment, Participant } from '../sessions/schema';
import { handedNoticesOf } from '../sessions/notices';
import type { HandedNotice } from '../sessions/notices';
import type { SupportOffer } from '../directory/schema';

/** What the counsellor hands out (chosen on the summary screen). */
export type SummarySelection = {
  readonly pathways: readonly PathwayId[];
  readonly consequences: readonly ConsequenceId[];
  readonly returnOptions: readonly ReturnOptionId[];
  readonly consents: boolean;
};

export type SummaryAction = {
  readonly id: string;
  /** Key in the summary namespace (`action.<actionKey>`) when the action came from a rule. */
  readonly textKey?: string;
  /** The counsellor's own words (German, as agreed in the conversation). */
  readonly text?: string;
  readonly responsible: ResponsibleParty;
  readonly dueDate?: IsoDate;
};

export type ClientSummary = {
  readonly date: IsoDate;
  readonly place?: string;
  readonly participants: readonly Pick<Participant, 'role' | 'name' | 'language'>[];
  /** Open actions, those with a deadline first (earliest first). */
  readonly actions: readonly SummaryAction[];
  readonly appointment?: NextAppointment;
  readonly pathways: readonly { readonly id: PathwayId; readonly status: PathwayStatus }[];
  readonly consequences: readonly ConsequenceId[];
  readonly returnOptions: readonly ReturnOptionId[];
  readonly consents: readonly {
    readonly kind: SignedConsent['kind'];
    readonly signedOn: IsoDate;
    readonly recipients: readonly string[];
  }[];
  /** Written notices handed out in the conversation (always listed: they set duties). */
  readonly notices: readonly HandedNotice[];
  /** The session is not finalised yet: the document must say so. */
  readonly draft: boolean;
  /** Support offers the counsellor chose ("Where you can get help"), in the chosen order. */
  readonly offers?: readonly SupportOffer[];
};

export type SummaryInput = {
  readonly session: ConversationSession;
  readonly caseRecord: CaseRecord;
  /** Engine results for the session's date (for a finalised session: from its facts snapshot). */
  readonly pathways: readonly PathwayAssessment[];
  readonly consequences: readonly ConsequenceAssessment[];
  readonly returnOptions: readonly ReturnOptionAssessment[];
  readonly consents: readonly SignedConsent[];
  readonly revocations: readonly ConsentRevocation[];
  readonly selection: SummarySelection;
  /** Offers from the support directory chosen on the summary screen (none by default). */
  readonly offers?: readonly SupportOffer[];
};

/**
 * The default hand-out: what a person reads and keeps (about two pages per language for a
 * typical conversation). The pathways that are likely or possible; the consequences that
 * apply, or threaten with a deadline running (e.g. the departure deadline); the return
 * options the person is likely eligible for. Everything else — pathways still unclear,
 * consequences without a date, programmes to check — the counsellor can add on the screen.
 */
export function defaultSelection(input: {
  pathways: readonly PathwayAssessment[];
  consequences: readonly ConsequenceAssessment[];
  returnOptions: readonly ReturnOptionAssessment[];
}): SummarySelection {
  const running = (c: ConsequenceAssessment) =>
    c.deadlines.some((d) => d.kind === 'act-by' && !d.passed);
  return {
    pathways: input.pathways
      .filter((p) => p.status === 'likely' || p.status === 'possible')
      .map((p) => p.pathwayId),
    consequences: input.consequences
      .filter(
        (c) => c.applicability === 'applies' || (c.applicability === 'threatens' && running(c)),
      )
      .map((c) => c.consequenceId),
    returnOptions: input.returnOptions
      .filter((o) => o.eligibility === 'likely-eligible')
      .map((o) => o.optionId),
    consents: true,
  };
}

export function composeSummary(input: SummaryInput): ClientSummary {
  const { session, caseRecord, selection } = input;
  // Each chosen offer once, in the order chosen.
  const offers = (input.offers ?? []).filter(
    (offer, index, all) => all.findIndex((o) => o.id === offer.id) === index,
  );
  if (session.caseId !== caseRecord.id) {
    throw new RangeError(`Session ${session.id} does not belong to case ${caseRecord.id}`);
  }
  const actions: SummaryAction[] = agreedActionsOf(session.answers)
    .filter((a) => a.done !== true)
    .map((a) => ({
      id: a.id,
      responsible: a.responsible,
      ...(a.text !== undefined && a.text.trim() !== ''
        ? { text: a.text.trim() }
        : a.actionKey !== undefined
          ? { textKey: `action.${a.actionKey}` }
          : {}),
      ...(a.dueDate !== undefined ? { dueDate: a.dueDate } : {}),
    }))
    .sort(byDueDate);

  const chosen = <T, K>(items: readonly T[], idOf: (t: T) => K, ids: readonly K[]) =>
    items.filter((item) => ids.includes(idOf(item)));

  const consentRows = selection.consents
    ? currentConsents(input.consents.filter((c) => c.caseId === caseRecord.id)).map((c) => {
        const open = new Set(
          consentStates([c], input.revocations, session.asOf)
            .filter((s) => s.status !== 'revoked')
            .map((s) => s.recipient.id),
        );
        return {
          kind: c.kind,
          signedOn: c.signedAt.slice(0, 10),
          recipients: c.recipients.filter((r) => open.has(r.id)).map((r) => r.name),
        };
      })
    : [];

  return {
    date: session.asOf,
    ...(session.place !== undefined && session.place.trim() !== ''
      ? { place: session.place.trim() }
      : {}),
    participants: session.participants.map((p) => ({
      role: p.role,
      ...(p.name !== undefined && p.name.trim() !== '' ? { name: p.name.trim() } : {}),
      ...(p.language !== undefined ? { language: p.language } : {}),
    })),
    actions,
    ...(session.nextAppointment ? { appointment: session.nextAppointment } : {}),
    pathways: chosen(input.pathways, (p) => p.pathwayId, selection.pathways).map((p) => ({
      id: p.pathwayId,
      status: p.status,
    })),
    consequences: chosen(input.consequences, (c) => c.consequenceId, selection.consequences).map(
      (c) => c.consequenceId,
    ),
    returnOptions: chosen(input.returnOptions, (o) => o.optionId, selection.returnOptions).map(
      (o) => o.optionId,
    ),
    consents: consentRows.filter((row) => row.recipients.length > 0),
    notices: handedNoticesOf(session.answers),
    draft: session.status !== 'finalised',
    ...(offers.length > 0 ? { offers } : {}),
  };
}

function byDueDate(a: SummaryAction, b: SummaryAction): number {
  if (a.dueDate && b.dueDate) return compareDates(a.dueDate, b.dueDate);
  if (a.dueDate) return -1;
  if (b.dueDate) return 1;
  return 0;
}

/** Every summary key the document can use for these results (for completeness checks). */
export function summaryKeysOf(summary: ClientSummary): string[] {
  return [
    ...summary.pathways.flatMap((p) => [
      `pathway.${p.id}.title`,
      `pathway.${p.id}.what`,
      `status.${p.status}`,
    ]),
    ...summary.consequences.flatMap((id) => [`consequence.${id}.title`, `consequence.${id}.what`]),
    ...summary.returnOptions.flatMap((id) => [
      `returnOption.${id}.title`,
      `returnOption.${id}.what`,
      `returnOption.${id}.contact`,
    ]),
    ...summary.actions.flatMap((a) => (a.textKey ? [a.textKey] : [])),
    ...summary.notices.map((n) => `notice.${n.kind}`),
  ];
}
