import { randomUUID } from 'node:crypto';
import { schema, seedDatabase } from '@isee/db';
import { describeEachEngine } from '@isee/db/testing';
import { unwrap } from '@isee/domain';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { scene } from './modules/evidence/test-images.js';
import { TEST_ID_KEYS, testApp } from './testing/app.js';
import { formAt, unscreenedPlaces, type Place, type Pupil } from './testing/places.js';
import { registeredRoutes, type RouteKey } from './testing/routes.js';
import { createUser, loginAs, TEST_PASSWORD, type TestSession } from './testing/users.js';

/**
 * The columns of the matrix. In scope of the target student: anonymous, then one user per role —
 * the teacher of the student's class, the school's director and certifier, the area officer of its
 * province, the officer of its affiliation, and the national roles. Then the out-of-scope twins: a
 * teacher of another class of the same school, the teacher, director and certifier of another
 * school, the area officer of that school's province and the officer of its affiliation.
 */
const PRINCIPALS = [
  'anon',
  'tch',
  'dir',
  'cer',
  'area',
  'aff',
  'prog',
  'ana',
  'adm',
  'tch2',
  'tchX',
  'dirX',
  'cerX',
  'areX',
  'affX',
] as const;
type Who = (typeof PRINCIPALS)[number];
type User = Exclude<Who, 'anon'>;

const ROLE_OF: Readonly<Record<User, schema.Role>> = {
  tch: 'teacher',
  dir: 'school_admin',
  cer: 'certifier',
  area: 'area_officer',
  aff: 'affiliation_officer',
  prog: 'programme_officer',
  ana: 'analyst',
  adm: 'system_admin',
  tch2: 'teacher',
  tchX: 'teacher',
  dirX: 'school_admin',
  cerX: 'certifier',
  areX: 'area_officer',
  affX: 'affiliation_officer',
};

/**
 * A cell: `ok` the route's success status; `anon` 401 AUTH_REQUIRED; `role` 403 AUTH_FORBIDDEN (the
 * route does not take the role); `out` 404 (out of scope: not told from a missing record); a
 * number, the status of a refusal particular to the route, explained beside its row.
 */
type Cell = 'ok' | 'anon' | 'role' | 'out' | `${number}`;

interface Request {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly url: string;
  readonly payload?: object | Buffer;
  readonly headers?: Record<string, string>;
}

interface Row {
  /** One cell per principal, in the order of PRINCIPALS. */
  readonly cells: string;
  /** The success status; 200 unless said. */
  readonly ok?: number;
  /**
   * A valid request of the principal. `allowed` (the cell is `ok`) asks for a fresh target where
   * the request changes it, so no cell depends on the order the others ran in.
   */
  readonly request: (who: Who, allowed: boolean) => Request | Promise<Request>;
  /** Log in anew for this request (logout ends the session it is sent with). */
  readonly freshSession?: boolean;
  /** Undoes what an allowed request changed that other cells rely on. */
  readonly after?: (who: Who) => Promise<void>;
  /** A further check of an allowed answer: a problem, or undefined. */
  readonly check?: (response: LightMyRequestResponse, who: Who) => string | undefined;
  /** What a principal entitled to a marker must find in this route's 200 answer. */
  readonly shows?: readonly MarkerName[];
}

type MarkerName =
  | 'target screening'
  | 'target student'
  | 'other screening'
  | 'other student'
  | 'target photo'
  | 'target upload';

interface Marker {
  /** Who may read it; in anyone else's answer it is a leak. */
  readonly seenBy: readonly Who[];
  readonly pattern: RegExp;
}

const TARGET_READERS: readonly Who[] = ['tch', 'dir', 'cer', 'area', 'aff', 'prog'];
const OTHER_READERS: readonly Who[] = ['tchX', 'dirX', 'cerX', 'areX', 'affX', 'prog'];

const PIN = '482915';
const NEW_PASSWORD = 'a long new password';
const CHUNK_TYPE = 'application/offset+octet-stream';

const cellsOf = (row: Row): string[] => row.cells.trim().split(/\s+/);
const isCell = (token: string): token is Cell => /^(ok|anon|role|out|[1-5]\d\d)$/.test(token);
const REFUSED: Readonly<Record<string, number>> = { anon: 401, role: 403, out: 404 };
const statusOf = (cell: Cell, row: Row): number =>
  cell === 'ok' ? (row.ok ?? 200) : (REFUSED[cell] ?? Number(cell));
