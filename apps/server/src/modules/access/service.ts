import { appendAudit, decryptSecret, type AuditEntry, type IdKeys } from '@isee/db';
import { fail, issue, ok, unwrap, type Result } from '@isee/domain';
import { pinIssue } from './pin.js';
import { LOCKOUT_MINUTES } from './policy.js';
import { grantsOf, type AssignmentRow, type Principal } from './principal.js';
import {
  clearFailures,
  deleteExpiredSessions,
  endSession,
  findCredentials,
  findLoginUser,
  recordFailure,
  setSigningPinHash,
  startSession,
  touchSession,
  userPrincipalRows,
  type AccessDatabase,
  type Credentials,
  type LoginUser,
  type Transaction,
} from './repository.js';
import {
  burnPasswordCheck,
  csrfTokenOf,
  hashPassword,
  newSessionToken,
  passwordMatches,
  sameHash,
  tokenHash,
} from './secrets.js';
import { totpMatches, type TotpSecretReader } from './totp.js';

export interface AccessOptions {
  /** The clock sessions and lockouts are measured by (tests move it). */
  readonly now?: () => Date;
  /** See totp.ts: by default the secret is decrypted with the app's keys. */
  readonly totpSecret?: TotpSecretReader;
}

export interface AccessContext {
  readonly db: AccessDatabase;
  /** Encrypt TOTP secrets and sign enrolment tokens (@isee/db's crypto). */
  readonly keys: IdKeys;
  readonly now: () => Date;
  readonly totpSecret: TotpSecretReader;
}

/** Decrypts with the keys; a secret they cannot open reads as none, and its account fails closed. */
const decryptingReader =
  (keys: IdKeys): TotpSecretReader =>
  (enc) => {
    const secret = decryptSecret(keys, enc);
    return secret.ok ? secret.value : undefined;
  };

export const accessContext = (
  db: AccessDatabase,
  keys: IdKeys,
  options: AccessOptions = {},
): AccessContext => ({
  db,
  keys,
  now: options.now ?? (() => new Date()),
  totpSecret: options.totpSecret ?? decryptingReader(keys),
});

export interface LoginInput {
  readonly username: string;
  readonly password: string;
  readonly totp?: string | undefined;
}

export interface Authenticated {
  readonly principal: Principal;
  /** For the cookie only. */
  readonly sessionToken: string;
  readonly csrfToken: string;
}

/** Appends inside the write's transaction; a refusal means a bug in what we audit, so it throws. */
export const audit = async (tx: Transaction, entry: AuditEntry): Promise<void> => {
  unwrap(await appendAudit(tx, entry));
};

const authFailed = () => fail([issue('AUTH_FAILED', '', { minutes: LOCKOUT_MINUTES })]);

function principalOf(
  rows: ReadonlyArray<AssignmentRow & { userId: number; username: string; displayName: string }>,
): Principal | undefined {
  const first = rows[0];
  if (first === undefined) return undefined;
  return {
    userId: first.userId,
    username: first.username,
    displayName: first.displayName,
    roles: grantsOf(rows),
  };
}

type Failure = 'unknown_user' | 'inactive' | 'locked' | 'password' | 'totp';

/** Why a known user's credentials fail, or undefined when they pass (TOTP aside). */
async function credentialFailure(user: LoginUser, input: LoginInput): Promise<Failure | undefined> {
  // Verified in every case, so a locked or inactive account answers as slowly as any other.
  const matches = await passwordMatches(user.passwordHash, input.password);
  if (!user.active) return 'inactive';
  if (user.locked) return 'locked';
  return matches ? undefined : 'password';
}

/** undefined when no code is needed or the code is right; a wrong code counts as a failure. */
function totpProblem(
  ctx: AccessContext,
  user: LoginUser,
  code: string | undefined,
): Result<never> | 'totp' | undefined {
  if (user.totpSecretEnc === null) return undefined;
  const secret = ctx.totpSecret(user.totpSecretEnc);
  if (secret === undefined) return fail([issue('AUTH_TOTP_UNAVAILABLE', 'totp')]);
  if (code === undefined || code === '') return fail([issue('AUTH_TOTP_REQUIRED', 'totp')]);
  return totpMatches(secret, code, ctx.now()) ? undefined : 'totp';
}

