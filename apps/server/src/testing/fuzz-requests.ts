import fc from 'fast-check';
import { formAt, type Place } from './places.js';
import type { RouteKey } from './routes.js';
import { TEST_PASSWORD } from './users.js';

/**
 * Requests for the fuzz test: most are a route's working request with one thing changed (a path
 * parameter, a query parameter, a body field, a header, the content type, the session), the rest
 * are drawn whole. Bodies may be any JSON, of wrong types, a megabyte long, thousands of levels
 * deep, not JSON at all or raw bytes.
 */

export const CHUNK_TYPE = 'application/offset+octet-stream';

export type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The records of the test database a working request names. */
export interface Known {
  readonly place: Place;
  readonly screeningId: string;
  readonly uploadId: string;
  readonly photoId: string;
  readonly studentId: number;
  readonly userId: number;
  /** The signing PIN of the fuzzing account. */
  readonly pin: string;
}

/** A drawn request, before the session's cookie and CSRF token are put in. */
export interface Drawn {
  readonly method: Method;
  readonly params: readonly string[];
  readonly query: string;
  readonly body: { readonly payload?: string | Buffer; readonly contentType?: string };
  readonly headers: Readonly<Record<string, string>>;
  readonly cookie: 'session' | 'garbage' | 'none';
  readonly csrf: 'right' | 'wrong' | 'none';
}

/** Path segments that have broken routers and parsers: traversal, NUL, bad escapes, numbers that are not. */
const NASTY_SEGMENTS = [
  '..',
  '.',
  '%00',
  '%2e%2e',
  '%2F',
  '%',
  '%zz',
  '%ff%fe',
  '..%2f..%2fetc%2fpasswd',
  '-1',
  '0',
  '1e309',
  '9007199254740993',
  'NaN',
  'Infinity',
  '0x1f',
  '%20',
  "'%3B--",
  '%E0%B8%81',
  'null',
  '__proto__',
  'constructor',
];

const segment = (known: Known): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(
      known.screeningId,
      known.uploadId,
      known.photoId,
      known.screeningId.toUpperCase(),
      String(known.place.cycleId),
      String(known.place.schoolId),
      String(known.userId),
      String(known.studentId),
    ),
    fc.uuid().map(String),
    fc.integer({ min: -(2 ** 40), max: 2 ** 40 }).map(String),
    fc.constantFrom(...NASTY_SEGMENTS),
    fc.string({ unit: 'binary', maxLength: 40 }).map(encodeURIComponent),
    fc.integer({ min: 200, max: 8_000 }).map((n) => '9'.repeat(n)),
  );

const QUERY_KEYS = ['cycleId', 'schoolId', 'status', 'after', 'limit', 'cursor', 'a', 'cycleId[]'];

/** What any query parameter may carry: any segment, edge numbers, statuses, snapshot cursors. */
const queryValue = (known: Known): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 1, arbitrary: segment(known) },
    {
      weight: 2,
      arbitrary: fc.constantFrom('draft,submitted', 'draft,nope', '', '1', '2147483648', '0:0:'),
    },
  );

/**
 * The query each GET route reads: per parameter, a value that works first, then values at its
 * edges. A run keeps, changes or drops each parameter.
 */
const queryTemplates = (known: Known): Partial<Record<RouteKey, Record<string, string[]>>> => {
  const cycleId = [String(known.place.cycleId), '0', '2147483647', '2147483648'];
  const uuids = ['00000000-0000-0000-0000-000000000000', 'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF'];
  return {
    'GET /api/screenings': {
      cycleId,
      schoolId: [String(known.place.schoolId), '0', '-1'],
      status: ['submitted', 'draft,submitted', 'submitted,', ',', 'nope'],
      after: [known.screeningId, ...uuids, 'not-a-uuid'],
      limit: ['10', '0', '500', '501', '1.5'],
    },
    'GET /api/schools/:schoolId/progress': { cycleId },
    'GET /api/sync/changes': {
      cycleId,
      cursor: ['1:1:', '0:0:', '0:5:', '5:3:', '1:9:3,2', '1:9:9', '18446744073709551615:1:'],
    },
    'GET /api/admin/users': {
      after: ['0', '-1', '2147483647', '2147483648'],
      limit: ['10', '0', '201'],
    },
  };
};

