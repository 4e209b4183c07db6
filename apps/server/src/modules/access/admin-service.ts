import { fail, issue, joinPath, ok, type Issue, type Result } from '@isee/domain';
import {
  assignmentOfUser,
  deleteAssignment,
  gradeCodes,
  hasAssignment,
  insertAssignment,
  insertUser,
  lockUser,
  replaceTeacherClasses,
  semesterExists,
  setActive,
  teachesAt,
  unknownReferences,
  userById,
  userPage,
  SCOPE_COLUMNS,
  type ScopeColumn,
  type TeacherClasses,
  type TeacherClassRow,
  type UserRow,
} from './admin-repository.js';
import { scopeOf, type AssignmentRow, type Principal, type Role, type Scope } from './principal.js';
import { resetPassword, setTotpSecret, type Transaction } from './repository.js';
import { hashPassword } from './secrets.js';
import { audit, type AccessContext } from './service.js';

/**
 * What a system admin does to accounts (SPEC §2 "users, roles, settings, audit") and what a
 * director does to the teachers of the school. Nothing here reads or returns a child's data.
 */

/** A role with its scope columns as an admin writes them; absent columns are null. */
export interface RoleInput {
  readonly role: Role;
  readonly schoolId?: number | undefined;
  readonly provinceCode?: string | undefined;
  readonly districtCode?: string | undefined;
  readonly serviceAreaId?: number | undefined;
  readonly affiliationCode?: string | undefined;
}

const rowOf = (r: RoleInput): AssignmentRow => ({
  role: r.role,
  schoolId: r.schoolId ?? null,
  provinceCode: r.provinceCode ?? null,
  districtCode: r.districtCode ?? null,
  serviceAreaId: r.serviceAreaId ?? null,
  affiliationCode: r.affiliationCode ?? null,
});

/** The columns each kind of scope is made of: any other column given would be silently ignored. */
const COLUMNS_OF: Readonly<Record<Scope['kind'], readonly ScopeColumn[]>> = {
  school: ['schoolId'],
  area: ['provinceCode', 'districtCode', 'serviceAreaId', 'affiliationCode'],
  affiliation: ['affiliationCode'],
  national: [],
  none: [],
};

const givenColumns = (row: AssignmentRow): ScopeColumn[] =>
  SCOPE_COLUMNS.filter((column) => row[column] !== null);

/** A role fits when scopeOf grants it a scope and no column beyond that scope's is given. */
function fitIssue(row: AssignmentRow, path: string): Issue | undefined {
  const scope = scopeOf(row);
  const fits =
    scope !== undefined && givenColumns(row).every((c) => COLUMNS_OF[scope.kind].includes(c));
  return fits ? undefined : issue('USER_ROLE_SCOPE_MISMATCH', path, { role: row.role });
}

/** The role and its given columns, for the audit row: ids and codes of places, nothing personal. */
const scopeDetails = (row: AssignmentRow) =>
  Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null));

/** The roles' own problems, then (in the transaction) codes the reference tables do not know. */
async function roleIssues(
  tx: Transaction,
  rows: readonly AssignmentRow[],
  pathOf: (i: number) => string,
): Promise<Issue[]> {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const [i, row] of rows.entries()) {
    const misfit = fitIssue(row, pathOf(i));
    const key = JSON.stringify(row);
    if (misfit !== undefined) issues.push(misfit);
    else if (seen.has(key))
      issues.push(issue('USER_ROLE_DUPLICATE', pathOf(i), { role: row.role }));
    seen.add(key);
  }
  if (issues.length > 0) return issues;
  for (const [i, row] of rows.entries())
    for (const column of await unknownReferences(tx, row))
      issues.push(
        issue('USER_SCOPE_UNKNOWN', joinPath(pathOf(i), column), { value: String(row[column]) }),
      );
  return issues;
}

const notFound = (userId: number) => fail([issue('USER_NOT_FOUND', 'params.id', { userId })]);

export interface UserPage {
  readonly users: readonly UserRow[];
  /** The `after` of the next page, or null on the last one. */
  readonly next: number | null;
}

