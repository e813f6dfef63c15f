// People counselled in 2026-Q1, pushed by a counsellor's device: the raw material of the
// statistics office tests.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { addUser, TestDevice, type TestOrg, type TestServer } from '../sync/support/fixtures';
import { caseMutation, sessionMutation, type Person } from './records';

const nationalities = ['SY', 'AF', 'IQ', 'TR', 'ER'];

/** `n` people with one finalised conversation each in 2026-Q1, mixed enough to hide cells. */
export async function counselled(server: TestServer, org: TestOrg, n: number, seed: number) {
  const counsellor = await addUser(server, org, ['counsellor']);
  const people: Person[] = Array.from({ length: n }, (_, i) => ({
    nationality: nationalities[(i * seed) % nationalities.length]!,
    birthDate: i % 3 === 0 ? '2001-06-01' : '1990-06-01',
    gender: i % 2 === 0 ? 'female' : 'male',
  }));
  const ids = people.map(() => randomUUID());
  const result = await new TestDevice(server, counsellor).push(
    ...people.map((p, i) => caseMutation(ids[i]!, p)),
    ...ids.map((id, i) => sessionMutation(id, `2026-0${1 + (i % 2)}-1${i % 10}`)),
  );
  expect(result.results.every((r) => r.status === 'applied')).toBe(true);
  return ids;
}
