import { afterEach, describe, expect, it } from 'vitest';
import { IsoDateTimeSchema } from '../domain';
import { localIsoDateTime } from './localTime';

const originalZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalZone;
});

describe('local ISO datetime', () => {
  it('keeps the local calendar day just after midnight in Germany (winter and summer)', () => {
    process.env.TZ = 'Europe/Berlin';
    const winter = localIsoDateTime(new Date('2026-11-20T23:30:00Z'));
    expect(winter).toBe('2026-11-21T00:30:00.000+01:00');
    expect(localIsoDateTime(new Date('2026-07-20T22:15:05.042Z'))).toBe(
      '2026-07-21T00:15:05.042+02:00',
    );
    expect(IsoDateTimeSchema.safeParse(winter).success).toBe(true);
    expect(Date.parse(winter)).toBe(Date.parse('2026-11-20T23:30:00Z'));
  });

  it('writes negative and half-hour offsets', () => {
    process.env.TZ = 'America/St_Johns';
    expect(localIsoDateTime(new Date('2026-01-10T12:00:00Z'))).toBe(
      '2026-01-10T08:30:00.000-03:30',
    );
    process.env.TZ = 'UTC';
    expect(localIsoDateTime(new Date('2026-01-10T12:00:00Z'))).toBe(
      '2026-01-10T12:00:00.000+00:00',
    );
  });
});
