import { z } from 'zod';

/** Every non-2xx API answer has this shape, so clients can show a clear message. */
export const apiErrorSchema = z.object({
  error: z.string(),
  message: z.string(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