const RAW_QUERIES = ['?', '?%', '?&&=&', '?a[b][c]=1', '?cycleId=1&cycleId=2', '?__proto__[x]=1'];

function query(route: RouteKey, known: Known): fc.Arbitrary<string> {
  const pair = ([key, value]: readonly [string, string]) => `${key}=${value}`;
  const template = Object.entries(queryTemplates(known)[route] ?? {});
  const kept = fc.tuple(
    ...template.map(([key, [working = '', ...edges]]) =>
      fc.oneof(
        { weight: 3, arbitrary: fc.constant(pair([key, working])) },
        { weight: 2, arbitrary: fc.constantFrom(...edges, working).map((v) => pair([key, v])) },
        { weight: 1, arbitrary: queryValue(known).map((v) => pair([key, v])) },
        { weight: 1, arbitrary: fc.constant('') },
      ),
    ),
  );
  const extra = fc.oneof(
    { weight: 3, arbitrary: fc.constant([]) },
    {
      weight: 1,
      arbitrary: fc.array(fc.tuple(fc.constantFrom(...QUERY_KEYS), queryValue(known)).map(pair), {
        maxLength: 3,
      }),
    },
  );
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant('') },
    {
      weight: 8,
      arbitrary: fc.tuple(kept, extra).map(([a, b]) => {
        const pairs = [...a, ...b].filter((p) => p !== '');
        return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
      }),
    },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_QUERIES) },
  );
}

const HEADER_VALUES = {
  'upload-offset': [
    '-1',
    '1e309',
    'abc',
    '0',
    '1',
    '',
    ' 0',
    '0x10',
    '1.5',
    '99999999999999999999',
  ],
  'if-none-match': ['*', '"x"', 'W/"x"', ',,,', ''],
};

const printable = (maxLength: number) => fc.string({ unit: 'grapheme-ascii', maxLength });

const headers: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    'upload-offset': fc.oneof(fc.constantFrom(...HEADER_VALUES['upload-offset']), printable(30)),
    'if-none-match': fc.oneof(fc.constantFrom(...HEADER_VALUES['if-none-match']), printable(80)),
    'x-request-id': printable(300),
    accept: fc.constantFrom('*/*', 'text/html', 'application/json', 'image/*', ''),
  },
  { requiredKeys: [] },
);

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'text/plain',
  CHUNK_TYPE,
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  'application/vnd.api+json',
  '*/*',
  '',
];

/** Raw JSON text spliced into a body where its placeholder string stands: nesting JSON.stringify cannot make. */
const RAW = '§raw§';

const deepText = fc
  .record({
    // Unbiased: past a few thousand levels is where recursion breaks.
    depth: fc.noBias(fc.integer({ min: 100, max: 100_000 })),
    kind: fc.constantFrom('array', 'object'),
  })
  .map(({ depth, kind }) =>
    kind === 'array'
      ? `${'['.repeat(depth)}${']'.repeat(depth)}`
      : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
  );

/** A value where a field was: wrong types, edge numbers, strings up to about a megabyte, deep nests. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(null, true, -1, 0, 1.5, 1e308, -1e308, '', ' ', '0', 'NaN', []),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  // ก is three bytes in UTF-8: up to about 1.1 MB, past Fastify's 1 MiB body limit.
  {
    weight: 1,
    arbitrary: fc.noBias(fc.integer({ min: 300, max: 370_000 })).map((n) => 'ก'.repeat(n)),
  },
  { weight: 2, arbitrary: fc.constant(RAW) },
);

type PathStep = string | number;

/** Every path into a JSON value, the root's first. */
function pathsOf(value: unknown, at: PathStep[] = []): PathStep[][] {
  const here = [at];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, [...at, i]))];
  if (typeof value === 'object' && value !== null)
    return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k]))];
  return here;
}

