// Typed errors of the session lifecycle. Codes are i18n keys (record.error.*) so the UI can
// explain a refused change instead of showing a stack trace.
import type { RecordIssue } from '../cases/validation';

export const SESSION_ERRORS = {
  /** A finalised session cannot be edited or finalised again; only addenda are possible. */
  finalised: 'record.error.session-finalised',
  /** Addenda belong to finalised sessions; a draft is edited directly. */
  notFinalised: 'record.error.session-not-finalised',
  invalid: 'record.error.invalid',
} as const;

export type SessionLockCode = typeof SESSION_ERRORS.finalised | typeof SESSION_ERRORS.notFinalised;

export class SessionLockedError extends Error {
  readonly code: SessionLockCode;
  readonly sessionId: string;

  constructor(code: SessionLockCode, sessionId: string) {
    super(`${code}: session ${sessionId}`);
    this.name = 'SessionLockedError';
    this.code = code;
    this.sessionId = sessionId;
  }
}

/** Input that would make a finalised record invalid (which could never be corrected). */
export class SessionValidationError extends Error {
  readonly code = SESSION_ERRORS.invalid;
  readonly issues: readonly RecordIssue[];

  constructor(issues: readonly RecordIssue[]) {
    super(`${SESSION_ERRORS.invalid}: ${issues.map((i) => `${i.path}:${i.code}`).join(', ')}`);
    this.name = 'SessionValidationError';
    this.issues = issues;
  }
}
