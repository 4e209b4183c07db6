import { randomUUID } from 'node:crypto';
import {
  migrateDatabase,
  openMemoryDatabase,
  schema,
  seedDatabase,
  type DatabaseHandle,
} from '@isee/db';
import { unwrap } from '@isee/domain';
import fc from 'fast-check';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scene } from './modules/evidence/test-images.js';
import { TEST_ID_KEYS, testApp } from './testing/app.js';
import { CHUNK_TYPE, drawn, type Drawn, type Known, type Method } from './testing/fuzz-requests.js';
import { formAt, unscreenedPlaces, type Place } from './testing/places.js';
import { registeredRoutes, type RouteKey } from './testing/routes.js';
import {
  createUser,
  loginAs,
  TEST_PASSWORD,
  type TestRole,
  type TestSession,
} from './testing/users.js';

/**
 * Random and malformed requests to every route (testing/fuzz-requests.ts draws them). Whatever
 * comes, the answer arrives within 5 s, is never a 5xx, and a refusal always has the error shape
 * with its issues. PGlite only: this is about parsing and validation, not about the SQL engine.
 */

const RUNS = 60;
/** Fixed, so a failure reproduces; each route adds its index. */
const SEED = 20_260_701;
const ANSWER_WITHIN_MS = 5_000;
const PIN = '482915';

interface Sent {
  readonly method: Method;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly payload?: string | Buffer;
}

/** Every role of schema.ROLES, scoped to the place. */
const everyRole = (place: Place): TestRole[] => [
  { role: 'teacher', schoolId: place.schoolId },
  { role: 'school_admin', schoolId: place.schoolId },
  { role: 'certifier', schoolId: place.schoolId },
  { role: 'area_officer', provinceCode: place.provinceCode },
  { role: 'affiliation_officer', affiliationCode: place.affiliationCode },
  { role: 'programme_officer' },
  { role: 'analyst' },
  { role: 'system_admin' },
];

/** The request as sent: the session's cookie and CSRF token put in as drawn. */
function sent(route: RouteKey, d: Drawn, session: TestSession | undefined): Sent {
  const [, path = ''] = route.split(' ');
  let i = 0;
  const url = path.replace(/:[A-Za-z]+/g, () => d.params[i++] ?? '') + d.query;
  const h: Record<string, string> = { ...d.headers };
  if (d.body.contentType !== undefined) h['content-type'] = d.body.contentType;
  if (d.cookie === 'session' && session) h['cookie'] = session.cookie;
  if (d.cookie === 'garbage') h['cookie'] = 'isee_session=not-a-session; other=%zz';
  if (d.csrf === 'right' && session) h['x-csrf-token'] = session.csrf;
  if (d.csrf === 'wrong') h['x-csrf-token'] = 'x'.repeat(43);
  return {
    method: d.method,
    url,
    headers: h,
    ...(d.body.payload !== undefined && { payload: d.body.payload }),
  };
}

const short = (text: string, max = 300) =>
  text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;

/** The request as a failure report shows it: long values cut, bytes counted. */
const described = (s: Sent): string =>
  JSON.stringify({
    method: s.method,
    url: short(s.url, 500),
    headers: Object.fromEntries(Object.entries(s.headers).map(([k, v]) => [k, short(v, 100)])),
    payload: Buffer.isBuffer(s.payload) ? `<${s.payload.length} bytes>` : short(s.payload ?? ''),
  });

/** What is wrong with an answer; `kind` tells one fault from another, so each is reported once. */
interface Problem {
  readonly kind: string;
  readonly text: string;
}

/** A server error, or a refusal not in the error shape. */
function problemOf(method: Method, response: LightMyRequestResponse): Problem | undefined {
  const status = response.statusCode;
  if (status >= 500) return { kind: String(status), text: `answered ${status}` };
  if (status < 400 || method === 'HEAD') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(response.body);
  } catch {
    return { kind: `${status} not JSON`, text: `answered ${status}: ${short(response.body)}` };
  }
  const error = (parsed as { error?: { status?: unknown; issues?: unknown } }).error;
  const issues = Array.isArray(error?.issues) ? (error.issues as unknown[]) : [];
  const wellFormed = issues.every((i) => {
    const { code, path, params, message } = i as Record<string, unknown>;
    const m = message as { th?: unknown; en?: unknown } | undefined;
    return (
      typeof code === 'string' &&
      typeof path === 'string' &&
      typeof params === 'object' &&
      typeof m?.th === 'string' &&
      m.th !== '' &&
      typeof m.en === 'string'
    );
  });
  if (error?.status === status && issues.length > 0 && wellFormed) return undefined;
  const code = (parsed as { code?: unknown }).code;
  return {
    kind: `${status} ${typeof code === 'string' ? code : 'shape'}`,
    text: `answered ${status} outside the error shape: ${short(response.body)}`,
  };
}

/** The message of the first error the application logged. */
function loggedError(lines: readonly string[]): string {
  for (const line of lines) {
    const entry = JSON.parse(line) as { err?: { message?: string } };
    if (entry.err?.message !== undefined) return entry.err.message;
  }
  return '(nothing logged)';
}

/** The answer, or undefined when none came in time. */
async function within<T>(ms: number, answer: Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}

