import { SyncHttpError } from '../../app/sync/SyncProvider';

/** Codes the retention and privacy routes answer with (server/retention, server/privacy). */
const byCode: Readonly<Record<string, string>> = {
  forbidden: 'problem.forbidden',
  not_found: 'problem.notFound',
  preview_changed: 'problem.previewChanged',
  due_changed: 'problem.dueChanged',
  legal_basis_required: 'problem.legalBasis',
  export_not_allowed: 'problem.exportNotAllowed',
  invalid_request: 'problem.invalid',
};

/** A failed call as a message of the `privacy` namespace; never throws. */
export function privacyProblem(error: unknown): { key: string; code: string } {
  if (!(error instanceof SyncHttpError)) return { key: 'problem.unexpected', code: 'client' };
  if (error.offline) return { key: 'problem.offline', code: 'offline' };
  const known = byCode[error.code];
  if (known) return { key: known, code: error.code };
  if (error.status === 401) return { key: 'problem.session', code: error.code };
  return { key: 'problem.unexpected', code: error.code || String(error.status) };
}