type Change = 'replace' | 'delete' | 'add';

/** The template with one change: a field replaced, removed, or one added beside it. */
function mutated(template: unknown, pick: number, op: Change, value: unknown) {
  const copy: unknown = structuredClone(template);
  const paths = pathsOf(copy);
  const path = paths[pick % paths.length] ?? [];
  if (path.length === 0) return value;
  let parent: unknown = copy;
  for (const step of path.slice(0, -1)) parent = (parent as Record<PathStep, unknown>)[step];
  const last = path.at(-1) ?? '';
  const node = parent as Record<PathStep, unknown>;
  if (op === 'delete') {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else if (op === 'add' && !Array.isArray(node)) node[`extra${String(last)}`] = value;
  else node[last] = value;
  return copy;
}

/** JSON text of a drawn value, with a deep nest where RAW stands; anything that will not stringify is null. */
function jsonOf(value: unknown, deep: string): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  return (text ?? 'null').replaceAll(`"${RAW}"`, deep);
}

const MALFORMED = [
  '{',
  '{"a":',
  '[1,2',
  '{"a":1}}',
  'nul',
  '\u0000',
  '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '',
  ' ',
  '"text"',
  '1e999999',
  '-',
  '{"a":1,"a":2}',
  '\ufeff{}',
  `{"a":"${'x'.repeat(1_100_000)}"}`,
];

function body(template: unknown): fc.Arbitrary<Drawn['body']> {
  const json = (text: fc.Arbitrary<string>) =>
    fc.record({
      payload: text,
      contentType: fc.oneof(
        { weight: 4, arbitrary: fc.constant('application/json') },
        { weight: 1, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
        { weight: 1, arbitrary: printable(60) },
      ),
    });
  const valid = template === undefined ? fc.constant(null) : fc.constant(template);
  const change = fc
    .tuple(fc.nat(), fc.constantFrom<Change>('replace', 'delete', 'add'), junk)
    .map(([pick, op, value]) => mutated(template ?? {}, pick, op, value));
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant({}) },
    { weight: 2, arbitrary: json(fc.tuple(valid, deepText).map(([v, d]) => jsonOf(v, d))) },
    { weight: 6, arbitrary: json(fc.tuple(change, deepText).map(([v, d]) => jsonOf(v, d))) },
    { weight: 2, arbitrary: json(fc.jsonValue().map((v) => JSON.stringify(v))) },
    { weight: 1, arbitrary: json(fc.tuple(fc.anything(), deepText).map(([v, d]) => jsonOf(v, d))) },
    { weight: 1, arbitrary: json(deepText) },
    {
      weight: 2,
      arbitrary: json(fc.oneof(fc.constantFrom(...MALFORMED), fc.string({ unit: 'binary' }))),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        payload: fc.uint8Array({ maxLength: 70_000 }).map((bytes) => Buffer.from(bytes)),
        contentType: fc.oneof(fc.constant(CHUNK_TYPE), fc.constantFrom(...CONTENT_TYPES)),
      }),
    },
  );
}

