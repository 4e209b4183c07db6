import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { ARGON2_OPTIONS } from './policy.js';

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2_OPTIONS);

/** false for a wrong password and for a stored value that is no argon2 hash (e.g. the seed's '!'). */
export async function passwordMatches(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/**
 * Verified when the username is unknown, so an unknown user takes as long as a known one and the
 * answer's timing does not tell which usernames exist.
 */
const dummyHash = hashPassword(randomBytes(16).toString('hex'));
export async function burnPasswordCheck(password: string): Promise<void> {
  await passwordMatches(await dummyHash, password);
}

/** A session token: 256 random bits, sent only in the cookie. */
export const newSessionToken = (): string => randomBytes(32).toString('base64url');

/** What the database keeps of a token: its SHA-256, so a copy of the table opens no session. */
export const tokenHash = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * The CSRF token is derived from the session token, so GET /api/auth/me can give it again although
 * only its hash is stored; a page on another site knows neither.
 */
export const csrfTokenOf = (sessionToken: string): string =>
  createHmac('sha256', sessionToken).update('isee/csrf/v1').digest('base64url');

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
