import { issue } from '../core/issue.js';
import { fail, ok, type Result } from '../core/result.js';
import { parseThaiId } from './thai-id.js';

/**
 * Keyed hashes (HMAC-SHA256, WebCrypto) for look-ups and registry linkage (SPEC §11): the same ID
 * and key give the same hash on the phone and the server, and no raw ID needs to leave the system.
 */
export type HashKey = CryptoKey;

const MIN_KEY_BYTES = 32;

export async function importHashKey(secret: Uint8Array<ArrayBuffer>): Promise<Result<HashKey>> {
  if (!(secret instanceof Uint8Array) || secret.byteLength < MIN_KEY_BYTES) {
    return fail([issue('HASH_KEY_TOO_SHORT', '', { min: MIN_KEY_BYTES })]);
  }
  const key = await globalThis.crypto.subtle.importKey(
    'raw',
    secret,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return ok(key);
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** HMAC-SHA256 of a text (UTF-8), as 64 lowercase hex digits. */
export async function keyedHash(key: HashKey, text: string): Promise<string> {
  const mac = new Uint8Array(
    await globalThis.crypto.subtle.sign('HMAC', key, new TextEncoder().encode(text)),
  );
  let hex = '';
  for (const byte of mac) hex += HEX[byte];
  return hex;
}

/** The linkage hash of a national ID: normalised first, so "1-2345-…" and "12345…" hash alike. */
export async function nationalIdHash(
  key: HashKey,
  input: unknown,
  path = '',
): Promise<Result<string>> {
  const id = parseThaiId(input, path);
  if (!id.ok) return id;
  return ok(await keyedHash(key, id.value));
}
