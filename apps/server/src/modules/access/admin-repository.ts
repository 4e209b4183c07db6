import type { Row } from '@isee/db';
import { sql } from 'drizzle-orm';
import { rowsOf as run } from '../../plumbing/transaction.js';
import type { AssignmentRow } from './principal.js';
import type { AccessDatabase, Transaction } from './repository.js';

export interface AssignmentView extends AssignmentRow {
  readonly id: number;
}

/** An account as an admin sees it: no hashes, no secrets, only whether they are set. */
export interface UserRow {
  readonly id: number;
  readonly username: string;
  readonly displayName: string;
  readonly active: boolean;
  /** ISO instant while the account is locked, else null. */
  readonly lockedUntil: string | null;
  readonly hasTotp: boolean;
  readonly hasPin: boolean;
  readonly roles: readonly AssignmentView[];
}

const nullable = <T>(value: unknown, as: (v: unknown) => T): T | null =>
  value === null || value === undefined ? null : as(value);

const assignmentOf = (row: Row): AssignmentView => ({
  id: Number(row['id']),
  role: String(row['role']),
  schoolId: nullable(row['school_id'], Number),
  provinceCode: nullable(row['province_code'], String),
  districtCode: nullable(row['district_code'], String),
  serviceAreaId: nullable(row['service_area_id'], Number),
  affiliationCode: nullable(row['affiliation_code'], String),
});

/**
 * Accounts with ids in (after, …] in id order, at most `limit`, with their role assignments. The
 * page's ids are contiguous in id order, so its assignments are read by one id range.
 */
export async function userPage(
  db: AccessDatabase,
  after: number,
  limit: number,
  now: Date,
): Promise<UserRow[]> {
  const users = await db.sql(
    `select id, username, display_name, active,
            case when locked_until > $3::timestamptz then locked_until end as locked_until,
            totp_secret_enc is not null as has_totp, signing_pin_hash is not null as has_pin
       from app_user where id > $1 order by id limit $2`,
    [after, limit, now.toISOString()],
  );
  const last = users.at(-1);
  if (last === undefined) return [];
  const assignments = await db.sql(
    `select id, user_id, role, school_id, province_code, district_code, service_area_id,
            affiliation_code
       from role_assignment where user_id > $1 and user_id <= $2 order by id`,
    [after, Number(last['id'])],
  );
  return users.map((u) => ({
    id: Number(u['id']),
    username: String(u['username']),
    displayName: String(u['display_name']),
    active: u['active'] === true,
    lockedUntil: nullable(u['locked_until'], (v) => new Date(v as string).toISOString()),
    hasTotp: u['has_totp'] === true,
    hasPin: u['has_pin'] === true,
    roles: assignments.filter((a) => Number(a['user_id']) === Number(u['id'])).map(assignmentOf),
  }));
}

export async function userById(
  db: AccessDatabase,
  userId: number,
  now: Date,
): Promise<UserRow | undefined> {
  const [user] = await userPage(db, userId - 1, 1, now);
  return user?.id === userId ? user : undefined;
}

export interface NewUserRow {
  readonly username: string;
  readonly displayName: string;
  readonly passwordHash: string;
}

/** The new account's id, or undefined when the username is taken. */
export async function insertUser(tx: Transaction, user: NewUserRow): Promise<number | undefined> {
  const [row] = await run(
    tx,
    sql`insert into app_user (username, display_name, password_hash)
        values (${user.username}, ${user.displayName}, ${user.passwordHash})
        on conflict (username) do nothing returning id`,
  );
  return row === undefined ? undefined : Number(row['id']);
}

/** Locks the account row for the rest of the transaction; false if there is no such account. */
export async function lockUser(tx: Transaction, userId: number): Promise<boolean> {
  return (await run(tx, sql`select id from app_user where id = ${userId} for update`)).length > 0;
}

export type ScopeColumn = Exclude<keyof AssignmentRow, 'role'>;
export const SCOPE_COLUMNS: readonly ScopeColumn[] = [
  'schoolId',
  'provinceCode',
  'districtCode',
  'serviceAreaId',
  'affiliationCode',
];

