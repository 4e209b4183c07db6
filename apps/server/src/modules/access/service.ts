import { appendAudit, type AuditEntry } from '@isee/db';
import { fail, issue, ok, unwrap, type Result } from '@isee/domain';
import { LOCKOUT_MINUTES } from './policy.js';
import { grantsOf, type AssignmentRow, type Principal } from './principal.js';
import {
  endSession,
  findLoginUser,
  recordLoginFailure,
  resetPassword,
  startSession,
  touchSession,
  userPrincipalRows,
  type AccessDatabase,
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
  /** See totp.ts: without one, accounts with a TOTP secret cannot log in. */
  readonly totpSecret?: TotpSecretReader;
}

export interface AccessContext {
  readonly db: AccessDatabase;
  readonly now: () => Date;
  readonly totpSecret: TotpSecretReader | undefined;
}

export const accessContext = (db: AccessDatabase, options: AccessOptions = {}): AccessContext => ({
  db,
  now: options.now ?? (() => new Date()),
  totpSecret: options.totpSecret,
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
const audit = async (tx: Transaction, entry: AuditEntry): Promise<void> => {
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
  const secret = ctx.totpSecret?.(user.totpSecretEnc);
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
      await recordLoginFailure(tx, user.id, now);
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

/** An admin sets a user's password: the lockout is lifted and the user's sessions end. */
export async function adminResetPassword(
  ctx: AccessContext,
  admin: Principal,
  userId: number,
  password: string,
): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return ctx.db.db.transaction(async (tx) => {
    if (!(await resetPassword(tx, userId, passwordHash))) return false;
    await audit(tx, {
      actorUserId: admin.userId,
      action: 'app_user.password_reset',
      entity: 'app_user',
      entityId: userId,
    });
    return true;
  });
}
