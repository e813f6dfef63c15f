import { z } from 'zod';

/**
 * Device policy an organisation's administrator sets for all its tablets: when the app locks
 * itself. Bounds are the safe range (never longer than 15 minutes idle, 5 minutes hidden);
 * the server refuses anything outside, the client clamps again on arrival.
 */
export const devicePolicySchema = z.strictObject({
  idleLockMinutes: z.number().int().min(1).max(15),
  hiddenLockSeconds: z.number().int().min(0).max(300),
});
export type DevicePolicy = z.infer<typeof devicePolicySchema>;

export const DEFAULT_DEVICE_POLICY: DevicePolicy = { idleLockMinutes: 5, hiddenLockSeconds: 60 };

export const devicePolicyResponseSchema = z.object({ policy: devicePolicySchema });
export type DevicePolicyResponse = z.infer<typeof devicePolicyResponseSchema>;