const CODE_OF: Partial<Record<Cell, string>> = { anon: 'AUTH_REQUIRED', role: 'AUTH_FORBIDDEN' };

/** A student's id as the answers write it: a field, or an entry of a sync's `studentIds`. */
const student = (id: number) =>
  new RegExp(`"studentId":${id}(?!\\d)|"studentIds":\\[[^\\]]*\\b${id}\\b`);
/** The part of an answer around a marker, to show where it leaked. */
const around = (body: string, index: number) => body.slice(Math.max(0, index - 150), index + 150);

describeEachEngine('the access matrix: every route × every role, in and out of scope', (engine) => {
  let app: FastifyInstance;
  const sessions = new Map<Who, TestSession>();
  let school: Place;
  let other: Place;
  /** Unscreened pupils of the teacher's classes, one for each fresh screening. */
  let pool: Pupil[];
  /** A pupil of the teacher's classes that only refused requests name: never screened. */
  let untouched: Pupil;
  let target: { id: string; studentId: number; body: Record<string, unknown> };
  let otherScreening: { id: string; studentId: number };
  let photoId: string;
  let uploadId: string;
  /** An account no principal uses, for the admin routes: a teacher of the target school. */
  let spare: number;
  let otherAffiliation: string;
  /** The class of the teacher `tch2`; the teacher `tch` has the school's other classes. */
  let twin: Place['classes'][number];
  let fresh = 0;

  const headersOf = (who: Who) => sessions.get(who)?.headers() ?? {};
  const send = (who: Who, request: Request) =>
    app.inject({ ...request, headers: { ...headersOf(who), ...request.headers } });
  const expectStatus = async (request: Promise<LightMyRequestResponse>, status: number) => {
    const response = await request;
    if (response.statusCode !== status)
      throw new Error(`setup: ${response.statusCode} ${response.body.slice(0, 500)}`);
    return response;
  };

  function pupil(): Pupil {
    const next = pool.shift();
    if (next === undefined) throw new Error('the target school has too few unscreened pupils');
    return next;
  }

  const saveBody = (cycleId: number, p: Pupil, submit: boolean) => ({
    cycleId,
    studentId: p.studentId,
    baseVersion: null,
    form: formAt(p.home),
    submit,
    fix: p.home,
  });

  /** A new screening of the teacher's class, submitted, and certified when asked. */
  async function screening(status: 'submitted' | 'certified') {
    const id = randomUUID();
    const p = pupil();
    const body = saveBody(school.cycleId, p, true);
    await expectStatus(
      send('tch', { method: 'PUT', url: `/api/screenings/${id}`, payload: body }),
      201,
    );
    if (status === 'certified')
      await expectStatus(
        send('cer', {
          method: 'POST',
          url: `/api/screenings/${id}/certification`,
          payload: { pin: PIN },
        }),
        200,
      );
    return { id, studentId: p.studentId, body };
  }

  /** The start of a photo upload for a screening. */
  const upload = (id: string, screeningId: string, length: number): Request => ({
    method: 'POST',
    url: '/api/uploads',
    payload: {
      uploadId: id,
      screeningId,
      length,
      mime: 'image/jpeg',
      kind: 'outside',
      source: 'teacher_visit',
    },
  });

  /** An account with no session, made for one request. */
  const account = async (roles: Parameters<typeof createUser>[1]['roles'] = []) =>
    createUser(engine.handle(), { username: `made.${++fresh}`, roles });

  beforeAll(async () => {
    const handle = engine.handle();
    unwrap(
      await seedDatabase(handle, { scale: 'demo', seed: 3, idKeys: TEST_ID_KEYS, fraction: 0.01 }),
    );
    const places = await unscreenedPlaces(handle);
    const first = places[0];
    const second = places.find((p) => first && p.provinceCode !== first.provinceCode);
    if (first === undefined || second === undefined)
      throw new Error('the seed has unscreened pupils in two provinces');
    [school, other] = [first, second];
    const last = school.classes.at(-1);
    if (last === undefined || school.classes.length < 2)
      throw new Error('the target school has two classes');
    twin = last;
    const inTwin = (p: Pupil) => p.grade === last.grade && p.room === last.room;
    pool = school.pupils.filter((p) => !inTwin(p));
    untouched = pupil();
    otherAffiliation = school.affiliationCode === 'dla' ? 'bpp' : 'dla';
    // The seed's small nation has one affiliation: the other school is moved to another one.
    await handle.sql('update school set affiliation_code = $2 where id = $1', [
      other.schoolId,
      otherAffiliation,
    ]);

    const classesOf = (place: Place, classes: Place['classes']) =>
      classes.map((c) => ({ ...c, semesterId: place.semesterId, schoolId: place.schoolId }));
    const at = (place: Place) => ({ schoolId: place.schoolId });
    const accounts: Record<User, Parameters<typeof createUser>[1]> = {
      tch: {
        username: 'tch',
        roles: [{ role: 'teacher', ...at(school) }],
        classes: classesOf(school, school.classes.slice(0, -1)),
      },
      dir: { username: 'dir', roles: [{ role: 'school_admin', ...at(school) }] },
      cer: { username: 'cer', roles: [{ role: 'certifier', ...at(school) }] },
      area: {
        username: 'area',
        roles: [{ role: 'area_officer', provinceCode: school.provinceCode }],
      },
      aff: {
        username: 'aff',
        roles: [{ role: 'affiliation_officer', affiliationCode: school.affiliationCode }],
      },
      prog: { username: 'prog', roles: [{ role: 'programme_officer' }] },
      ana: { username: 'ana', roles: [{ role: 'analyst' }] },
      adm: { username: 'adm', roles: [{ role: 'system_admin' }] },
      tch2: {
        username: 'tch2',
        roles: [{ role: 'teacher', ...at(school) }],
        classes: classesOf(school, [twin]),
      },
      tchX: {
        username: 'tchX',
        roles: [{ role: 'teacher', ...at(other) }],
        classes: classesOf(other, other.classes),
      },
      dirX: { username: 'dirX', roles: [{ role: 'school_admin', ...at(other) }] },
      cerX: { username: 'cerX', roles: [{ role: 'certifier', ...at(other) }] },
      areX: {
        username: 'areX',
        roles: [{ role: 'area_officer', provinceCode: other.provinceCode }],
      },
      affX: {
        username: 'affX',
        roles: [{ role: 'affiliation_officer', affiliationCode: otherAffiliation }],
      },
    };
    for (const user of Object.values(accounts)) await createUser(handle, user);
    spare = await createUser(handle, {
      username: 'spare',
      roles: [{ role: 'teacher', ...at(school) }],
    });

    app = await testApp({ db: handle });
    for (const who of Object.keys(accounts) as User[]) sessions.set(who, await loginAs(app, who));
    await expectStatus(
      send('cer', {
        method: 'PUT',
        url: '/api/auth/me/pin',
        payload: { password: TEST_PASSWORD, pin: PIN },
      }),
      204,
    );

    target = await screening('submitted');
    const otherPupil = other.pupils[0];
    if (otherPupil === undefined) throw new Error('the other school has an unscreened pupil');
    const otherId = randomUUID();
    await expectStatus(
      send('tchX', {
        method: 'PUT',
        url: `/api/screenings/${otherId}`,
        payload: saveBody(other.cycleId, otherPupil, true),
      }),
      201,
    );
    otherScreening = { id: otherId, studentId: otherPupil.studentId };

    const image = await scene(1).jpeg().toBuffer();
    photoId = randomUUID();
    await expectStatus(send('tch', upload(photoId, target.id, image.length)), 201);
    await expectStatus(
      send('tch', {
        method: 'PATCH',
        url: `/api/uploads/${photoId}`,
        headers: { 'content-type': CHUNK_TYPE, 'upload-offset': '0' },
        payload: image,
      }),
      200,
    );
    uploadId = randomUUID();
    await expectStatus(send('tch', upload(uploadId, target.id, 1000)), 201);
  }, 180_000);
  afterAll(() => app.close());

  // Screening and upload ids are UUIDs: nothing in them needs escaping in a pattern.
  const markers = (): Record<MarkerName, Marker> => ({
    'target screening': { seenBy: TARGET_READERS, pattern: new RegExp(target.id) },
    'target student': { seenBy: TARGET_READERS, pattern: student(target.studentId) },
    'other screening': { seenBy: OTHER_READERS, pattern: new RegExp(otherScreening.id) },
    'other student': { seenBy: OTHER_READERS, pattern: student(otherScreening.studentId) },
    'target photo': { seenBy: TARGET_READERS, pattern: new RegExp(photoId) },
    'target upload': { seenBy: ['tch'], pattern: new RegExp(uploadId) },
  });

  const get = (url: string): Request => ({ method: 'GET', url });
  const post = (url: string, payload?: object): Request => ({
    method: 'POST',
    url,
    ...(payload && { payload }),
  });

  const matrix: Readonly<Record<RouteKey, Row>> = {
    'GET /api/health': {
      //      anon tch  dir  cer  area aff  prog ana  adm  tch2 tchX dirX cerX areX affX
      cells: 'ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok',
      request: () => get('/api/health'),
    },
    'GET /api/ready': {
      cells: 'ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok',
      request: () => get('/api/ready'),
    },
    'GET /api/stats': {
      cells: 'ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok',
      request: () => get('/api/stats'),
    },
    'POST /api/auth/login': {
      cells: 'ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok',
      request: (who) =>
        post('/api/auth/login', {
          username: who === 'anon' ? 'tch' : who,
          password: TEST_PASSWORD,
        }),
    },
    'POST /api/auth/logout': {
      cells: 'anon ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok',
      ok: 204,
      freshSession: true,
      request: () => post('/api/auth/logout'),
    },
    'GET /api/auth/me': {
      cells: 'anon ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok',
      request: () => get('/api/auth/me'),
    },
    'PUT /api/auth/me/pin': {
      cells: 'anon ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok',
      ok: 204,
      request: () => ({
        method: 'PUT',
        url: '/api/auth/me/pin',
        payload: { password: TEST_PASSWORD, pin: PIN },
      }),
    },
    'POST /api/auth/me/totp': {
      cells: 'anon ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok',
      request: () => post('/api/auth/me/totp', { password: TEST_PASSWORD }),
    },
    'POST /api/auth/me/totp/confirm': {
      cells: 'anon ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok',
      ok: 204,
      request: async (who) => {
        const body = { enrolmentToken: 'none.none', code: '000000' };
        if (who === 'anon') return post('/api/auth/me/totp/confirm', body);
        const started = await expectStatus(
          send(who, post('/api/auth/me/totp', { password: TEST_PASSWORD })),
          200,
        );
        const { secret, enrolmentToken } = started.json<{
          secret: string;
          enrolmentToken: string;
        }>();
        const code = new TOTP({
          secret: Secret.fromBase32(secret),
          digits: 6,
          period: 30,
        }).generate();
        return post('/api/auth/me/totp/confirm', { enrolmentToken, code });
      },
      // Logins from now on would ask this account for a code.
      after: async (who) => {
        await engine
          .handle()
          .sql('update app_user set totp_secret_enc = null where username = $1', [who]);
      },
    },
    'GET /api/cycles/current': {
      cells: 'anon ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok',
      request: () => get('/api/cycles/current'),
    },
    'GET /api/admin/users': {
      //      anon tch  dir  cer  area aff  prog ana  adm  tch2 tchX dirX cerX areX affX
      cells: 'anon role role role role role role role ok   role role role role role role',
      request: () => get('/api/admin/users?limit=200'),
    },
    'POST /api/admin/users': {
      cells: 'anon role role role role role role role ok   role role role role role role',
      ok: 201,
      request: () =>
        post('/api/admin/users', {
          username: `new.${++fresh}`,
          displayName: 'บัญชีใหม่',
          password: NEW_PASSWORD,
          roles: [{ role: 'analyst' }],
        }),
    },
    'POST /api/admin/users/:id/roles': {
      cells: 'anon role role role role role role role ok   role role role role role role',
      ok: 201,
      request: async () => post(`/api/admin/users/${await account()}/roles`, { role: 'analyst' }),
    },
    'DELETE /api/admin/users/:id/roles/:assignmentId': {
      cells: 'anon role role role role role role role ok   role role role role role role',
      ok: 204,
      request: async () => {
        const id = await account([{ role: 'analyst' }]);
        const [assignment] = await engine
          .handle()
          .sql<{ id: number }>('select id from role_assignment where user_id = $1', [id]);
        return { method: 'DELETE', url: `/api/admin/users/${id}/roles/${assignment?.id}` };
      },
    },
    'POST /api/admin/users/:id/active': {
      cells: 'anon role role role role role role role ok   role role role role role role',
      request: () => post(`/api/admin/users/${spare}/active`, { active: true }),
    },
    'POST /api/admin/users/:id/password': {
      cells: 'anon role role role role role role role ok   role role role role role role',
      ok: 204,
      request: () => post(`/api/admin/users/${spare}/password`, { password: NEW_PASSWORD }),
    },
    'DELETE /api/admin/users/:id/totp': {
      cells: 'anon role role role role role role role ok   role role role role role role',
      ok: 204,
      request: () => ({ method: 'DELETE', url: `/api/admin/users/${spare}/totp` }),
    },
    'PUT /api/schools/:schoolId/teachers/:userId/classes': {
      cells: 'anon role ok   role role role role role role role role 403  role role role',
      // The director of another school: 403 TEACHER_CLASS_NOT_SCHOOL_ADMIN, the route's own rule.
      request: () => ({
        method: 'PUT',
        url: `/api/schools/${school.schoolId}/teachers/${spare}/classes`,
        payload: { semesterId: school.semesterId, classes: [{ grade: twin.grade, room: 'spare' }] },
      }),
    },
    'GET /api/screenings': {
      //      anon tch  dir  cer  area aff  prog ana  adm  tch2 tchX dirX cerX areX affX
      cells: 'anon ok   ok   ok   ok   ok   ok   role role ok   ok   ok   ok   ok   ok',
      shows: ['target screening', 'target student', 'other screening', 'other student'],
      request: () => get(`/api/screenings?cycleId=${school.cycleId}&limit=500`),
    },
    'GET /api/screenings/:id': {
      cells: 'anon ok   ok   ok   ok   ok   ok   role role out  out  out  out  out  out',
      shows: ['target screening', 'target student'],
      request: () => get(`/api/screenings/${target.id}`),
    },
    'PUT /api/screenings/:id': {
      cells: 'anon ok   role role role role role role role out  out  role role role role',
      ok: 201,
      request: (_who, allowed) => ({
        method: 'PUT',
        url: `/api/screenings/${randomUUID()}`,
        payload: saveBody(school.cycleId, allowed ? pupil() : untouched, false),
      }),
    },
    'POST /api/screenings/:id/certification': {
      cells: 'anon role role ok   role role role role role role role role out  role role',
      request: async (_who, allowed) =>
        post(
          `/api/screenings/${allowed ? (await screening('submitted')).id : target.id}/certification`,
          {
            pin: PIN,
          },
        ),
    },
    'POST /api/screenings/:id/confirmation': {
      cells: 'anon role ok   role role role role role role role role out  role role role',
      request: async (_who, allowed) =>
        post(
          `/api/screenings/${allowed ? (await screening('certified')).id : target.id}/confirmation`,
          {},
        ),
    },
    'POST /api/screenings/:id/return': {
      cells: 'anon role ok   ok   role role role role role role role out  out  role role',
      request: async (_who, allowed) =>
        post(`/api/screenings/${allowed ? (await screening('submitted')).id : target.id}/return`, {
          reason: 'ขอรูปถ่ายบ้านเพิ่ม',
        }),
    },
    'POST /api/cycles/:cycleId/scoring': {
      cells: 'anon role role role role role ok   role role role role role role role role',
      request: () => post(`/api/cycles/${school.cycleId}/scoring`),
    },
    'GET /api/schools/:schoolId/progress': {
      cells: 'anon ok   ok   ok   ok   ok   ok   role role ok   out  out  out  out  out',
      request: () => get(`/api/schools/${school.schoolId}/progress?cycleId=${school.cycleId}`),
    },
    'GET /api/sync/changes': {
      cells: 'anon ok   role role role role role role role ok   ok   role role role role',
      shows: ['target screening', 'target student', 'other screening', 'other student'],
      request: () => get(`/api/sync/changes?cycleId=${school.cycleId}`),
    },
    'POST /api/sync/batch': {
      cells: 'anon ok   role ok   role role role role role ok   ok   role ok   role role',
      // A retry of the target screening: answered for its teacher, not found for other teachers,
      // and refused to certifiers item by item (they send certifications).
      request: () =>
        post('/api/sync/batch', { items: [{ kind: 'screening', id: target.id, ...target.body }] }),
      check: (response, who) => {
        const expected = who === 'tch' ? 200 : who.startsWith('cer') ? 403 : 404;
        const item = response.json<{ results: Array<{ status: number }> }>().results[0];
        return item?.status === expected ? undefined : `item ${expected}, got ${response.body}`;
      },
    },
    'POST /api/uploads': {
      //      anon tch  dir  cer  area aff  prog ana  adm  tch2 tchX dirX cerX areX affX
      cells: 'anon ok   role role role role role role role out  out  role role role role',
      ok: 201,
      request: () => upload(randomUUID(), target.id, 1000),
    },
    'PATCH /api/uploads/:uploadId': {
      cells: 'anon ok   role role role role role role role out  out  role role role role',
      request: async (_who, allowed) => {
        const id = allowed ? randomUUID() : uploadId;
        if (allowed) await expectStatus(send('tch', upload(id, target.id, 1000)), 201);
        return {
          method: 'PATCH',
          url: `/api/uploads/${id}`,
          headers: { 'content-type': CHUNK_TYPE, 'upload-offset': '0' },
          payload: Buffer.alloc(100),
        };
      },
    },
    'GET /api/uploads/:uploadId': {
      cells: 'anon ok   role role role role role role role out  out  role role role role',
      shows: ['target upload'],
      request: () => get(`/api/uploads/${uploadId}`),
    },
    'GET /api/screenings/:id/photos': {
      cells: 'anon ok   ok   ok   ok   ok   ok   out  out  out  out  out  out  out  out',
      // Analysts and system admins hold no personal scope: the photos do not exist for them.
      shows: ['target photo'],
      request: () => get(`/api/screenings/${target.id}/photos`),
    },
    'GET /api/photos/:photoId': {
      cells: 'anon ok   ok   ok   ok   ok   ok   out  out  out  out  out  out  out  out',
      request: () => get(`/api/photos/${photoId}`),
    },
  };

  it('has a row for every route the application registers, and none for a route it lacks', () => {
    expect(Object.keys(matrix).sort()).toEqual(registeredRoutes(app));
  });

  it('names one outcome per principal in every row, and a principal in scope for every role', () => {
    for (const [key, row] of Object.entries(matrix)) {
      const cells = cellsOf(row);
      expect(cells, key).toHaveLength(PRINCIPALS.length);
      expect(
        cells.filter((c) => !isCell(c)),
        key,
      ).toEqual([]);
      expect(['ok', 'anon'], key).toContain(cells[0]);
    }
    const inScope = PRINCIPALS.slice(1, PRINCIPALS.indexOf('tch2')) as User[];
    expect(inScope.map((who) => ROLE_OF[who]).sort()).toEqual([...schema.ROLES].sort());
  });

  async function cell(row: Row, who: Who, cell: Cell): Promise<string[]> {
    const request = await row.request(who, cell === 'ok');
    const session =
      who === 'anon' ? undefined : row.freshSession ? await loginAs(app, who) : sessions.get(who);
    const response = await app.inject({
      ...request,
      headers: { ...session?.headers(), ...request.headers },
    });
    await row.after?.(who);
    const expected = statusOf(cell, row);
    const said = `${response.statusCode} ${response.body.slice(0, 300)}`;
    if (response.statusCode !== expected)
      return [`${who}: expected ${expected} (${cell}), got ${said}`];
    const problems: string[] = [];
    const code = CODE_OF[cell];
    if (code !== undefined && !response.body.includes(`"code":"${code}"`))
      problems.push(`${who}: expected ${code}, got ${said}`);
    const json = String(response.headers['content-type']).startsWith('application/json');
    if (request.method === 'GET' && response.statusCode === 200 && json)
      for (const [name, marker] of Object.entries(markers()) as Array<[MarkerName, Marker]>) {
        const entitled = marker.seenBy.includes(who);
        const found = marker.pattern.exec(response.body);
        if (found && !entitled)
          problems.push(`${who}: LEAK of the ${name}: …${around(response.body, found.index)}…`);
        if (!found && entitled && row.shows?.includes(name))
          problems.push(`${who}: the ${name} is missing from ${said}`);
      }
    const checked = cell === 'ok' ? row.check?.(response, who) : undefined;
    if (checked !== undefined) problems.push(`${who}: ${checked}`);
    return problems;
  }

  for (const [key, row] of Object.entries(matrix) as Array<[RouteKey, Row]>)
    it(key, async () => {
      const problems: string[] = [];
      const cells = cellsOf(row);
      for (const [i, who] of PRINCIPALS.entries()) {
        const token = cells[i];
        if (token === undefined || !isCell(token)) continue;
        problems.push(...(await cell(row, who, token)));
      }
      expect(problems).toEqual([]);
    });
});