/** Valid bodies to mutate, for the routes that take one: most runs change one field of them. */
function templates(known: Known): Partial<Record<RouteKey, unknown>> {
  const pupilForm = formAt({ lat: 15, lon: 101 });
  const save = {
    cycleId: known.place.cycleId,
    studentId: known.studentId,
    baseVersion: null,
    form: pupilForm,
    submit: true,
    fix: { lat: 15, lon: 101, accuracyM: 10 },
  };
  return {
    'POST /api/auth/login': { username: 'fuzz.1', password: TEST_PASSWORD, totp: '123456' },
    'PUT /api/auth/me/pin': { password: TEST_PASSWORD, pin: known.pin },
    'POST /api/auth/me/totp': { password: TEST_PASSWORD },
    'POST /api/auth/me/totp/confirm': { enrolmentToken: 'e30.c2ln', code: '123456' },
    'POST /api/admin/users': {
      username: 'fuzz.made',
      displayName: 'ผู้ใช้',
      password: 'a long enough password',
      roles: [{ role: 'teacher', schoolId: known.place.schoolId }],
    },
    'POST /api/admin/users/:id/roles': { role: 'area_officer', provinceCode: '10' },
    'POST /api/admin/users/:id/active': { active: true },
    'POST /api/admin/users/:id/password': { password: 'a long new password' },
    'PUT /api/schools/:schoolId/teachers/:userId/classes': {
      semesterId: known.place.semesterId,
      classes: [{ grade: known.place.classes[0]?.grade, room: '1' }],
    },
    'PUT /api/screenings/:id': save,
    'POST /api/screenings/:id/certification': { pin: known.pin, fix: save.fix },
    'POST /api/screenings/:id/confirmation': { fix: save.fix },
    'POST /api/screenings/:id/return': { reason: 'ขอแก้ไข', fix: save.fix },
    'POST /api/sync/batch': {
      items: [
        { kind: 'screening', id: known.screeningId, ...save },
        { kind: 'certification', id: known.screeningId, pin: known.pin },
      ],
    },
    'POST /api/uploads': {
      uploadId: known.uploadId,
      screeningId: known.screeningId,
      length: 1000,
      mime: 'image/jpeg',
      kind: 'outside',
      source: 'teacher_visit',
    },
  };
}

const paramsOf = (path: string): string[] => path.split('/').filter((s) => s.startsWith(':'));

/** The known record a path parameter names. */
function knownParam(path: string, name: string, known: Known): string {
  const byName: Record<string, string> = {
    ':id': path.startsWith('/api/admin') ? String(known.userId) : known.screeningId,
    ':userId': String(known.userId),
    ':assignmentId': '1',
    ':uploadId': known.uploadId,
    ':photoId': known.photoId,
    ':cycleId': String(known.place.cycleId),
    ':schoolId': String(known.place.schoolId),
  };
  return byName[name] ?? '1';
}

/** A route's working request: known records in the path, the templates, a live session. */
function working(route: RouteKey, known: Known, anonymous: boolean): Drawn {
  const [method = 'GET', path = ''] = route.split(' ');
  const template = templates(known)[route];
  const pairs = Object.entries(queryTemplates(known)[route] ?? {}).map(([k, [v]]) => `${k}=${v}`);
  const chunk = method === 'PATCH';
  return {
    method: method as Method,
    params: paramsOf(path).map((name) => knownParam(path, name, known)),
    query: pairs.length === 0 ? '' : `?${pairs.join('&')}`,
    body: chunk
      ? { payload: Buffer.alloc(100, 1), contentType: CHUNK_TYPE }
      : template === undefined
        ? {}
        : { payload: JSON.stringify(template), contentType: 'application/json' },
    headers: chunk ? { 'upload-offset': '0' } : {},
    cookie: anonymous ? 'none' : 'session',
    csrf: anonymous ? 'none' : 'right',
  };
}

/** One query parameter of the template set to one of its edges or to anything, dropped, or one added. */
function queryChange(route: RouteKey, known: Known, base: string): fc.Arbitrary<string> {
  const template = Object.entries(queryTemplates(known)[route] ?? {});
  const pairs = base === '' ? [] : base.slice(1).split('&');
  const set = (i: number, pair: string) => {
    const next = pairs.map((p, j) => (j === i ? pair : p)).filter((p) => p !== '');
    return next.length === 0 ? '' : `?${next.join('&')}`;
  };
  const extra = fc
    .tuple(fc.constantFrom(...QUERY_KEYS), queryValue(known))
    .map(([k, v]) => `${base === '' ? '?' : `${base}&`}${k}=${v}`);
  if (template.length === 0) return fc.oneof(extra, fc.constantFrom(...RAW_QUERIES));
  const one = fc.nat({ max: template.length - 1 }).chain((i) => {
    const [key = '', [, ...edges] = []] = template[i] ?? [];
    return fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...edges).map((v) => set(i, `${key}=${v}`)) },
      { weight: 1, arbitrary: queryValue(known).map((v) => set(i, `${key}=${v}`)) },
      { weight: 1, arbitrary: fc.constant(set(i, '')) },
    );
  });
  return fc.oneof(
    { weight: 4, arbitrary: one },
    { weight: 1, arbitrary: extra },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_QUERIES) },
  );
}

