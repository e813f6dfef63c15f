/**
 * Encrypts one stored record. AES-256-GCM with a fresh random 96-bit IV per write; the
 * record's identity (store, id, schema version) is bound as additional authenticated data,
 * so a ciphertext copied into another record, or altered, fails to decrypt.
 *
 * Call these OUTSIDE Dexie transactions: awaiting WebCrypto inside one lets IndexedDB
 * auto-commit the transaction (TransactionInactiveError). Encrypt, then write; read, then
 * decrypt.
 */
import { bytes } from './keystore';

export type Sealed = { v: 1; iv: Uint8Array; ct: Uint8Array };

export type RecordIdentity = { store: string; id: string; schemaVersion: number };

export class DecryptionFailedError extends Error {
  constructor(identity: RecordIdentity) {
    // Identity only: ids are random UUIDs and carry no personal data.
    super(`Record ${identity.store}/${identity.id} cannot be decrypted (altered or misplaced).`);
    this.name = 'DecryptionFailedError';
  }
}

function aad({ store, id, schemaVersion }: RecordIdentity): Uint8Array {
  return new TextEncoder().encode(`perspektive|${store}|${id}|${schemaVersion}`);
}

export async function seal(
  key: CryptoKey,
  identity: RecordIdentity,
  value: unknown,
): Promise<Sealed> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const ct = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource, additionalData: aad(identity) as BufferSource },
    key,
    plain,
  );
  return { v: 1, iv, ct: new Uint8Array(ct) };
}

export async function open<T = unknown>(
  key: CryptoKey,
  identity: RecordIdentity,
  sealed: Sealed,
): Promise<T> {
  try {
    const plain = await globalThis.crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: bytes(sealed.iv),
        additionalData: aad(identity) as BufferSource,
      },
      key,
      bytes(sealed.ct),
    );
    return JSON.parse(new TextDecoder().decode(plain)) as T;
  } catch {
    throw new DecryptionFailedError(identity);
  }
}
