import { z } from 'zod';
import { passwordPolicy } from './passwordPolicy';

/**
 * Accounts and sessions on the wire. A device (one browser profile on one tablet) has a
 * client-generated `clientId` and belongs to exactly one user; a login binds a session token
 * to that device. Tokens travel as `Authorization: Bearer <token>`.
 */

export const organisationKinds = [
  'abh',
  'integration-centre',
  'welfare',
  'other',
  // A Land's or a county's statistics office: aggregates of contributing organisations only.
  'statistics-office',
] as const;
export const organisationKindSchema = z.enum(organisationKinds);
export type OrganisationKind = z.infer<typeof organisationKindSchema>;

/**
 * `counsellor` and `team-lead` work with records; `admin` manages accounts and devices of
 * its own organisation (no record access); `statistics` sees aggregates only (later).
 * A user may hold several roles (a small office's admin may also counsel).
 */
export const roles = ['counsellor', 'team-lead', 'admin', 'statistics'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'Not a valid e-mail address.' }));

/**
 * Long passphrases welcome; 12 characters minimum (BSI/NIST guidance for single factor). The
 * strength check (passwordPolicy.ts) runs after this schema, on the server authoritatively.
 */
export const newPasswordSchema = z
  .string()
  .min(
    passwordPolicy.minLength,
    `The password must have at least ${passwordPolicy.minLength} characters.`,
  )
  .max(
    passwordPolicy.maxLength,
    `The password must have at most ${passwordPolicy.maxLength} characters.`,
  );

export const loginRequestSchema = z.strictObject({
  email: emailSchema,
  // Not length-checked beyond a cap: a wrong length is just a wrong password.
  password: z.string().min(1).max(256),
  clientId: z.uuid(),
  deviceName: z.string().trim().min(1).max(100),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(roleSchema),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
});
export type User = z.infer<typeof userSchema>;

export const organisationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: organisationKindSchema,
});
export type Organisation = z.infer<typeof organisationSchema>;

export const deviceSchema = z.object({
  clientId: z.uuid(),
  name: z.string(),
  userId: z.uuid(),
  registeredAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
  lastSeenAt: z.iso.datetime().nullable(),
  lastClientSeq: z.number().int().nonnegative(),
});
export type Device = z.infer<typeof deviceSchema>;

export const loginResponseSchema = z.object({
  token: z.string(),
  /** Absolute end of the session; it also ends after `idleTimeoutSeconds` without a request. */
  expiresAt: z.iso.datetime(),
  idleTimeoutSeconds: z.number().int().positive(),
  user: userSchema,
  organisation: organisationSchema,
  device: deviceSchema,
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const meResponseSchema = z.object({
  user: userSchema,
  organisation: organisationSchema,
  device: deviceSchema,
  expiresAt: z.iso.datetime(),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

export const changePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: newPasswordSchema,
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

// ── Admin API (admin role, own organisation only) ──────────────────────────────────────

export const createUserRequestSchema = z.strictObject({
  email: emailSchema,
  displayName: z.string().trim().min(1).max(200),
  // Each role once: ["counsellor","counsellor"] is refused, not silently stored twice.
  roles: z
    .array(roleSchema)
    .min(1)
    .max(roles.length)
    .refine((list) => new Set(list).size === list.length, 'each role may be given only once'),
});
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

/** A generated one-time password, shown once to the admin; the user must change it. */
export const oneTimePasswordResponseSchema = z.object({
  user: userSchema,
  oneTimePassword: z.string(),
});
export type OneTimePasswordResponse = z.infer<typeof oneTimePasswordResponseSchema>;

export const userListResponseSchema = z.object({ users: z.array(userSchema) });
export type UserListResponse = z.infer<typeof userListResponseSchema>;

export const deviceListResponseSchema = z.object({ devices: z.array(deviceSchema) });
export type DeviceListResponse = z.infer<typeof deviceListResponseSchema>;

/** Error codes of the auth layer (the `error` field of an ApiError). */
export const authErrorCodes = {
  unauthenticated: 'unauthenticated',
  sessionExpired: 'session_expired',
  deviceRevoked: 'device_revoked',
  forbidden: 'forbidden',
  invalidCredentials: 'invalid_credentials',
  tooManyAttempts: 'too_many_attempts',
  deviceOfOtherUser: 'device_of_other_user',
  /** A new password the strength check refuses (see passwordPolicy.ts). */
  weakPassword: 'weak_password',
  /** The new password equals the current one (at first sign-in: the one-time password). */
  passwordReused: 'password_reused',
} as const;
