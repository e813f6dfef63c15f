import { bytes } from '../crypto/keystore';

/**
 * The device backup file: one binary container, encrypted and authenticated under a
 * passphrase chosen for the backup (never the device passphrase, which stays on the tablet).
 *
 *   offset size  field
 *        0    8  magic "PERSPBAK"
 *        8    2  container format (big-endian), 1
 *       10    1  key derivation: 1 = PBKDF2-HMAC-SHA256
 *       11    4  PBKDF2 iterations (big-endian)
 *       15   16  salt (random per file)
 *       31   12  AES-GCM IV (random per file)
 *       43   32  passphrase check (HKDF from the derived secret, see below)
 *       75    4  ciphertext length in bytes, tag included (big-endian)
 *       79    …  AES-256-GCM ciphertext of the contents (JSON, contents.ts), tag at the end
 *
 * The whole 79-byte header is the additional authenticated data: changing any header byte,
 * or any ciphertext byte, makes decryption fail. PBKDF2 (600,000 iterations by default, the
 * device key's cost) gives one 256-bit secret; HKDF-SHA256 splits it into the AES key and
 * the check value, so a wrong passphrase is told apart from a damaged file without giving an
 * attacker a cheaper test than decrypting (both need the full PBKDF2 run). A length that
 * does not match says truncated (or extended) before any key is derived.
 *
 * Everything here is pure WebCrypto on byte arrays: no storage, works offline, and it runs
 * the same in the browser and in Node (tests). The passphrase is only passed to WebCrypto;
 * derived bytes are zeroed after use.
 */
const MAGIC = new TextEncoder().encode('PERSPBAK');
export const CONTAINER_FORMAT = 1;
const KDF_PBKDF2_SHA256 = 1;
export const BACKUP_ITERATIONS = 600_000;
const MIN_ITERATIONS = 1_000;
const MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const CHECK_BYTES = 32;
export const HEADER_BYTES = 8 + 2 + 1 + 4 + SALT_BYTES + IV_BYTES + CHECK_BYTES + 4;

/** Why a file is refused; the screens say each in plain German (`backup:restore.problem`). */
export const BACKUP_PROBLEMS = [
  'not-a-backup',
  'unknown-format',
  'truncated',
  'wrong-passphrase',
  'damaged',
  'newer-app',
  'not-empty',
] as const;
export type BackupProblem = (typeof BACKUP_PROBLEMS)[number];

export class BackupError extends Error {
  constructor(readonly problem: BackupProblem) {
    // A code only: never a value from the file or the device.
    super(`Backup refused: ${problem}`);
    this.name = 'BackupError';
  }
}

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;

async function deriveKeys(passphrase: string, salt: Uint8Array, iterations: number) {
  const material = await subtle().importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const secret = new Uint8Array(
    await subtle().deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: bytes(salt), iterations },
      material,
      256,
    ),
  );
  try {
    const hkdf = await subtle().importKey('raw', secret, 'HKDF', false, [
      'deriveKey',
      'deriveBits',
    ]);
    const params = (info: string) => ({
      name: 'HKDF',
      hash: 'SHA-256',
      salt: new Uint8Array(0),
      info: new TextEncoder().encode(`perspektive-backup|${info}`),
    });
    const key = await subtle().deriveKey(
      params('key'),
      hkdf,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    );
    const check = new Uint8Array(await subtle().deriveBits(params('check'), hkdf, 256));
    return { key, check };
  } finally {
    secret.fill(0);
  }
}

/** Encrypts `plain` (the contents' JSON) into a backup file. */
export async function sealBackup(
  plain: Uint8Array,
  passphrase: string,
  iterations = BACKUP_ITERATIONS,
): Promise<Uint8Array<ArrayBuffer>> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const { key, check } = await deriveKeys(passphrase, salt, iterations);
  const ciphertextLength = plain.byteLength + 16; // AES-GCM appends a 128-bit tag
  const header = new Uint8Array(HEADER_BYTES);
  const view = new DataView(header.buffer);
  header.set(MAGIC, 0);
  view.setUint16(8, CONTAINER_FORMAT);
  view.setUint8(10, KDF_PBKDF2_SHA256);
  view.setUint32(11, iterations);
  header.set(salt, 15);
  header.set(iv, 31);
  header.set(check, 43);
  view.setUint32(75, ciphertextLength);
  const ciphertext = new Uint8Array(
    await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: header }, key, bytes(plain)),
  );
  const file = new Uint8Array(HEADER_BYTES + ciphertext.byteLength);
  file.set(header, 0);
  file.set(ciphertext, HEADER_BYTES);
  return file;
}

/**
 * Checks and decrypts a backup file; returns the contents' bytes. Refuses with a BackupError
 * before any key is derived when the file is not a backup, of an unknown format or not of
 * its stated length; after, when the passphrase does not match or the file was altered.
 */
export async function openBackup(file: Uint8Array, passphrase: string): Promise<Uint8Array> {
  if (file.byteLength < MAGIC.byteLength || MAGIC.some((b, i) => file[i] !== b)) {
    throw new BackupError('not-a-backup');
  }
  if (file.byteLength < HEADER_BYTES) throw new BackupError('truncated');
  const header = file.slice(0, HEADER_BYTES);
  const view = new DataView(header.buffer);
  const iterations = view.getUint32(11);
  if (
    view.getUint16(8) !== CONTAINER_FORMAT ||
    view.getUint8(10) !== KDF_PBKDF2_SHA256 ||
    iterations < MIN_ITERATIONS ||
    iterations > MAX_ITERATIONS
  ) {
    throw new BackupError('unknown-format');
  }
  const expected = HEADER_BYTES + view.getUint32(75);
  if (file.byteLength < expected) throw new BackupError('truncated');
  if (file.byteLength > expected) throw new BackupError('damaged');
  const { key, check } = await deriveKeys(passphrase, header.slice(15, 31), iterations);
  const stored = header.slice(43, 75);
  const matches = check.every((b, i) => b === stored[i]);
  check.fill(0);
  if (!matches) throw new BackupError('wrong-passphrase');
  try {
    return new Uint8Array(
      await subtle().decrypt(
        { name: 'AES-GCM', iv: header.slice(31, 43), additionalData: header },
        key,
        file.slice(HEADER_BYTES),
      ),
    );
  } catch {
    throw new BackupError('damaged');
  }
}
