import type { DatabaseHandle, Row } from '@isee/db';
import { sql, type SQL } from 'drizzle-orm';
import {
  LOCKOUT_MINUTES,
  MAX_FAILED_LOGINS,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  SESSION_TOUCH_MS,
} from './policy.js';
import { rowsOf as run, type Transaction } from '../../plumbing/transaction.js';
import type { AssignmentRow } from './principal.js';

/** What access needs of the database: raw SQL for reads, Drizzle transactions for audited writes. */
export type AccessDatabase = Pick<DatabaseHandle, 'sql' | 'db'>;
export type { Transaction };

/** Instants go to SQL as ISO text from the service's clock, so tests can move time. */
const at = (when: Date): SQL => sql`${when.toISOString()}::timestamptz`;

export interface LoginUser {
  readonly id: number;
  readonly passwordHash: string;
  readonly totpSecretEnc: Uint8Array | null;
  readonly active: boolean;
  readonly locked: boolean;
}

export async function findLoginUser(
  db: AccessDatabase,
  username: string,
  now: Date,
): Promise<LoginUser | undefined> {
  const [row] = await db.sql<{
    id: number;
    password_hash: string;
    totp_secret_enc: Uint8Array | null;
    active: boolean;
    locked: boolean;
  }>(
    `select id, password_hash, totp_secret_enc, active,
            coalesce(locked_until > $2::timestamptz, false) as locked
       from app_user where username = $1`,
    [username, now.toISOString()],
  );
  return row === undefined
    ? undefined
    : {
        id: row.id,
        passwordHash: row.password_hash,
        totpSecretEnc: row.totp_secret_enc,
        active: row.active,
        locked: row.locked,
      };
}

/**
 * One more failure of a password or a PIN; the last allowed one locks the account and restarts the
 * count. Answers whether the account is locked now.
 */
export async function recordFailure(tx: Transaction, userId: number, now: Date): Promise<boolean> {
  const [row] = await run(
    tx,
    sql`update app_user set
          failed_logins = case when failed_logins + 1 >= ${MAX_FAILED_LOGINS} then 0 else failed_logins + 1 end,
          locked_until = case when failed_logins + 1 >= ${MAX_FAILED_LOGINS}
                              then ${at(now)} + make_interval(mins => ${LOCKOUT_MINUTES})
                              else locked_until end
        where id = ${userId}
        returning coalesce(locked_until > ${at(now)}, false) as locked`,
  );
  return row?.['locked'] === true;
}

/** Clears the failure count after a right password or PIN; false when there was none to clear. */
export async function clearFailures(tx: Transaction, userId: number): Promise<boolean> {
  const cleared = await run(
    tx,
    sql`update app_user set failed_logins = 0 where id = ${userId} and failed_logins > 0 returning id`,
  );
  return cleared.length > 0;
}

/** What re-entering a password or a PIN is checked against, for a signed-in user. */
export interface Credentials {
  readonly id: number;
  readonly username: string;
  readonly passwordHash: string;
  readonly signingPinHash: string | null;
  readonly active: boolean;
  /** Minutes left of a lockout, rounded up; 0 when the account is not locked. */
  readonly lockedMinutes: number;
}

export async function findCredentials(
  db: AccessDatabase,
  userId: number,
  now: Date,
): Promise<Credentials | undefined> {
  const [row] = await db.sql(
    `select id, username, password_hash, signing_pin_hash, active,
            case when locked_until > $2::timestamptz
                 then ceil(extract(epoch from locked_until - $2::timestamptz) / 60)::int
                 else 0 end as locked_minutes
       from app_user where id = $1`,
    [userId, now.toISOString()],
  );
  return row === undefined
    ? undefined
    : {
        id: Number(row['id']),
        username: String(row['username']),
        passwordHash: String(row['password_hash']),
        signingPinHash: row['signing_pin_hash'] === null ? null : String(row['signing_pin_hash']),
        active: row['active'] === true,
        lockedMinutes: Number(row['locked_minutes']),
      };
}

export async function setSigningPinHash(
  tx: Transaction,
  userId: number,
  pinHash: string,
): Promise<void> {
  await run(tx, sql`update app_user set signing_pin_hash = ${pinHash} where id = ${userId}`);
}

/** Stores (or with null removes) a user's encrypted TOTP secret; false if no such user. */
export async function setTotpSecret(
  tx: Transaction,
  userId: number,
  enc: Uint8Array | null,
): Promise<boolean> {
  const bytes = enc === null ? null : Buffer.from(enc);
  const updated = await run(
    tx,
    sql`update app_user set totp_secret_enc = ${bytes} where id = ${userId} returning id`,
  );
  return updated.length > 0;
}