export async function listUsers(
  ctx: AccessContext,
  after: number,
  limit: number,
): Promise<UserPage> {
  const rows = await userPage(ctx.db, after, limit + 1, ctx.now());
  const users = rows.slice(0, limit);
  return { users, next: rows.length > limit ? (users.at(-1)?.id ?? null) : null };
}

async function view(ctx: AccessContext, userId: number): Promise<Result<UserRow>> {
  const user = await userById(ctx.db, userId, ctx.now());
  return user === undefined ? notFound(userId) : ok(user);
}

export interface NewUser {
  readonly username: string;
  readonly displayName: string;
  readonly password: string;
  readonly roles: readonly RoleInput[];
}

export async function createUser(
  ctx: AccessContext,
  admin: Principal,
  input: NewUser,
): Promise<Result<UserRow>> {
  const rows = input.roles.map(rowOf);
  const passwordHash = await hashPassword(input.password);
  const created = await ctx.db.db.transaction(async (tx): Promise<Result<number>> => {
    const issues = await roleIssues(tx, rows, (i) => joinPath('roles', i));
    if (issues.length > 0) return fail(issues);
    const { username, displayName } = input;
    const userId = await insertUser(tx, { username, displayName, passwordHash });
    if (userId === undefined) return fail([issue('USER_USERNAME_TAKEN', 'username', { username })]);
    for (const row of rows) await insertAssignment(tx, userId, row);
    await audit(tx, {
      actorUserId: admin.userId,
      action: 'app_user.create',
      entity: 'app_user',
      entityId: userId,
      details: { roles: rows.map(scopeDetails) },
    });
    return ok(userId);
  });
  return created.ok ? view(ctx, created.value) : created;
}

export async function addRole(
  ctx: AccessContext,
  admin: Principal,
  userId: number,
  role: RoleInput,
): Promise<Result<UserRow>> {
  const row = rowOf(role);
  const added = await ctx.db.db.transaction(async (tx): Promise<Result<void>> => {
    if (!(await lockUser(tx, userId))) return notFound(userId);
    const issues = await roleIssues(tx, [row], () => '');
    if (issues.length > 0) return fail(issues);
    if (await hasAssignment(tx, userId, row))
      return fail([issue('USER_ROLE_DUPLICATE', '', { role: row.role })]);
    const assignmentId = await insertAssignment(tx, userId, row);
    await audit(tx, {
      actorUserId: admin.userId,
      action: 'role_assignment.create',
      entity: 'app_user',
      entityId: userId,
      details: { assignmentId, ...scopeDetails(row) },
    });
    return ok(undefined);
  });
  return added.ok ? view(ctx, userId) : added;
}

export async function removeRole(
  ctx: AccessContext,
  admin: Principal,
  userId: number,
  assignmentId: number,
): Promise<Result<void>> {
  return ctx.db.db.transaction(async (tx) => {
    const assignment = await assignmentOfUser(tx, userId, assignmentId);
    if (assignment === undefined)
      return fail([issue('USER_ROLE_NOT_FOUND', 'params.assignmentId', { assignmentId })]);
    // An admin cannot take away their own way back in; another admin can.
    if (userId === admin.userId && assignment.role === 'system_admin')
      return fail([issue('USER_SELF_LOCKOUT', 'params.assignmentId')]);
    await deleteAssignment(tx, assignmentId);
    await audit(tx, {
      actorUserId: admin.userId,
      action: 'role_assignment.delete',
      entity: 'app_user',
      entityId: userId,
      details: { assignmentId, role: assignment.role },
    });
    return ok(undefined);
  });
}