async function refuse(
  ctx: AccessContext,
  user: LoginUser | undefined,
  reason: Failure,
): Promise<Result<never>> {
  const now = ctx.now();
  await ctx.db.db.transaction(async (tx) => {
    // Attempts on a locked account do not extend the lock: an attacker cannot keep a teacher out.
    if (user !== undefined && (reason === 'password' || reason === 'totp'))
      await recordFailure(tx, user.id, now);
    await audit(tx, {
      actorUserId: null,
      action: 'auth.login_failed',
      entity: 'app_user',
      entityId: user?.id ?? 'unknown',
      details: { reason },
    });
  });
  return authFailed();
}

/** Checks the credentials and opens a session; every refusal to a stranger looks the same. */
export async function login(ctx: AccessContext, input: LoginInput): Promise<Result<Authenticated>> {
  const user = await findLoginUser(ctx.db, input.username, ctx.now());
  if (user === undefined) {
    await burnPasswordCheck(input.password);
    return refuse(ctx, undefined, 'unknown_user');
  }
  const failure = await credentialFailure(user, input);
  if (failure !== undefined) return refuse(ctx, user, failure);
  const totp = totpProblem(ctx, user, input.totp);
  if (totp === 'totp') return refuse(ctx, user, 'totp');
  if (totp !== undefined) return totp;

  const sessionToken = newSessionToken();
  const csrfToken = csrfTokenOf(sessionToken);
  await ctx.db.db.transaction(async (tx) => {
    await startSession(tx, {
      userId: user.id,
      tokenHash: tokenHash(sessionToken),
      csrfTokenHash: tokenHash(csrfToken),
      now: ctx.now(),
    });
    await audit(tx, {
      actorUserId: user.id,
      action: 'auth.login',
      entity: 'app_user',
      entityId: user.id,
    });
  });
  const principal = principalOf(await userPrincipalRows(ctx.db, user.id));
  if (principal === undefined) return authFailed();
  return ok({ principal, sessionToken, csrfToken });
}

export interface SessionState {
  readonly principal: Principal;
  readonly csrfTokenHash: string;
}

/** The live session of a cookie's token, its idle limit slid forward; undefined if none. */
export async function resumeSession(
  ctx: AccessContext,
  sessionToken: string,
): Promise<SessionState | undefined> {
  const rows = await touchSession(ctx.db, tokenHash(sessionToken), ctx.now());
  const principal = principalOf(rows);
  const csrfTokenHash = rows[0]?.csrfTokenHash;
  return principal === undefined || csrfTokenHash === undefined
    ? undefined
    : { principal, csrfTokenHash };
}

export const csrfMatches = (state: SessionState, header: string | undefined): boolean =>
  header !== undefined && sameHash(tokenHash(header), state.csrfTokenHash);

export async function logout(ctx: AccessContext, sessionToken: string): Promise<void> {
  await ctx.db.db.transaction(async (tx) => {
    const userId = await endSession(tx, tokenHash(sessionToken));
    if (userId !== undefined)
      await audit(tx, {
        actorUserId: userId,
        action: 'auth.logout',
        entity: 'app_user',
        entityId: userId,
      });
  });
}

/** Expired sessions are dead already; deleting them keeps the table to the live ones. */
export async function sweepSessions(ctx: AccessContext): Promise<number> {
  return ctx.db.db.transaction(async (tx) => {
    const deleted = await deleteExpiredSessions(tx, ctx.now());
    if (deleted > 0)
      await audit(tx, {
        actorUserId: null,
        action: 'session.sweep',
        entity: 'session',
        entityId: 'expired',
        details: { deleted },
      });
    return deleted;
  });
}

const locked = (minutes: number, path: string) => fail([issue('AUTH_LOCKED', path, { minutes })]);

/**
 * Counts a wrong password or PIN of a signed-in user against the lockout, like a failed login;
 * answers the refusal to give, AUTH_LOCKED when this failure locked the account.
 */
