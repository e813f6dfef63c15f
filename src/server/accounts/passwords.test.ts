import { describe, expect, it } from 'vitest';
import { generateOneTimePassword, hashPassword, needsRehash, verifyPassword } from './passwords';

const cheap = { log2N: 10, r: 8, p: 1 };

describe('password hashing', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const hash = await hashPassword('correct horse battery', cheap);
    expect(hash).toMatch(/^scrypt\$10\$8\$1\$/);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same', cheap)).not.toBe(await hashPassword('same', cheap));
  });

  it('never verifies a malformed stored hash', async () => {
    expect(await verifyPassword('x', 'plain')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$99$8$1$AA==$AA==')).toBe(false);
  });

  it('asks for a rehash when the parameters were raised', async () => {
    const hash = await hashPassword('pw', cheap);
    expect(needsRehash(hash, cheap)).toBe(false);
    expect(needsRehash(hash, { log2N: 15, r: 8, p: 3 })).toBe(true);
  });

  it('verifies with the default (production) parameters', async () => {
    const hash = await hashPassword('a long enough passphrase');
    expect(hash.startsWith('scrypt$15$8$3$')).toBe(true);
    expect(await verifyPassword('a long enough passphrase', hash)).toBe(true);
  });

  it('generates distinct readable one-time passwords', () => {
    const a = generateOneTimePassword();
    expect(a).toMatch(/^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$/);
    expect(generateOneTimePassword()).not.toBe(a);
  });
});
