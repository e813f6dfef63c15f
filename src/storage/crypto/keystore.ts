/**
 * Device key management. Every personal record on the device is encrypted with one random
 * AES-256-GCM *data key* per user per device. The data key is stored only wrapped (AES-KW)
 * under a key derived from the user's passphrase with PBKDF2-SHA256; unwrapped it exists only
 * in memory, as a non-extractable CryptoKey. Changing the passphrase re-wraps the data key;
 * no record has to be re-encrypted.
 */
export const DEFAULT_PBKDF2_ITERATIONS = 600_000; // OWASP 2023 for PBKDF2-HMAC-SHA256

/** What is stored in plain text to unlock later. None of it reveals the key. */
export type WrappedKey = {
  version: 1;
  kdf: 'PBKDF2-SHA256';
  iterations: number;
  salt: Uint8Array;
  wrapped: Uint8Array;
};

/** Thrown for a wrong passphrase (or a damaged key record); never says which. */
export class UnlockFailedError extends Error {
  constructor() {
    super('The passphrase is wrong or the key record is damaged.');
    this.name = 'UnlockFailedError';
  }
}

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;

/**
 * Copies stored bytes into a Uint8Array of this realm: IndexedDB may hand back a typed array
 * from another realm (or a plain object in old engines), which WebCrypto rejects.
 */
export function bytes(value: ArrayLike<number>): Uint8Array<ArrayBuffer> {
  // A typed array copies in one block; Uint8Array.from would go element by element (the
  // case list decrypts thousands of records, where that copy alone took most of a second).
  return ArrayBuffer.isView(value) ? new Uint8Array(value as Uint8Array) : Uint8Array.from(value);
}

async function deriveWrappingKey(
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
): Promise<CryptoKey> {
  const material = await subtle().importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: bytes(salt), iterations },
    material,
    { name: 'AES-KW', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

async function wrap(
  dataKey: CryptoKey,
  passphrase: string,
  iterations: number,
): Promise<WrappedKey> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const wrappingKey = await deriveWrappingKey(passphrase, salt, iterations);
  const wrapped = new Uint8Array(await subtle().wrapKey('raw', dataKey, wrappingKey, 'AES-KW'));
  return { version: 1, kdf: 'PBKDF2-SHA256', iterations, salt, wrapped };
}

async function unwrap(
  record: WrappedKey,
  passphrase: string,
  extractable: boolean,
): Promise<CryptoKey> {
  const wrappingKey = await deriveWrappingKey(passphrase, record.salt, record.iterations);
  try {
    return await subtle().unwrapKey(
      'raw',
      bytes(record.wrapped),
      wrappingKey,
      'AES-KW',
      { name: 'AES-GCM', length: 256 },
      extractable,
      ['encrypt', 'decrypt'],
    );
  } catch {
    // AES-KW's integrity check fails for a wrong passphrase: report it uniformly.
    throw new UnlockFailedError();
  }
}

/** Creates a new random data key and returns it wrapped under `passphrase`. */
export async function createWrappedKey(
  passphrase: string,
  iterations = DEFAULT_PBKDF2_ITERATIONS,
): Promise<WrappedKey> {
  // Extractable only for this one wrap; the unlocked key used afterwards is not.
  const dataKey = await subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
    'decrypt',
  ]);
  return wrap(dataKey, passphrase, iterations);
}

/** Unwraps the data key as a non-extractable key; throws UnlockFailedError when wrong. */
export function unlockKey(record: WrappedKey, passphrase: string): Promise<CryptoKey> {
  return unwrap(record, passphrase, false);
}

/**
 * Re-wraps the same data key under a new passphrase (and optionally more iterations).
 * Existing ciphertexts stay valid. Throws UnlockFailedError when `oldPassphrase` is wrong.
 */
export async function rewrapKey(
  record: WrappedKey,
  oldPassphrase: string,
  newPassphrase: string,
  iterations = Math.max(record.iterations, DEFAULT_PBKDF2_ITERATIONS),
): Promise<WrappedKey> {
  const dataKey = await unwrap(record, oldPassphrase, true);
  return wrap(dataKey, newPassphrase, iterations);
}
