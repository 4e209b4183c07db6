import { createCipheriv, createDecipheriv, type CipherKey } from 'node:crypto';

/**
 * The one AES-256-GCM layout of every value @isee/db encrypts: `iv | ciphertext | tag`, a fresh
 * 12-byte IV per value and a 16-byte tag, so a value's bytes say everything needed to open them.
 */
export const IV_BYTES = 12;
export const TAG_BYTES = 16;

/** Encrypts UTF-8 text under the given IV (the caller draws it fresh from the CSPRNG). */
export function seal(key: CipherKey, iv: Uint8Array, text: string): Buffer {
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = cipher.update(text, 'utf8');
  const final = cipher.final();
  return Buffer.concat([iv, body, final, cipher.getAuthTag()]);
}

/** The text back, or undefined for a wrong key, damaged bytes or bytes too short to be sealed. */
export function unseal(key: CipherKey, enc: Uint8Array): string | undefined {
  if (enc.byteLength < IV_BYTES + TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, enc.subarray(0, IV_BYTES));
    decipher.setAuthTag(enc.subarray(enc.byteLength - TAG_BYTES));
    return Buffer.concat([
      decipher.update(enc.subarray(IV_BYTES, enc.byteLength - TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    return undefined;
  }
}
