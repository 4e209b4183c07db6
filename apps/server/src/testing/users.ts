import type { DatabaseHandle } from '@isee/db';
import type { FastifyInstance } from 'fastify';
import type { Role } from '../modules/access/principal.js';
import { hashPassword } from '../modules/access/secrets.js';

/** The password of every account createUser makes. */
export const TEST_PASSWORD = 'correct horse battery';

export interface TestRole {
  readonly role: Role;
  readonly schoolId?: number;
  readonly provinceCode?: string;
  readonly districtCode?: string;
  readonly serviceAreaId?: number;
  readonly affiliationCode?: string;
}

/** A class the teacher is responsible for: the enrolment columns of its students. */
export interface TestClass {
  /** A number, or its text as a query row gives it: PostgreSQL casts either. */
  readonly semesterId: number | string;
  readonly schoolId: number;
  readonly grade: string;
  readonly room: string;
}

export interface NewTestUser {
  readonly username: string;
  readonly roles: readonly TestRole[];
  readonly classes?: readonly TestClass[];
}

// Hashing with argon2id takes a noticeable moment: every test account shares one hash.
let passwordHash: Promise<string> | undefined;

/** An active account with TEST_PASSWORD, its role assignments and its classes; answers its id. */
export async function createUser(
  handle: Pick<DatabaseHandle, 'sql'>,
  user: NewTestUser,
): Promise<number> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const [row] = await handle.sql<{ id: number }>(
    `insert into app_user (username, display_name, password_hash) values ($1, $1, $2) returning id`,
    [user.username, await passwordHash],
  );
  if (row === undefined) throw new Error(`user ${user.username} was not created`);
  for (const r of user.roles)
    await handle.sql(
      `insert into role_assignment
         (user_id, role, school_id, province_code, district_code, service_area_id, affiliation_code)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [
        row.id,
        r.role,
        r.schoolId ?? null,
        r.provinceCode ?? null,
        r.districtCode ?? null,
        r.serviceAreaId ?? null,
        r.affiliationCode ?? null,
      ],
    );
  for (const c of user.classes ?? [])
    await handle.sql(
      `insert into teacher_class (user_id, semester_id, school_id, grade, room)
       values ($1, $2, $3, $4, $5)`,
      [row.id, c.semesterId, c.schoolId, c.grade, c.room],
    );
  return row.id;
}

export interface TestSession {
  readonly cookie: string;
  readonly csrf: string;
  /** The session cookie and the CSRF header, for any request. */
  headers(): Record<string, string>;
}

/** Logs in with TEST_PASSWORD; throws when the login is refused, so a test fails at its cause. */
export async function loginAs(app: FastifyInstance, username: string): Promise<TestSession> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: TEST_PASSWORD },
  });
  if (response.statusCode !== 200)
    throw new Error(`login as ${username}: ${response.statusCode} ${response.body}`);
  const token = response.cookies.find((c) => c.name === 'isee_session')?.value ?? '';
  const cookie = `isee_session=${token}`;
  const csrf = String(response.json<{ csrfToken: string }>().csrfToken);
  return { cookie, csrf, headers: () => ({ cookie, 'x-csrf-token': csrf }) };
}
