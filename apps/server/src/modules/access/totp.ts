import { Secret, TOTP } from 'otpauth';

/**
 * Reads an account's TOTP secret (base32) from app_user.totp_secret_enc. @isee/db's crypto encrypts
 * national IDs only and offers no generic AES-GCM, so the server is given no reader by default and
 * an account with a secret then cannot log in at all (fail closed); tests pass their own reader.
 */
export type TotpSecretReader = (enc: Uint8Array) => string | undefined;

/** RFC 6238 as authenticator apps use it: SHA-1, 6 digits, 30 s, one step of clock drift either way. */
export function totpMatches(secretBase32: string, code: string, at: Date): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  const totp = new TOTP({ secret: Secret.fromBase32(secretBase32), digits: 6, period: 30 });
  return totp.validate({ token: code, timestamp: at.getTime(), window: 1 }) !== null;
}