async function failure(
  ctx: AccessContext,
  userId: number,
  action: string,
  refusal: Result<never>,
  path: string,
): Promise<Result<never>> {
  const nowLocked = await ctx.db.db.transaction(async (tx) => {
    const lockedNow = await recordFailure(tx, userId, ctx.now());
    await audit(tx, { actorUserId: userId, action, entity: 'app_user', entityId: userId });
    return lockedNow;
  });
  return nowLocked ? locked(LOCKOUT_MINUTES, path) : refusal;
}

/** A right password or PIN ends the run of failures, as a login does. */
async function succeeded(ctx: AccessContext, userId: number, by: 'password' | 'pin') {
  await ctx.db.db.transaction(async (tx) => {
    if (await clearFailures(tx, userId))
      await audit(tx, {
        actorUserId: userId,
        action: 'auth.failures_cleared',
        entity: 'app_user',
        entityId: userId,
        details: { by },
      });
  });
}

/**
 * A signed-in user re-enters the password before changing a credential (PIN, TOTP). A wrong one
 * counts towards the lockout; while locked, even the right one is refused.
 */
export async function confirmPassword(
  ctx: AccessContext,
  userId: number,
  password: string,
): Promise<Result<Credentials>> {
  const user = await findCredentials(ctx.db, userId, ctx.now());
  if (user === undefined || !user.active) return authFailed();
  if (user.lockedMinutes > 0) return locked(user.lockedMinutes, 'password');
  if (!(await passwordMatches(user.passwordHash, password)))
    return failure(
      ctx,
      user.id,
      'auth.password_failed',
      fail([issue('AUTH_PASSWORD_WRONG', 'password')]),
      'password',
    );
  await succeeded(ctx, user.id, 'password');
  return ok(user);
}

export interface NewSigningPin {
  readonly password: string;
  readonly pin: string;
}

/** Sets the caller's signing PIN (policy.ts), confirmed by the password; the PIN is stored hashed. */
export async function setSigningPin(
  ctx: AccessContext,
  userId: number,
  input: NewSigningPin,
): Promise<Result<void>> {
  const weak = pinIssue(input.pin);
  if (weak !== undefined) return fail([weak]);
  const confirmed = await confirmPassword(ctx, userId, input.password);
  if (!confirmed.ok) return confirmed;
  const pinHash = await hashPassword(input.pin);
  await ctx.db.db.transaction(async (tx) => {
    await setSigningPinHash(tx, userId, pinHash);
    await audit(tx, {
      actorUserId: userId,
      action: 'app_user.signing_pin_set',
      entity: 'app_user',
      entityId: userId,
    });
  });
  return ok(undefined);
}

/**
 * A signer's PIN re-entered (the screening module's certification): a wrong PIN counts towards the
 * same lockout as passwords, a right one clears the count. The PIN is verified (or a dummy hash
 * burnt) before any answer, so the timing tells nothing about whether a PIN is set.
 */
export async function verifySigningPin(
  ctx: AccessContext,
  userId: number,
  pin: string,
): Promise<Result<void>> {
  const user = await findCredentials(ctx.db, userId, ctx.now());
  const pinHash = user?.signingPinHash ?? null;
  let matches = false;
  if (pinHash === null) await burnPasswordCheck(pin);
  else matches = await passwordMatches(pinHash, pin);
  if (user === undefined || !user.active)
    return fail([issue('AUTH_FAILED', 'pin', { minutes: LOCKOUT_MINUTES })]);
  if (user.lockedMinutes > 0) return locked(user.lockedMinutes, 'pin');
  if (pinHash === null) return fail([issue('AUTH_PIN_NOT_SET', 'pin')]);
  if (!matches)
    return failure(
      ctx,
      user.id,
      'auth.pin_failed',
      fail([issue('AUTH_PIN_WRONG', 'pin', { minutes: LOCKOUT_MINUTES })]),
      'pin',
    );
  await succeeded(ctx, user.id, 'pin');
  return ok(undefined);
}
