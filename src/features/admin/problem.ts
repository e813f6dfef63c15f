import { SyncHttpError } from '../../app/sync/SyncProvider';

/** A failed admin call as a message key of the `admin` namespace (plus the server's code). */
export type Problem = { key: string; code?: string };

/** Codes the server's account layer and admin routes answer with (see server/routes/admin.ts). */
const byCode: Readonly<Record<string, string>> = {
  device_revoked: 'problem.ownDeviceRevoked',
  password_change_required: 'problem.passwordChange',
  forbidden: 'problem.forbidden',
  not_found: 'problem.notFound',
  email_taken: 'problem.emailTaken',
  cannot_deactivate_self: 'problem.self',
  invalid_request: 'problem.invalid',
};

/** Which plain-language message a failed admin call gets; never throws. */
export function adminProblem(error: unknown): Problem {
  if (!(error instanceof SyncHttpError)) return { key: 'problem.unexpected' };
  if (error.offline) return { key: 'problem.offline' };
  const known = byCode[error.code];
  if (known) return { key: known };
  if (error.status === 401) return { key: 'problem.session' };
  if (error.status === 429) return { key: 'problem.tooMany' };
  return { key: 'problem.server', code: error.code };
}