/** Deactivating ends the account's sessions at once; its data and history stay. */
export async function setUserActive(
  ctx: AccessContext,
  admin: Principal,
  userId: number,
  active: boolean,
): Promise<Result<UserRow>> {
  if (userId === admin.userId && !active) return fail([issue('USER_SELF_LOCKOUT', 'body.active')]);
  const changed = await ctx.db.db.transaction(async (tx): Promise<Result<void>> => {
    if (!(await lockUser(tx, userId))) return notFound(userId);
    await setActive(tx, userId, active);
    await audit(tx, {
      actorUserId: admin.userId,
      action: active ? 'app_user.activate' : 'app_user.deactivate',
      entity: 'app_user',
      entityId: userId,
    });
    return ok(undefined);
  });
  return changed.ok ? view(ctx, userId) : changed;
}

/** An admin sets a user's password: the lockout is lifted and the user's sessions end. */
export async function adminResetPassword(
  ctx: AccessContext,
  admin: Principal,
  userId: number,
  password: string,
): Promise<Result<void>> {
  const passwordHash = await hashPassword(password);
  return ctx.db.db.transaction(async (tx) => {
    if (!(await resetPassword(tx, userId, passwordHash))) return notFound(userId);
    await audit(tx, {
      actorUserId: admin.userId,
      action: 'app_user.password_reset',
      entity: 'app_user',
      entityId: userId,
    });
    return ok(undefined);
  });
}

/** For a user who lost the phone: the account logs in with the password alone until re-enrolled. */
export async function removeTotp(
  ctx: AccessContext,
  admin: Principal,
  userId: number,
): Promise<Result<void>> {
  return ctx.db.db.transaction(async (tx) => {
    if (!(await setTotpSecret(tx, userId, null))) return notFound(userId);
    await audit(tx, {
      actorUserId: admin.userId,
      action: 'app_user.totp_removed',
      entity: 'app_user',
      entityId: userId,
    });
    return ok(undefined);
  });
}

/** A director may assign the classes of teachers of a school they direct, and of no other. */
const directs = (principal: Principal, schoolId: number): boolean =>
  principal.roles.some(
    (g) => g.role === 'school_admin' && g.scope.kind === 'school' && g.scope.schoolId === schoolId,
  );

async function classIssues(
  ctx: AccessContext,
  semesterId: number,
  classes: readonly TeacherClassRow[],
): Promise<Issue[]> {
  const issues: Issue[] = [];
  if (!(await semesterExists(ctx.db, semesterId)))
    issues.push(issue('TEACHER_CLASS_SEMESTER_UNKNOWN', 'semesterId', { semesterId }));
  const grades = await gradeCodes(ctx.db);
  const seen = new Set<string>();
  for (const [i, c] of classes.entries()) {
    const key = JSON.stringify([c.grade, c.room]);
    if (!grades.has(c.grade))
      issues.push(
        issue('TEACHER_CLASS_GRADE_UNKNOWN', joinPath('classes', i, 'grade'), { grade: c.grade }),
      );
    else if (seen.has(key))
      issues.push(
        issue('TEACHER_CLASS_DUPLICATE', joinPath('classes', i), { grade: c.grade, room: c.room }),
      );
    seen.add(key);
  }
  return issues;
}

/** A director replaces one teacher's classes of one semester (SPEC §2 "assigns teachers"). */
export async function assignTeacherClasses(
  ctx: AccessContext,
  director: Principal,
  assignment: TeacherClasses,
): Promise<Result<TeacherClasses>> {
  const { userId, schoolId, semesterId } = assignment;
  if (!directs(director, schoolId))
    return fail([issue('TEACHER_CLASS_NOT_SCHOOL_ADMIN', 'params.schoolId', { schoolId })]);
  if (!(await teachesAt(ctx.db, userId, schoolId)))
    return fail([issue('TEACHER_NOT_FOUND', 'params.userId', { userId, schoolId })]);
  const issues = await classIssues(ctx, semesterId, assignment.classes);
  if (issues.length > 0) return fail(issues);
  await ctx.db.db.transaction(async (tx) => {
    await replaceTeacherClasses(tx, assignment);
    await audit(tx, {
      actorUserId: director.userId,
      action: 'teacher_class.replace',
      entity: 'app_user',
      entityId: userId,
      details: { schoolId, semesterId, classes: assignment.classes.length },
    });
  });
  return ok(assignment);
}
