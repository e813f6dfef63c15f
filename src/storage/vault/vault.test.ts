import { describe, expect, it } from 'vitest';
import { PerspektiveDb } from '../db';
import { UnlockFailedError } from '../crypto/keystore';
import { LockedError, PassphraseRejectedError, UnlockBackoffError, Vault } from './vault';
import { unlockDelayMs } from './unlockBackoff';

const PASS = 'Korrekt Pferd 7 Batterie';

function newVault(now?: () => Date) {
  const db = new PerspektiveDb(`vault-${crypto.randomUUID()}`);
  return new Vault(db, { iterations: 1_000, ...(now ? { now } : {}) });
}

describe('vault', () => {
  it('starts without a key, sets up, locks and unlocks again', async () => {
    const vault = newVault();
    expect(await vault.state()).toBe('no-key');
    await vault.setUp(PASS);
    expect(await vault.state()).toBe('unlocked');
    expect(vault.requireKey().extractable).toBe(false);
    vault.lock();
    expect(await vault.state()).toBe('locked');
    expect(() => vault.requireKey()).toThrow(LockedError);
    await vault.unlock(PASS);
    expect(vault.isUnlocked).toBe(true);
  });

  it('refuses a PIN-like passphrase at set-up and a second set-up', async () => {
    const vault = newVault();
    await expect(vault.setUp('123456')).rejects.toBeInstanceOf(PassphraseRejectedError);
    expect(await vault.state()).toBe('no-key');
    await vault.setUp(PASS);
    await expect(vault.setUp(PASS)).rejects.toThrow(/already/);
  });

  it('a wrong passphrase fails and counts; the back-off survives a new Vault instance', async () => {
    let clock = new Date('2026-11-21T10:00:00Z').getTime();
    const now = () => new Date(clock);
    const vault = newVault(now);
    await vault.setUp(PASS);
    vault.lock();
    for (let i = 0; i < 3; i++) {
      await expect(vault.unlock('Falsches Passwort 1')).rejects.toBeInstanceOf(UnlockFailedError);
    }
    // A reload (new instance on the same database) must not reset the counter.
    const reloaded = new Vault(vault.db, { iterations: 1_000, now });
    expect(await reloaded.retryAfterMs()).toBe(unlockDelayMs(3));
    await expect(reloaded.unlock(PASS)).rejects.toBeInstanceOf(UnlockBackoffError);
    clock += unlockDelayMs(3);
    await reloaded.unlock(PASS);
    expect(reloaded.isUnlocked).toBe(true);
    expect(await vault.retryAfterMs()).toBe(0);
    expect(await vault.db.preferences.get('unlockFailures')).toBeUndefined();
  });

  it('verifying the passphrase while unlocked shares the unlock back-off and keeps the key', async () => {
    let clock = new Date('2026-11-21T10:00:00Z').getTime();
    const now = () => new Date(clock);
    const vault = newVault(now);
    await vault.setUp(PASS);
    const key = vault.requireKey();
    for (let i = 0; i < 3; i++) {
      await expect(vault.verifyPassphrase('Falsches Passwort 1')).rejects.toBeInstanceOf(
        UnlockFailedError,
      );
    }
    // Failures here count for the lock screen too (and the other way round).
    expect(await vault.retryAfterMs()).toBe(unlockDelayMs(3));
    await expect(vault.verifyPassphrase(PASS)).rejects.toBeInstanceOf(UnlockBackoffError);
    vault.lock();
    await expect(vault.unlock(PASS)).rejects.toBeInstanceOf(UnlockBackoffError);
    clock += unlockDelayMs(3);
    await vault.unlock(PASS);
    await vault.verifyPassphrase(PASS);
    expect(await vault.retryAfterMs()).toBe(0);
    expect(vault.requireKey()).not.toBe(key); // unlocked anew above; verifying keeps it
    const current = vault.requireKey();
    await vault.verifyPassphrase(PASS);
    expect(vault.requireKey()).toBe(current);
  });

  it('changing the passphrase re-wraps: old data stays readable, old passphrase stops working', async () => {
    const vault = newVault();
    await vault.setUp(PASS);
    const data = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: new Uint8Array(12) },
      vault.requireKey(),
      new TextEncoder().encode('SENTINEL'),
    );
    await vault.changePassphrase(PASS, 'Neuer langer Satz 99');
    vault.lock();
    await expect(vault.unlock(PASS)).rejects.toBeInstanceOf(UnlockFailedError);
    await vault.unlock('Neuer langer Satz 99');
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: new Uint8Array(12) },
      vault.requireKey(),
      data,
    );
    expect(new TextDecoder().decode(plain)).toBe('SENTINEL');
  });

  it('locking drops cached decrypted values and notifies subscribers', async () => {
    const vault = newVault();
    await vault.setUp(PASS);
    let calls = 0;
    const unsubscribe = vault.subscribe(() => calls++);
    vault.remember('cases', 'x', 't', { name: 'SENTINEL' });
    expect(vault.cached('cases', 'x', 't')).toEqual({ name: 'SENTINEL' });
    expect(vault.cached('cases', 'x', 'other-version')).toBeUndefined();
    vault.lock();
    expect(vault.cached('cases', 'x', 't')).toBeUndefined();
    expect(calls).toBe(1);
    vault.remember('cases', 'x', 't', { name: 'SENTINEL' });
    expect(vault.cached('cases', 'x', 't')).toBeUndefined();
    unsubscribe();
  });
});

describe('unlock back-off', () => {
  it('is free for three attempts, then doubles up to five minutes', () => {
    expect([0, 1, 2].map(unlockDelayMs)).toEqual([0, 0, 0]);
    expect(unlockDelayMs(3)).toBe(2_000);
    expect(unlockDelayMs(4)).toBe(4_000);
    expect(unlockDelayMs(50)).toBe(300_000);
    expect(unlockDelayMs(Number.NaN)).toBe(0);
  });
});