/** The scope columns whose value is not in its reference table (null columns are fine). */
export async function unknownReferences(tx: Transaction, a: AssignmentRow): Promise<ScopeColumn[]> {
  const [row] = await run(
    tx,
    sql`select
          (${a.schoolId}::int is null
             or exists (select 1 from school where id = ${a.schoolId}::int)) as "schoolId",
          (${a.provinceCode}::text is null
             or exists (select 1 from province where code = ${a.provinceCode}::text)) as "provinceCode",
          (${a.districtCode}::text is null
             or exists (select 1 from district where code = ${a.districtCode}::text)) as "districtCode",
          (${a.serviceAreaId}::int is null
             or exists (select 1 from education_service_area where id = ${a.serviceAreaId}::int))
            as "serviceAreaId",
          (${a.affiliationCode}::text is null
             or exists (select 1 from affiliation where code = ${a.affiliationCode}::text))
            as "affiliationCode"`,
  );
  return SCOPE_COLUMNS.filter((column) => row?.[column] !== true);
}

/** Whether the user already holds this role with exactly this scope. */
export async function hasAssignment(
  tx: Transaction,
  userId: number,
  a: AssignmentRow,
): Promise<boolean> {
  const rows = await run(
    tx,
    sql`select 1 from role_assignment
         where user_id = ${userId} and role = ${a.role}
           and school_id is not distinct from ${a.schoolId}::int
           and province_code is not distinct from ${a.provinceCode}::text
           and district_code is not distinct from ${a.districtCode}::text
           and service_area_id is not distinct from ${a.serviceAreaId}::int
           and affiliation_code is not distinct from ${a.affiliationCode}::text`,
  );
  return rows.length > 0;
}

export async function insertAssignment(
  tx: Transaction,
  userId: number,
  a: AssignmentRow,
): Promise<number> {
  const [row] = await run(
    tx,
    sql`insert into role_assignment
          (user_id, role, school_id, province_code, district_code, service_area_id, affiliation_code)
        values (${userId}, ${a.role}, ${a.schoolId}, ${a.provinceCode}, ${a.districtCode},
                ${a.serviceAreaId}, ${a.affiliationCode})
        returning id`,
  );
  return Number(row?.['id']);
}

export async function assignmentOfUser(
  tx: Transaction,
  userId: number,
  assignmentId: number,
): Promise<AssignmentView | undefined> {
  const [row] = await run(
    tx,
    sql`select id, role, school_id, province_code, district_code, service_area_id, affiliation_code
          from role_assignment where id = ${assignmentId} and user_id = ${userId}`,
  );
  return row === undefined ? undefined : assignmentOf(row);
}

export async function deleteAssignment(tx: Transaction, assignmentId: number): Promise<void> {
  await run(tx, sql`delete from role_assignment where id = ${assignmentId}`);
}

/** Sets the active flag; deactivating also ends every session of the account. */
export async function setActive(tx: Transaction, userId: number, active: boolean): Promise<void> {
  await run(tx, sql`update app_user set active = ${active} where id = ${userId}`);
  if (!active) await run(tx, sql`delete from session where user_id = ${userId}`);
}

/** Whether the user holds a teacher role at the school. */
export async function teachesAt(
  db: AccessDatabase,
  userId: number,
  schoolId: number,
): Promise<boolean> {
  const rows = await db.sql(
    `select 1 from role_assignment where user_id = $1 and role = 'teacher' and school_id = $2`,
    [userId, schoolId],
  );
  return rows.length > 0;
}

export async function semesterExists(db: AccessDatabase, semesterId: number): Promise<boolean> {
  return (await db.sql('select 1 from semester where id = $1', [semesterId])).length > 0;
}

/** Every grade code (a table of about fifteen rows). */
export async function gradeCodes(db: AccessDatabase): Promise<Set<string>> {
  const rows = await db.sql('select code from grade_level');
  return new Set(rows.map((r) => String(r['code'])));
}

export interface TeacherClassRow {
  readonly grade: string;
  readonly room: string;
}

export interface TeacherClasses {
  readonly userId: number;
  readonly schoolId: number;
  readonly semesterId: number;
  readonly classes: readonly TeacherClassRow[];
}

/** The teacher's classes at the school for the semester become exactly these. */
export async function replaceTeacherClasses(tx: Transaction, t: TeacherClasses): Promise<void> {
  await run(
    tx,
    sql`delete from teacher_class
         where user_id = ${t.userId} and school_id = ${t.schoolId} and semester_id = ${t.semesterId}`,
  );
  for (const c of t.classes)
    await run(
      tx,
      sql`insert into teacher_class (user_id, semester_id, school_id, grade, room)
          values (${t.userId}, ${t.semesterId}, ${t.schoolId}, ${c.grade}, ${c.room})`,
    );
}
