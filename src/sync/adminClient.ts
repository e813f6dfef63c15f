import { z } from 'zod';
import {
  deviceListResponseSchema,
  devicePolicyResponseSchema,
  type DevicePolicy,
  deviceSchema,
  oneTimePasswordResponseSchema,
  contributorListSchema,
  statisticsOfficeListSchema,
  type ContributorList,
  type RegisterContributor,
  type StatisticsOfficeList,
  userListResponseSchema,
  userSchema,
  type CreateUserRequest,
  type Device,
  type OneTimePasswordResponse,
  type User,
} from '../protocol';
import type { ApiCall } from './transport';

const userResponse = z.object({ user: userSchema });
const deviceResponse = z.object({ device: deviceSchema });

/**
 * The administration API of the organisation's server (admin role; the server limits every
 * call to the admin's own organisation). Online only: each call fails with SyncHttpError
 * (status 0 when offline) and changes nothing locally — the admin screen shows the error.
 */
export function adminClient(call: ApiCall, token: string) {
  const id = (value: string) => encodeURIComponent(value);
  return {
    async users(): Promise<User[]> {
      return (await call('GET', '/api/admin/users', userListResponseSchema, undefined, token))
        .users;
    },
    createUser(request: CreateUserRequest): Promise<OneTimePasswordResponse> {
      return call('POST', '/api/admin/users', oneTimePasswordResponseSchema, request, token);
    },
    async setActive(userId: string, active: boolean): Promise<User> {
      const action = active ? 'activate' : 'deactivate';
      const path = `/api/admin/users/${id(userId)}/${action}`;
      return (await call('POST', path, userResponse, {}, token)).user;
    },
    resetPassword(userId: string): Promise<OneTimePasswordResponse> {
      const path = `/api/admin/users/${id(userId)}/reset-password`;
      return call('POST', path, oneTimePasswordResponseSchema, {}, token);
    },
    async devices(): Promise<Device[]> {
      return (await call('GET', '/api/admin/devices', deviceListResponseSchema, undefined, token))
        .devices;
    },
    async policy(): Promise<DevicePolicy> {
      return (await call('GET', '/api/admin/policy', devicePolicyResponseSchema, undefined, token))
        .policy;
    },
    /** Devices apply it at their next sync. */
    async setPolicy(policy: DevicePolicy): Promise<DevicePolicy> {
      return (await call('POST', '/api/admin/policy', devicePolicyResponseSchema, policy, token))
        .policy;
    },
    async revokeDevice(clientId: string): Promise<Device> {
      const path = `/api/admin/devices/${id(clientId)}/revoke`;
      return (await call('POST', path, deviceResponse, {}, token)).device;
    },
    /** Statistics offices on this server and whether this organisation contributes. */
    async statisticsOffices(): Promise<StatisticsOfficeList['offices']> {
      const path = '/api/admin/statistics-offices';
      return (await call('GET', path, statisticsOfficeListSchema, undefined, token)).offices;
    },
    /** Opts in to (or withdraws from) an office's statistics; audited on the server. */
    async setContribution(officeId: string, contribute: boolean): Promise<void> {
      const path = `/api/admin/statistics-offices/${id(officeId)}/contribution`;
      await call('PUT', path, z.unknown(), { contribute }, token);
    },
    /** A statistics office's contributors on other servers (office admins only). */
    async contributors(): Promise<ContributorList['contributors']> {
      const path = '/api/statistics-office/contributors';
      return (await call('GET', path, contributorListSchema, undefined, token)).contributors;
    },
    async registerContributor(request: RegisterContributor): Promise<void> {
      await call('POST', '/api/statistics-office/contributors', z.unknown(), request, token);
    },
    async revokeContributor(contributorId: string): Promise<void> {
      const path = `/api/statistics-office/contributors/${id(contributorId)}`;
      await call('DELETE', path, z.unknown(), undefined, token);
    },
  };
}
export type AdminClient = ReturnType<typeof adminClient>;
