import { CURRENT_SEMESTER_ID, ensureReferenceData, verifyAudit } from '@isee/db';
import { describeEachEngine } from '@isee/db/testing';
import { unwrap } from '@isee/domain';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApp } from '../../testing/app.js';
import { createUser, loginAs, TEST_PASSWORD, type TestSession } from '../../testing/users.js';

interface Place {
  readonly schoolId: number;
  readonly otherSchoolId: number;
  readonly provinceCode: string;
  readonly affiliationCode: string;
  readonly grades: readonly string[];
}

const NEW_PASSWORD = 'a long new password';

describeEachEngine('user and role management', (engine) => {
  let app: FastifyInstance;
  let place: Place;
  let admin: TestSession;
  const ids = new Map<string, number>();

  async function school(code: string): Promise<{ id: number; province: string }> {
    const [row] = await engine.handle().sql<{ id: number; province: string }>(
      `insert into school (code, name_th, affiliation_code, sub_district_code)
       values ($1, $1, 'obec', (select code from sub_district order by code limit 1))
       returning id, province_code as province`,
      [code],
    );
    if (row === undefined) throw new Error(`school ${code} was not created`);
    return row;
  }

  beforeAll(async () => {
    const handle = engine.handle();
    await ensureReferenceData(handle);
    const a = await school('T-0001');
    const b = await school('T-0002');
    const grades = await handle.sql<{ code: string }>(
      'select code from grade_level order by ordinal limit 3',
    );
    place = {
      schoolId: a.id,
      otherSchoolId: b.id,
      provinceCode: a.province,
      affiliationCode: 'obec',
      grades: grades.map((g) => g.code),
    };
    const at = (schoolId: number) => ({ schoolId });
    for (const [username, roles] of [
      ['admin', [{ role: 'system_admin' }]],
      ['officer', [{ role: 'programme_officer' }]],
      ['director', [{ role: 'school_admin', ...at(a.id) }]],
      ['other-director', [{ role: 'school_admin', ...at(b.id) }]],
      ['teacher', [{ role: 'teacher', ...at(a.id) }]],
      ['other-teacher', [{ role: 'teacher', ...at(b.id) }]],
    ] as const)
      ids.set(username, await createUser(handle, { username, roles }));
    app = await testApp({ db: handle });
    admin = await loginAs(app, 'admin');
  });
  afterAll(() => app.close());

  const id = (name: string): number => ids.get(name) ?? 0;
  const issueOf = (r: LightMyRequestResponse) => r.json().error.issues[0];
  const as = (s: TestSession) => ({
    get: (url: string) => app.inject({ url, headers: s.headers() }),
    send: (method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
      app.inject({ method, url, headers: s.headers(), ...(payload && { payload }) }),
  });
  const newUser = (username: string, roles: object[]) =>
    as(admin).send('POST', '/api/admin/users', {
      username,
      displayName: `ผู้ใช้ ${username}`,
      password: NEW_PASSWORD,
      roles,
    });

  it('creates an account with its roles; the new user logs in and holds those scopes', async () => {
    const created = await newUser('area.officer', [
      { role: 'area_officer', provinceCode: place.provinceCode, affiliationCode: 'obec' },
      { role: 'certifier', schoolId: place.schoolId },
    ]);
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({
      username: 'area.officer',
      active: true,
      lockedUntil: null,
      hasTotp: false,
      hasPin: false,
      roles: [
        {
          role: 'area_officer',
          scope: { kind: 'area', provinceCode: place.provinceCode, affiliationCode: 'obec' },
        },
        { role: 'certifier', scope: { kind: 'school', schoolId: place.schoolId } },
      ],
    });
    expect(Object.keys(body).sort()).toEqual(
      [
        'active',
        'displayName',
        'hasPin',
        'hasTotp',
        'id',
        'lockedUntil',
        'roles',
        'username',
      ].sort(),
    );
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'area.officer', password: NEW_PASSWORD },
    });
    expect(login.json().roles).toHaveLength(2);
  });

  it('refuses a taken username with 409 and writes nothing', async () => {
    const taken = await newUser('teacher', []);
    expect(taken.statusCode).toBe(409);
    expect(issueOf(taken)).toMatchObject({ code: 'USER_USERNAME_TAKEN', path: 'username' });
  });

  it('refuses roles whose scope does not fit, naming each one, and creates no account', async () => {
    const refused = await newUser('misfit', [
      { role: 'programme_officer' },
      { role: 'teacher' },
      { role: 'teacher', schoolId: place.schoolId, provinceCode: place.provinceCode },
      { role: 'area_officer', affiliationCode: 'obec' },
      { role: 'affiliation_officer', affiliationCode: 'obec', provinceCode: place.provinceCode },
      { role: 'analyst', schoolId: place.schoolId },
      { role: 'programme_officer' },
    ]);
    expect(refused.statusCode).toBe(422);
    expect(
      refused.json().error.issues.map((i: { code: string; path: string }) => [i.code, i.path]),
    ).toEqual([
      ['USER_ROLE_SCOPE_MISMATCH', 'roles.1'],
      ['USER_ROLE_SCOPE_MISMATCH', 'roles.2'],
      ['USER_ROLE_SCOPE_MISMATCH', 'roles.3'],
      ['USER_ROLE_SCOPE_MISMATCH', 'roles.4'],
      ['USER_ROLE_SCOPE_MISMATCH', 'roles.5'],
      ['USER_ROLE_DUPLICATE', 'roles.6'],
    ]);
    const unknown = await newUser('misfit', [
      { role: 'school_admin', schoolId: 999_999 },
      { role: 'area_officer', provinceCode: '99', affiliationCode: 'nowhere' },
    ]);
    expect(unknown.statusCode).toBe(422);
    expect(
      unknown.json().error.issues.map((i: { code: string; path: string }) => [i.code, i.path]),
    ).toEqual([
      ['USER_SCOPE_UNKNOWN', 'roles.0.schoolId'],
      ['USER_SCOPE_UNKNOWN', 'roles.1.provinceCode'],
      ['USER_SCOPE_UNKNOWN', 'roles.1.affiliationCode'],
    ]);
    const [row] = await engine
      .handle()
      .sql("select count(*)::int as n from app_user where username = 'misfit'");
    expect(row?.['n']).toBe(0);
  });

  it('adds and removes one role, with the same checks', async () => {
    const url = `/api/admin/users/${id('officer')}/roles`;
    const added = await as(admin).send('POST', url, {
      role: 'affiliation_officer',
      affiliationCode: 'obec',
    });
    expect(added.statusCode).toBe(201);
    const assignment = added
      .json()
      .roles.find((r: { role: string }) => r.role === 'affiliation_officer');
    expect(assignment.scope).toEqual({ kind: 'affiliation', affiliationCode: 'obec' });
    const again = await as(admin).send('POST', url, {
      role: 'affiliation_officer',
      affiliationCode: 'obec',
    });
    expect([again.statusCode, issueOf(again).code]).toEqual([409, 'USER_ROLE_DUPLICATE']);
    const misfit = await as(admin).send('POST', url, { role: 'teacher' });
    expect([misfit.statusCode, issueOf(misfit).code]).toEqual([422, 'USER_ROLE_SCOPE_MISMATCH']);
    const unknown = await as(admin).send('POST', url, { role: 'teacher', schoolId: 999_999 });
    expect(issueOf(unknown)).toMatchObject({ code: 'USER_SCOPE_UNKNOWN', path: 'schoolId' });
    const nobody = await as(admin).send('POST', '/api/admin/users/999999/roles', {
      role: 'analyst',
    });
    expect([nobody.statusCode, issueOf(nobody).code]).toEqual([404, 'USER_NOT_FOUND']);

    const remove = (userId: number, assignmentId: number) =>
      as(admin).send('DELETE', `/api/admin/users/${userId}/roles/${assignmentId}`);
    expect((await remove(id('officer'), assignment.id)).statusCode).toBe(204);
    const gone = await remove(id('officer'), assignment.id);
    expect([gone.statusCode, issueOf(gone).code]).toEqual([404, 'USER_ROLE_NOT_FOUND']);
    const mine = (await as(admin).get(`/api/admin/users?after=${id('admin') - 1}&limit=1`)).json()
      .users[0].roles[0];
    const self = await remove(id('admin'), mine.id);
    expect([self.statusCode, issueOf(self).code]).toEqual([409, 'USER_SELF_LOCKOUT']);
  });

  it('deactivates an account: its sessions end and it cannot log in until reactivated', async () => {
    const teacher = await loginAs(app, 'teacher');
    const url = `/api/admin/users/${id('teacher')}/active`;
    const off = await as(admin).send('POST', url, { active: false });
    expect(off.json()).toMatchObject({ id: id('teacher'), active: false });
    expect((await as(teacher).get('/api/auth/me')).statusCode).toBe(401);
    await expect(loginAs(app, 'teacher')).rejects.toThrow(/401/);
    expect((await as(admin).send('POST', url, { active: true })).json().active).toBe(true);
    await loginAs(app, 'teacher');
    const self = await as(admin).send('POST', `/api/admin/users/${id('admin')}/active`, {
      active: false,
    });
    expect([self.statusCode, issueOf(self).code]).toEqual([409, 'USER_SELF_LOCKOUT']);
  });

  it('lists accounts a page at a time, without hashes or secrets', async () => {
    const seen: number[] = [];
    let after: number | null = 0;
    while (after !== null) {
      const page = await as(admin).get(`/api/admin/users?after=${after}&limit=2`);
      expect(page.statusCode).toBe(200);
      const body: { users: Array<{ id: number }>; next: number | null } = page.json();
      expect(body.users.length).toBeLessThanOrEqual(2);
      seen.push(...body.users.map((u) => u.id));
      after = body.next;
    }
    const [count] = await engine.handle().sql('select count(*)::int as n from app_user');
    expect(seen).toHaveLength(Number(count?.['n']));
    expect([...seen].sort((x, y) => x - y)).toEqual(seen);
    const all = (await as(admin).get('/api/admin/users?limit=200')).body;
    expect(all).not.toMatch(/argon2|password|secret/i);
    expect((await as(admin).get('/api/admin/users?limit=201')).statusCode).toBe(400);
  });

  it('keeps every account route to system admins', async () => {
    const officer = await loginAs(app, 'officer');
    const refused = await as(officer).get('/api/admin/users');
    expect([refused.statusCode, issueOf(refused).code]).toEqual([403, 'AUTH_FORBIDDEN']);
    const anonymous = await app.inject({ url: '/api/admin/users' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('lets a director replace the classes of a teacher of their school, and no one else', async () => {
    const director = await loginAs(app, 'director');
    const url = (schoolId: number, userId: number) =>
      `/api/schools/${schoolId}/teachers/${userId}/classes`;
    const [g1, g2] = place.grades;
    const body = (classes: object[], semesterId = CURRENT_SEMESTER_ID) => ({
      semesterId,
      classes,
    });
    const classesOf = async () =>
      engine.handle().sql<{ grade: string; room: string }>(
        `select grade, room from teacher_class where user_id = $1 and semester_id = $2
            order by grade, room`,
        [id('teacher'), CURRENT_SEMESTER_ID],
      );

    const first = await as(director).send(
      'PUT',
      url(place.schoolId, id('teacher')),
      body([
        { grade: g1, room: '1' },
        { grade: g1, room: '2' },
      ]),
    );
    expect(first.statusCode).toBe(200);
    expect(await classesOf()).toHaveLength(2);
    const second = await as(director).send(
      'PUT',
      url(place.schoolId, id('teacher')),
      body([{ grade: g2 }]),
    );
    expect(second.json()).toEqual({
      semesterId: CURRENT_SEMESTER_ID,
      classes: [{ grade: g2, room: '' }],
    });
    expect(await classesOf()).toEqual([{ grade: g2, room: '' }]);

    const refusal = async (s: TestSession, target: string, payload: object) =>
      issueOf(await as(s).send('PUT', target, payload));
    const other = await loginAs(app, 'other-director');
    expect(await refusal(other, url(place.schoolId, id('teacher')), body([]))).toMatchObject({
      code: 'TEACHER_CLASS_NOT_SCHOOL_ADMIN',
    });
    expect(
      await refusal(director, url(place.schoolId, id('other-teacher')), body([])),
    ).toMatchObject({ code: 'TEACHER_NOT_FOUND' });
    expect(
      await refusal(director, url(place.schoolId, id('teacher')), body([{ grade: 'nope' }])),
    ).toMatchObject({ code: 'TEACHER_CLASS_GRADE_UNKNOWN', path: 'classes.0.grade' });
    expect(
      await refusal(
        director,
        url(place.schoolId, id('teacher')),
        body([
          { grade: g1, room: 'A' },
          { grade: g1, room: 'A' },
        ]),
      ),
    ).toMatchObject({ code: 'TEACHER_CLASS_DUPLICATE', path: 'classes.1' });
    expect(
      await refusal(director, url(place.schoolId, id('teacher')), body([], 20991)),
    ).toMatchObject({ code: 'TEACHER_CLASS_SEMESTER_UNKNOWN', path: 'semesterId' });
    const teacher = await loginAs(app, 'teacher');
    const notDirector = await as(teacher).send('PUT', url(place.schoolId, id('teacher')), body([]));
    expect(notDirector.statusCode).toBe(403);
    expect(await classesOf()).toEqual([{ grade: g2, room: '' }]);
  });

  it('audits every change by who made it, with no password, in an unbroken chain', async () => {
    const rows = await engine.handle().sql<{ action: string; actor_user_id: number | null }>(
      `select action, actor_user_id from audit_log
          where action not like 'auth.%' order by id`,
    );
    const byAction = new Map(rows.map((r) => [r.action, r.actor_user_id]));
    expect(Object.fromEntries(byAction)).toEqual({
      'app_user.create': id('admin'),
      'role_assignment.create': id('admin'),
      'role_assignment.delete': id('admin'),
      'app_user.deactivate': id('admin'),
      'app_user.activate': id('admin'),
      'teacher_class.replace': id('director'),
    });
    const text = JSON.stringify(await engine.handle().sql('select details from audit_log'));
    expect(text).not.toContain(NEW_PASSWORD);
    expect(text).not.toContain(TEST_PASSWORD);
    expect(unwrap(await verifyAudit(engine.handle())).firstBrokenId).toBeUndefined();
  });
});
