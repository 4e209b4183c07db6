/**
 * The access rules in numbers, in one place so the report and the code cannot disagree.
 * - Passwords: argon2id (the library's default algorithm) with OWASP's minimum profile, 19 MiB of
 *   memory, 2 passes, 1 lane: about 30 ms per login on a 2-core server, so a burst of teachers logging
 *   in before a deadline stays cheap while an offline guess costs 19 MiB and 2 passes each.
 * - Sessions: idle 30 minutes (a shared school computer left open), absolute 12 hours (one working
 *   day, then log in again); each request slides the idle limit but never past the absolute one,
 *   and writes the new limit only when it moves by more than a minute (a session may so end up to a
 *   minute early; in exchange most requests cost no database write).
 * - Lockout: 5 failures in a row lock the account for 15 minutes; the counter resets on success.
 *   Passwords at login, passwords re-entered to change a credential and signing PINs share the one
 *   counter, so a stolen session cannot guess a PIN more often than a stranger guesses a password.
 * - Signing PIN: 6 digits, argon2id like a password (a million PINs fall fast to an offline search
 *   anyway; the lockout is what protects them online), not one digit six times and no straight
 *   run up or down (123456, 654321, 890123).
 * - TOTP enrolment: the code must be confirmed within 10 minutes of starting.
 * - Expired sessions are deleted at start and every 10 minutes.
 */
export const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;
export const SESSION_TOUCH_MS = 60_000;

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

/** A new password's length: long enough to resist guessing, short enough not to feed argon2 megabytes. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;

export const PIN_DIGITS = 6;
export const TOTP_ENROLMENT_MINUTES = 10;
export const SESSION_SWEEP_MS = 10 * 60_000;

export const SESSION_COOKIE = 'isee_session';
export const CSRF_HEADER = 'x-csrf-token';
