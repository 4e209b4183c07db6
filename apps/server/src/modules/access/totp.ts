import { Secret, TOTP } from 'otpauth';

/**
 * Reads an account's TOTP secret (base32) from app_user.totp_secret_enc. The server's reader
 * decrypts with @isee/db's decryptSecret under the app's keys (service.ts); bytes it cannot open
 * read as no secret, and that account then cannot log in at all (fail closed). Tests may pass their own.
 */
export type TotpSecretReader = (enc: Uint8Array) => string | undefined;

/** RFC 6238 as authenticator apps use it: SHA-1, 6 digits, 30 s, one step of clock drift either way. */
export function totpMatches(secretBase32: string, code: string, at: Date): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  const totp = new TOTP({ secret: Secret.fromBase32(secretBase32), digits: 6, period: 30 });
  return totp.validate({ token: code, timestamp: at.getTime(), window: 1 }) !== null;
}
