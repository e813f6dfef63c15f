import {
  assessPassword,
  knownWords,
  passwordPolicy,
  type Organisation,
  type OrganisationKind,
  type User,
} from '../../protocol';
import type { Database } from '../db/database';
import type { Clock } from '../clock';
import { systemClock } from '../clock';
import { writeAudit } from '../audit';
import {
  defaultScryptParams,
  generateOneTimePassword,
  hashPassword,
  type ScryptParams,
} from './passwords';
import { insertOrganisation, insertUser } from './store';

export type BootstrapInput = {
  name: string;
  kind: OrganisationKind;
  adminEmail: string;
  adminName?: string | undefined;
  /** When absent a one-time password is generated; the admin must change it at first use. */
  password?: string | undefined;
};

export type BootstrapResult = {
  organisation: Organisation;
  admin: User;
  /** Set when generated: print it once, it is stored only as a hash. */
  oneTimePassword: string | undefined;
};

/**
 * Creates an organisation and its first admin in one transaction (both or neither).
 * Used by `npm run admin -- create-org` and by tests. There is no default password.
 */
export async function createOrganisationWithAdmin(
  db: Database,
  input: BootstrapInput,
  opts: { clock?: Clock; passwordParams?: ScryptParams } = {},
): Promise<BootstrapResult> {
  const now = (opts.clock ?? systemClock)();
  if (input.password !== undefined) {
    // The same policy as a password change (protocol/passwordPolicy.ts).
    const verdict = await assessPassword(
      input.password,
      knownWords({ email: input.adminEmail, organisationName: input.name }),
    );
    if (!verdict.ok) {
      throw new Error(
        `The password is refused (${verdict.problem ?? 'too_weak'}): at least ${passwordPolicy.minLength} characters and hard to guess; a short sentence of your own works well.`,
      );
    }
  }
  const oneTimePassword = input.password === undefined ? generateOneTimePassword() : undefined;
  const passwordHash = await hashPassword(
    input.password ?? oneTimePassword ?? '',
    opts.passwordParams ?? defaultScryptParams,
  );
  return db.transaction(async (tx) => {
    const organisation = await insertOrganisation(tx, { name: input.name, kind: input.kind }, now);
    const admin = await insertUser(
      tx,
      {
        orgId: organisation.id,
        email: input.adminEmail.trim().toLowerCase(),
        displayName: input.adminName ?? input.adminEmail,
        roles: ['admin'],
        passwordHash,
        mustChangePassword: oneTimePassword !== undefined,
      },
      now,
    );
    await writeAudit(tx, {
      at: now,
      orgId: organisation.id,
      userId: null,
      clientId: null,
      entity: 'organisation',
      entityId: organisation.id,
      action: 'bootstrap',
    });
    return { organisation, admin, oneTimePassword };
  });
}
