import { describe, expect, it } from 'vitest';
import {
  createWrappedKey,
  DEFAULT_PBKDF2_ITERATIONS,
  rewrapKey,
  unlockKey,
  UnlockFailedError,
} from './keystore';
import { DecryptionFailedError, open, seal } from './recordCipher';
import { checkPassphrase } from './passphrasePolicy';

// Fewer iterations keep the suite fast; the default is asserted separately.
const FAST = 1_000;
const pass = 'Korrekt Pferd 7 Batterie';
const record = { store: 'cases', id: '0b4c8f8e-6a53-4b43-9d5e-0d7d2f1f4a10', schemaVersion: 1 };
const secret = { name: 'SENTINEL-Amina-Beispiel', health: 'SENTINEL-Diabetes' };

describe('device key', () => {
  it('uses at least 600,000 PBKDF2 iterations by default', async () => {
    expect(DEFAULT_PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const wrapped = await createWrappedKey(pass);
    expect(wrapped.iterations).toBe(DEFAULT_PBKDF2_ITERATIONS);
    expect(wrapped.salt).toHaveLength(16);
  });

  it('unlocks to a non-extractable key; a wrong passphrase fails', async () => {
    const wrapped = await createWrappedKey(pass, FAST);
    const key = await unlockKey(wrapped, pass);
    expect(key.extractable).toBe(false);
    await expect(globalThis.crypto.subtle.exportKey('raw', key)).rejects.toThrow();
    await expect(unlockKey(wrapped, 'Falsches Pferd 7 Batterie')).rejects.toBeInstanceOf(
      UnlockFailedError,
    );
  });

  it('re-wraps under a new passphrase without re-encrypting data', async () => {
    const wrapped = await createWrappedKey(pass, FAST);
    const sealed = await seal(await unlockKey(wrapped, pass), record, secret);
    const rewrapped = await rewrapKey(wrapped, pass, 'Neues Passwort 2026!', FAST);
    await expect(unlockKey(rewrapped, pass)).rejects.toBeInstanceOf(UnlockFailedError);
    const key = await unlockKey(rewrapped, 'Neues Passwort 2026!');
    expect(await open(key, record, sealed)).toEqual(secret);
    await expect(rewrapKey(wrapped, 'wrong', 'x', FAST)).rejects.toBeInstanceOf(UnlockFailedError);
  });
});

describe('record cipher', () => {
  it('round-trips and leaves no plaintext in the ciphertext', async () => {
    const key = await unlockKey(await createWrappedKey(pass, FAST), pass);
    const sealed = await seal(key, record, secret);
    const bytes = new TextDecoder('latin1').decode(sealed.ct);
    expect(bytes).not.toContain('SENTINEL');
    expect(await open(key, record, sealed)).toEqual(secret);
  });

  it('fails for a ciphertext moved to another record or another store', async () => {
    const key = await unlockKey(await createWrappedKey(pass, FAST), pass);
    const sealed = await seal(key, record, secret);
    await expect(open(key, { ...record, id: 'another-id' }, sealed)).rejects.toBeInstanceOf(
      DecryptionFailedError,
    );
    await expect(open(key, { ...record, store: 'sessions' }, sealed)).rejects.toBeInstanceOf(
      DecryptionFailedError,
    );
  });

  it('fails for an altered ciphertext or IV', async () => {
    const key = await unlockKey(await createWrappedKey(pass, FAST), pass);
    const sealed = await seal(key, record, secret);
    const ct = sealed.ct.slice();
    ct[3] = (ct[3] ?? 0) ^ 0x01;
    await expect(open(key, record, { ...sealed, ct })).rejects.toBeInstanceOf(
      DecryptionFailedError,
    );
    const iv = sealed.iv.slice();
    iv[0] = (iv[0] ?? 0) ^ 0x01;
    await expect(open(key, record, { ...sealed, iv })).rejects.toBeInstanceOf(
      DecryptionFailedError,
    );
  });

  it('uses a fresh IV for every write (10,000 writes, no repeat)', async () => {
    const key = await unlockKey(await createWrappedKey(pass, FAST), pass);
    const ivs = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const { iv } = await seal(key, record, i);
      ivs.add(Array.from(iv).join(','));
    }
    expect(ivs.size).toBe(10_000);
  });

  it('cannot decrypt with another device key', async () => {
    const a = await unlockKey(await createWrappedKey(pass, FAST), pass);
    const b = await unlockKey(await createWrappedKey(pass, FAST), pass);
    await expect(open(b, record, await seal(a, record, secret))).rejects.toBeInstanceOf(
      DecryptionFailedError,
    );
  });
});

describe('passphrase policy', () => {
  it.each([
    ['123456', ['too-short', 'digits-only']],
    ['123456789012', ['digits-only']],
    ['abcdefghijkl', ['one-kind']],
    ['aaaaaaaaaaaA', ['repetitive']],
    ['Kurz1!', ['too-short']],
    [pass, []],
    ['grüne Wiese am Fluss', []],
  ])('%s → %j', (candidate, problems) => {
    expect(checkPassphrase(candidate)).toEqual(problems);
  });
});
