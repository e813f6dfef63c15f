// Who may act for a statistics office: an account of an organisation of that kind. Shared by
// the office's routes (contributors, reports, releases).
import type { FastifyRequest } from 'fastify';
import type { Queryable } from '../db/database';
import { HttpError } from '../http/errors';
import { authOf } from '../accounts/guard';
import { getOffice, type OfficeOrg } from './officeStore';

export const notAnOffice = () =>
  new HttpError(403, 'not_statistics_office', 'Only a statistics office may do this.');

/** The caller's organisation if it is a statistics office; 403 otherwise. */
export function officeOfRequest(db: Queryable) {
  return async (request: FastifyRequest): Promise<OfficeOrg> => {
    const office = await getOffice(db, authOf(request).orgId);
    if (!office) throw notAnOffice();
    return office;
  };
}
