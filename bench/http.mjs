// Shared by the HTTP benches (submission, photo-upload): a seeded PostgreSQL database with one class
// teacher per school, the server in a worker thread (bench/serve.mjs), logins through the API, and
// household forms a teacher would submit. Imports the built code: `npm run build` first.
import { Worker } from 'node:worker_threads';
import { createUser, TEST_PASSWORD } from '../apps/server/dist/testing/users.js';
import { migrateDatabase, openPostgres } from '../packages/db/dist/connection/index.js';
import { deriveIdKeys } from '../packages/db/dist/crypto/index.js';
import { seedDatabase } from '../packages/db/dist/seed/index.js';
import { sampleHouseholds, thaiIdCheckDigit } from '../packages/domain/dist/index.js';
import { freshDatabase, unwrap } from './lib.mjs';

/** The national-ID keys of the bench databases: the seed and the server must share them. */
export const BENCH_ID_KEYS = deriveIdKeys(new Uint8Array(32).fill(11));

/** How many logins run at once: each is an argon2 verification on the server. */
const LOGIN_CONCURRENCY = 4;

/**
 * A fresh database `name`, migrated and seeded with a share of the demo nation's schools, and one
 * class teacher per school whose classes are every class of the cycle's semester: every unscreened
 * student is in some teacher's class, and each teacher acts in one school, as a real one does.
 * Answers the handle (the caller closes it and calls drop), the cycle and the teachers by school.
 */
export async function seededDatabase(name, fraction) {
  const database = await freshDatabase(name);
  const handle = unwrap(await openPostgres(database.url));
  try {
    unwrap(await migrateDatabase(handle));
    unwrap(await seedDatabase(handle, { scale: 'demo', seed: 1, idKeys: BENCH_ID_KEYS, fraction }));
    const [cycle] = await handle.sql(
      'select id, semester_id from cycle order by semester_id desc limit 1',
    );
    const semesterId = Number(cycle.semester_id);
    const teachers = await addTeachers(handle, semesterId);
    // Autovacuum would gather statistics on the fresh tables within a minute; without them the
    // planner takes the seeded tables for empty and the server's lookups scan whole tables.
    await handle.sql('analyze');
    return {
      handle,
      url: database.url,
      drop: database.drop,
      cycleId: Number(cycle.id),
      semesterId,
      teachers,
    };
  } catch (error) {
    await handle.close();
    await database.drop();
    throw error;
  }
}

/** One teacher per school, in charge of every class of the semester there: usernames by school. */
async function addTeachers(handle, semesterId) {
  const teachers = new Map();
  for (const { id } of await handle.sql('select id from school order by id')) {
    const username = `bench.teacher.${id}`;
    await createUser(handle, { username, roles: [{ role: 'teacher', schoolId: Number(id) }] });
    teachers.set(Number(id), username);
  }
  await handle.sql(
    `insert into teacher_class (user_id, semester_id, school_id, grade, room)
     select distinct u.id, en.semester_id, en.school_id, en.grade, en.room
       from enrolment en join app_user u on u.username = 'bench.teacher.' || en.school_id
      where en.semester_id = $1`,
    [semesterId],
  );
  return teachers;
}

/** The cycle's students with no screening yet, with their school and their home's position. */
export async function unscreenedStudents(handle, cycleId, semesterId) {
  const rows = await handle.sql(
    `select en.student_id, en.school_id, h.lat, h.lon
       from enrolment en
       join household_member hm on hm.person_id = en.student_id and hm.to_semester_id is null
       join household h on h.id = hm.household_id
      where en.semester_id = $1 and h.lat is not null
        and not exists (select 1 from screening s where s.cycle_id = $2 and s.student_id = en.student_id)
      order by en.student_id`,
    [semesterId, cycleId],
  );
  return rows.map((r) => ({
    studentId: Number(r.student_id),
    schoolId: Number(r.school_id),
    home: { lat: Number(r.lat), lon: Number(r.lon) },
  }));
}

/**
 * The server in a worker thread (bench/serve.mjs): its base URL, and `close`, which waits for the
 * thread to end and throws what crashed it, if anything did.
 */
export async function serveInThread(workerData) {
  const worker = new Worker(new URL('./serve.mjs', import.meta.url), { workerData });
  let crash;
  worker.on('error', (error) => {
    crash = error;
  });
  const exited = new Promise((resolve) => worker.once('exit', resolve));
  const { port } = await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    void exited.then(() => reject(crash ?? new Error('the server thread ended before listening')));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    close: async () => {
      worker.postMessage('close');
      await exited;
      if (crash !== undefined) throw crash;
    },
  };
}

// Node's built-in fetch; the lint configuration lists only the globals the TypeScript code uses.
export const { fetch } = globalThis;

/** Logs in through the API: the headers every later request of this teacher carries. */
export async function login(base, username) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: TEST_PASSWORD }),
  });
  if (response.status !== 200)
    throw new Error(`login as ${username}: ${response.status} ${await response.text()}`);
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('isee_session='));
  const { csrfToken } = await response.json();
  return { cookie: session, 'x-csrf-token': csrfToken };
}

/** Every teacher logged in, a few at a time: headers by school. */
export async function loginAll(base, teachers) {
  const headers = new Map();
  const queue = [...teachers];
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift())
      headers.set(next[0], await login(base, next[1]));
  };
  await Promise.all(Array.from({ length: LOGIN_CONCURRENCY }, worker));
  return headers;
}

const sample = sampleHouseholds('2026-03')[0].form;

/**
 * The sample household at a student's home, its national IDs replaced by the n-th set of IDs no
 * one else has (category 5, which the seed never issues): one shared ID would put every household
 * in every other's person-in-two-screenings check. The guardian keeps the same ID as her member row.
 */
export function householdForm(home, n) {
  const ids = new Map();
  const fresh = (old) => {
    if (old === undefined) return undefined;
    if (!ids.has(old)) {
      const first12 = `5${String(n * 10 + ids.size).padStart(11, '0')}`;
      ids.set(old, `${first12}${thaiIdCheckDigit(first12)}`);
    }
    return ids.get(old);
  };
  const withId = (person) =>
    person.idNumber === undefined ? person : { ...person, idNumber: fresh(person.idNumber) };
  return {
    ...sample,
    guardian: withId(sample.guardian),
    members: sample.members.map(withId),
    address: { ...sample.address, gps: home },
    photos: {
      items: sample.photos.items.map((p) => ({ ...p, place: home, ref: `${p.ref}-${n}` })),
    },
  };
}
