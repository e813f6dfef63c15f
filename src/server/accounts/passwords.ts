import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Password hashing with scrypt (memory-hard, in Node's standard library, no native addon).
 * Stored as `scrypt$<log2N>$<r>$<p>$<salt b64>$<hash b64>`: the parameters travel with the
 * hash, so they can be raised later; `needsRehash` tells login to upgrade old hashes.
 */
export type ScryptParams = { log2N: number; r: number; p: number };

/**
 * N=2^15, r=8, p=3: 32 MiB per hash and ~150 ms on a server core. This is one of OWASP's
 * equivalent scrypt settings (2^17/8/1 at 128 MiB, …, 2^15/8/3 at 32 MiB); the lower memory
 * keeps several parallel logins within a small VM.
 */
export const defaultScryptParams: ScryptParams = { log2N: 15, r: 8, p: 3 };

const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const N = 2 ** params.log2N;
  const options: ScryptOptions = {
    N,
    r: params.r,
    p: params.p,
    // scrypt needs 128·N·r bytes; leave headroom over Node's 32 MiB default.
    maxmem: 256 * N * params.r,
  };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

export async function hashPassword(
  password: string,
  params: ScryptParams = defaultScryptParams,
): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return [
    'scrypt',
    params.log2N,
    params.r,
    params.p,
    salt.toString('base64'),
    key.toString('base64'),
  ].join('$');
}

function parse(stored: string): { params: ScryptParams; salt: Buffer; key: Buffer } | undefined {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return undefined;
  const [log2N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![log2N, r, p].every((n) => Number.isInteger(n) && n > 0) || log2N > 22) return undefined;
  return {
    params: { log2N, r, p },
    salt: Buffer.from(parts[4] ?? '', 'base64'),
    key: Buffer.from(parts[5] ?? '', 'base64'),
  };
}

/** Constant-time comparison; an unparsable stored hash never verifies. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.params);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

export function needsRehash(stored: string, params: ScryptParams = defaultScryptParams): boolean {
  const parsed = parse(stored);
  if (!parsed) return true;
  return (
    parsed.params.log2N < params.log2N || parsed.params.r < params.r || parsed.params.p < params.p
  );
}

/** A hash of a random password: verifying against it costs the same as for a real user, so
 * response times don't reveal which e-mail addresses exist. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(params: ScryptParams): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'), params);
  return dummyHash;
}

/** A one-time password for bootstrap and admin resets: 20 characters from an unambiguous
 * alphabet (~100 bits), grouped for reading aloud. */
export function generateOneTimePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  // Rejection sampling: only bytes below a multiple of the alphabet size, so no letter is
  // more likely than another.
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < 20) {
    for (const byte of randomBytes(32)) {
      if (byte < limit && out.length < 20) out += alphabet.charAt(byte % alphabet.length);
    }
  }
  return (out.match(/.{5}/g) ?? [out]).join('-');
}