describe('every route under random and malformed requests (PGlite)', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let routes: RouteKey[];
  let known: Known;
  /** Server errors the application logged, to show beside a failing request. */
  const logged: string[] = [];
  let user: { readonly username: string; readonly session: TestSession };
  let made = 0;

  /** A new account with every role (the drawn requests may log out, lock or strip the last one). */
  async function newUser(place: Place) {
    const username = `fuzz.${++made}`;
    const classes = place.classes.map((c) => ({
      ...c,
      semesterId: place.semesterId,
      schoolId: place.schoolId,
    }));
    const id = await createUser(handle, { username, roles: everyRole(place), classes });
    const session = await loginAs(app, username);
    const pin = await app.inject({
      method: 'PUT',
      url: '/api/auth/me/pin',
      headers: session.headers(),
      payload: { password: TEST_PASSWORD, pin: PIN },
    });
    if (pin.statusCode !== 204) throw new Error(`setup: PIN ${pin.body}`);
    return { id, username, session };
  }

  /** The account as made, or a new one: the requests are fuzzed, the caller is not. */
  async function keepUser(place: Place): Promise<void> {
    const me = await app.inject({ url: '/api/auth/me', headers: { cookie: user.session.cookie } });
    const roles = me.statusCode === 200 ? me.json<{ roles: unknown[] }>().roles.length : 0;
    if (roles !== everyRole(place).length) user = await newUser(place);
  }

  beforeAll(async () => {
    handle = await openMemoryDatabase();
    unwrap(await migrateDatabase(handle));
    unwrap(
      await seedDatabase(handle, { scale: 'demo', seed: 7, idKeys: TEST_ID_KEYS, fraction: 0.01 }),
    );
    const [place] = await unscreenedPlaces(handle);
    const pupil = place?.pupils[0];
    if (place === undefined || pupil === undefined)
      throw new Error('the seed leaves unscreened students');
    app = await testApp({
      db: handle,
      logger: { level: 'error', stream: { write: (line: string) => void logged.push(line) } },
    });
    routes = registeredRoutes(app);
    const first = await newUser(place);
    user = first;
    const as = first.session.headers();
    const screeningId = randomUUID();
    const saved = await app.inject({
      method: 'PUT',
      url: `/api/screenings/${screeningId}`,
      headers: as,
      payload: {
        cycleId: place.cycleId,
        studentId: pupil.studentId,
        baseVersion: null,
        form: formAt(pupil.home),
        submit: true,
      },
    });
    if (saved.statusCode !== 201) throw new Error(`setup: screening ${saved.body}`);
    const start = (uploadId: string, length: number) =>
      app.inject({
        method: 'POST',
        url: '/api/uploads',
        headers: as,
        payload: {
          uploadId,
          screeningId,
          length,
          mime: 'image/jpeg',
          kind: 'outside',
          source: 'teacher_visit',
        },
      });
    const image = await scene(3).jpeg().toBuffer();
    const photoId = randomUUID();
    await start(photoId, image.length);
    const stored = await app.inject({
      method: 'PATCH',
      url: `/api/uploads/${photoId}`,
      headers: { ...as, 'content-type': CHUNK_TYPE, 'upload-offset': '0' },
      payload: image,
    });
    if (stored.statusCode !== 200) throw new Error(`setup: photo ${stored.body}`);
    const uploadId = randomUUID();
    await start(uploadId, 1000);
    known = {
      place,
      screeningId,
      uploadId,
      photoId,
      studentId: pupil.studentId,
      userId: first.id,
      pin: PIN,
    };
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('holds every role in the fuzzing account, and fuzzes every registered route', () => {
    expect(
      everyRole(known.place)
        .map((r) => r.role)
        .sort(),
    ).toEqual([...schema.ROLES].sort());
    expect(routes.length).toBeGreaterThan(20);
  });

  /**
   * Each route's drawn requests, sent one by one. Each kind of fault is reported once, with the
   * routes that showed it and the first request that did (`fc.sample(arbitrary, { seed, numRuns })`
   * draws the same requests again).
   */
  async function fuzz(anonymous: boolean): Promise<string[]> {
    const faults = new Map<string, { routes: RouteKey[]; first: string }>();
    for (const [index, route] of routes.entries()) {
      const seed = SEED + index;
      const draws = fc.sample(drawn(route, known, anonymous), { seed, numRuns: RUNS });
      for (const [run, d] of draws.entries()) {
        if (!anonymous) await keepUser(known.place);
        const request = sent(route, d, anonymous ? undefined : user.session);
        logged.length = 0;
        const response = await within(ANSWER_WITHIN_MS, app.inject(request));
        const problem =
          response === undefined
            ? { kind: 'hung', text: `no answer within ${ANSWER_WITHIN_MS} ms` }
            : problemOf(request.method, response);
        if (problem === undefined) continue;
        const error =
          response !== undefined && response.statusCode >= 500 ? loggedError(logged) : '';
        // Quoted values (the input an error names) vary from request to request; the fault does not.
        const kind = `${problem.kind} ${error.replace(/"[^"]*"/g, '"…"').slice(0, 60)}`.trim();
        const fault = faults.get(kind);
        if (fault !== undefined) {
          if (!fault.routes.includes(route)) fault.routes.push(route);
          continue;
        }
        const first = `${route} (seed ${seed}, run ${run}): ${problem.text} ${short(error, 200)}\n    ${described(request)}`;
        faults.set(kind, { routes: [route], first });
      }
    }
    return [...faults].map(
      ([kind, f]) =>
        `${kind} on ${f.routes.length} route(s): ${f.routes.join(', ')}\n  first: ${f.first}`,
    );
  }

  it('answers every route, as a user with every role, within 5 s, never with a 5xx', async () => {
    expect(await fuzz(false)).toEqual([]);
  }, 120_000);

  it('answers every route, anonymously, within 5 s, never with a 5xx', async () => {
    expect(await fuzz(true)).toEqual([]);
  }, 120_000);
});