/** Deletes every session past its expiry; how many there were. */
export async function deleteExpiredSessions(tx: Transaction, now: Date): Promise<number> {
  const [row] = await run(
    tx,
    sql`with gone as (delete from session where expires_at <= ${at(now)} returning 1)
        select count(*)::int as deleted from gone`,
  );
  return Number(row?.['deleted'] ?? 0);
}

export interface NewSession {
  readonly userId: number;
  readonly tokenHash: string;
  readonly csrfTokenHash: string;
  readonly now: Date;
}

/** Clears the failure count, drops the user's expired sessions, and opens the new one. */
export async function startSession(tx: Transaction, s: NewSession): Promise<void> {
  await run(
    tx,
    sql`update app_user set failed_logins = 0, locked_until = null where id = ${s.userId}`,
  );
  await run(
    tx,
    sql`delete from session where user_id = ${s.userId} and expires_at <= ${at(s.now)}`,
  );
  const expires = new Date(s.now.getTime() + Math.min(SESSION_IDLE_MS, SESSION_ABSOLUTE_MS));
  await run(
    tx,
    sql`insert into session (token_hash, user_id, csrf_token_hash, created_at, expires_at)
        values (${s.tokenHash}, ${s.userId}, ${s.csrfTokenHash}, ${at(s.now)}, ${at(expires)})`,
  );
}

/** Ends one session; the user it belonged to, if it was open. */
export async function endSession(tx: Transaction, tokenHash: string): Promise<number | undefined> {
  const [row] = await run(
    tx,
    sql`delete from session where token_hash = ${tokenHash} returning user_id`,
  );
  return row === undefined ? undefined : Number(row['user_id']);
}

/** Sets a new password hash, lifts any lockout and ends every session; false if no such user. */
export async function resetPassword(
  tx: Transaction,
  userId: number,
  passwordHash: string,
): Promise<boolean> {
  const updated = await run(
    tx,
    sql`update app_user set password_hash = ${passwordHash}, failed_logins = 0, locked_until = null
        where id = ${userId} returning id`,
  );
  await run(tx, sql`delete from session where user_id = ${userId}`);
  return updated.length > 0;
}

export interface SessionPrincipalRow extends AssignmentRow {
  readonly userId: number;
  readonly username: string;
  readonly displayName: string;
  readonly csrfTokenHash: string;
}

/**
 * Finds a live session of an active user, slides its idle limit (never past the absolute one) and
 * reads the user's role assignments, in one statement: one row per assignment (role null if none).
 */
export async function touchSession(
  db: AccessDatabase,
  tokenHash: string,
  now: Date,
): Promise<SessionPrincipalRow[]> {
  // The expiry moves only when it would move by more than SESSION_TOUCH_MS: most requests then
  // write nothing, so they cost no commit (a teacher's phone syncing often pays no disk flush).
  return db.sql<SessionPrincipalRow & Row>(
    `with live as (
       select token_hash, user_id, csrf_token_hash, expires_at,
              least($2::timestamptz + $3 * interval '1 millisecond',
                    created_at + $4 * interval '1 millisecond') as slid
         from session
        where token_hash = $1 and expires_at > $2::timestamptz
          and user_id in (select id from app_user where active)),
     touched as (
       update session s set expires_at = live.slid from live
        where s.token_hash = live.token_hash
          and live.slid > live.expires_at + $5 * interval '1 millisecond'
        returning s.token_hash)
     select u.id as "userId", u.username, u.display_name as "displayName",
            live.csrf_token_hash as "csrfTokenHash", r.role, r.school_id as "schoolId",
            r.province_code as "provinceCode", r.district_code as "districtCode",
            r.service_area_id as "serviceAreaId", r.affiliation_code as "affiliationCode"
       from live join app_user u on u.id = live.user_id
       left join role_assignment r on r.user_id = u.id
      order by r.id`,
    [tokenHash, now.toISOString(), SESSION_IDLE_MS, SESSION_ABSOLUTE_MS, SESSION_TOUCH_MS],
  );
}

/** The role assignments of one user, for the principal a login returns. */
export async function userPrincipalRows(
  db: AccessDatabase,
  userId: number,
): Promise<Array<Omit<SessionPrincipalRow, 'csrfTokenHash'>>> {
  return db.sql(
    `select u.id as "userId", u.username, u.display_name as "displayName", r.role,
            r.school_id as "schoolId", r.province_code as "provinceCode",
            r.district_code as "districtCode", r.service_area_id as "serviceAreaId",
            r.affiliation_code as "affiliationCode"
       from app_user u left join role_assignment r on r.user_id = u.id
      where u.id = $1 order by r.id`,
    [userId],
  );
}
