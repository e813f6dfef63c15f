import type { RejectReason, Role } from '../../protocol';
import type { StoredRecord } from './decide';

/**
 * Who may delete what through sync (pure; the push loads the facts under the organisation's
 * counter lock, so nothing can change between this check and the write). The app itself
 * never sends deletes today; these rules stop a device, a stolen token or a buggy client from
 * destroying documentation that the law or the organisation must keep.
 *
 * | record                                        | delete through sync                        |
 * |-----------------------------------------------|--------------------------------------------|
 * | tombstone                                     | unchanged (idempotent)                     |
 * | finalised session                             | rejected `not_deletable`                   |
 * | consent (signed or not), revocation, referral,| rejected `not_deletable` (revocations:     |
 * |   incoming referral, action                   |   `append_only`, decided before this)      |
 * | case referred to by a finalised session or a  | rejected `has_history`                     |
 * |   signed consent (or a revocation)            |                                            |
 * | draft session or case without that history    | counsellor role: the usual rules (stale    |
 * |                                               |   base → conflict, else tombstone + audit  |
 * |                                               |   row); other roles: `delete_forbidden`    |
 *
 * Finalised sessions, signed consents and revocations leave the server only through the
 * retention rules or an audited administrator action (a later issue), never through sync.
 */
export type DeletionFacts = {
  /** Roles of the caller. */
  roles: readonly Role[];
  /** For a case: finalised sessions, signed consents or revocations refer to it. */
  caseHasHistory: boolean;
};

/** Record types a delete through sync may remove at all (in the states allowed below). */
const DELETABLE = new Set<StoredRecord['entity']>(['case', 'session']);

/** Why a live record may not be deleted by this caller, or undefined when it may. */
export function deletionRefusal(
  current: StoredRecord,
  facts: DeletionFacts,
): Extract<RejectReason, 'not_deletable' | 'has_history' | 'delete_forbidden'> | undefined {
  if (!DELETABLE.has(current.entity) || current.contentHash !== null) return 'not_deletable';
  if (current.entity === 'session' && current.data.status !== 'draft') return 'not_deletable';
  if (current.entity === 'case' && facts.caseHasHistory) return 'has_history';
  if (!facts.roles.includes('counsellor')) return 'delete_forbidden';
  return undefined;
}
