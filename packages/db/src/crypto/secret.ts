import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { fail, issue, ok, type Result } from '@isee/domain';
import { IV_BYTES, seal, unseal } from './aead.js';
import type { IdKeys } from './national-id.js';

/**
 * Secrets other than national IDs (a TOTP secret, say) at rest: the same AES-256-GCM layout as IDs,
 * `iv | ciphertext | tag`, under secretKey, so no secret can be opened with the IDs' key or the
 * other way round. The text is never logged.
 */
export function encryptSecret(keys: IdKeys, text: string): Uint8Array {
  return new Uint8Array(seal(keys.secretKey, randomBytes(IV_BYTES), text));
}

/** The text back, or SECRET_UNREADABLE for a wrong key or damaged bytes. */
export function decryptSecret(keys: IdKeys, enc: Uint8Array, path = ''): Result<string> {
  const text = unseal(keys.secretKey, enc);
  return text === undefined ? fail([issue('SECRET_UNREADABLE', path)]) : ok(text);
}

/** HMAC-SHA256 (base64url) of a text the server hands out and must recognise when it returns. */
export const signatureOf = (keys: IdKeys, text: string): string =>
  createHmac('sha256', keys.signKey).update(text, 'utf8').digest('base64url');

/** Whether a signature is this server's for the text, compared in constant time. */
export function signatureMatches(keys: IdKeys, text: string, signature: string): boolean {
  const expected = Buffer.from(signatureOf(keys, text), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