/** The working request with one thing changed: most faults hide one step off the happy path. */
function focused(route: RouteKey, known: Known, anonymous: boolean): fc.Arbitrary<Drawn> {
  const base = working(route, known, anonymous);
  const takesBody = !['GET', 'DELETE'].includes(base.method);
  const hasQuery = queryTemplates(known)[route] !== undefined;
  const changes = [
    {
      weight: takesBody ? 4 : 1,
      arbitrary: body(templates(known)[route]).map((b) => ({ ...base, body: b })),
    },
    {
      weight: hasQuery ? 3 : 1,
      arbitrary: queryChange(route, known, base.query).map((q) => ({ ...base, query: q })),
    },
    { weight: 1, arbitrary: headers.map((h) => ({ ...base, headers: { ...base.headers, ...h } })) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...CONTENT_TYPES)
        .map((contentType) => ({ ...base, body: { ...base.body, contentType } })),
    },
    {
      weight: 1,
      arbitrary: anonymous
        ? fc.constant({ ...base, cookie: 'garbage' as const })
        : fc
            .constantFrom<Pick<Drawn, 'cookie' | 'csrf'>>(
              { cookie: 'garbage', csrf: 'right' },
              { cookie: 'none', csrf: 'right' },
              { cookie: 'session', csrf: 'wrong' },
              { cookie: 'session', csrf: 'none' },
            )
            .map((auth) => ({ ...base, ...auth })),
    },
  ];
  if (base.params.length > 0)
    changes.push({
      weight: 2,
      arbitrary: fc.tuple(fc.nat(), segment(known)).map(([i, value]) => ({
        ...base,
        params: base.params.map((p, j) => (j === i % base.params.length ? value : p)),
      })),
    });
  if (base.method === 'GET')
    changes.push({ weight: 1, arbitrary: fc.constant({ ...base, method: 'HEAD' as const }) });
  return fc.oneof(...changes);
}

/** Everything drawn at once, far from any working request. */
function wild(route: RouteKey, known: Known, anonymous: boolean): fc.Arbitrary<Drawn> {
  const [method = 'GET', path = ''] = route.split(' ');
  const takesBody = !['GET', 'DELETE'].includes(method);
  return fc.record({
    method:
      method === 'GET'
        ? fc.constantFrom<Method>('GET', 'GET', 'GET', 'HEAD')
        : fc.constant(method as Method),
    params: fc.tuple(...paramsOf(path).map(() => segment(known))),
    query: query(route, known),
    body: takesBody
      ? body(templates(known)[route])
      : fc.oneof(
          { weight: 6, arbitrary: fc.constant({}) },
          { weight: 1, arbitrary: body(undefined) },
        ),
    headers,
    cookie: anonymous
      ? fc.constantFrom('none', 'garbage')
      : fc.constantFrom('session', 'session', 'session', 'session', 'garbage'),
    csrf: anonymous
      ? fc.constant('none')
      : fc.constantFrom('right', 'right', 'right', 'wrong', 'none'),
  });
}

export const drawn = (route: RouteKey, known: Known, anonymous: boolean): fc.Arbitrary<Drawn> =>
  fc.oneof(
    { weight: 3, arbitrary: focused(route, known, anonymous) },
    { weight: 1, arbitrary: wild(route, known, anonymous) },
  );
