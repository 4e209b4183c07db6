// Screening submissions over HTTP against PostgreSQL: autocannon drives `PUT /api/screenings/:id`
// on the real application (bench/serve.mjs, in its own thread), each request a new screening of
// another unscreened student, submitted at once, by the class teacher of the student's school. The
// ceiling, in the same run: a bare Fastify route that parses the same JSON bodies, with the same
// connections and duration. Afterwards the database must hold exactly one submitted screening per
// 201 answer, and the audit chain must verify. Aims (issue 4): ≥ 500 submissions/s, p99 < 100 ms.
// SUBMISSION_BENCH_SECONDS (default 20), SUBMISSION_BENCH_CONNECTIONS (20) and
// SUBMISSION_BENCH_FRACTION (the demo nation's share of schools seeded, 1: ~10,000 unscreened
// students) override the defaults; the run ends early if the students run out.
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { verifyAudit } from '../packages/db/dist/audit/index.js';
import {
  householdForm,
  loginAll,
  seededDatabase,
  serveInThread,
  unscreenedStudents,
} from './http.mjs';
import { mulberry32, printResult, unwrap } from './lib.mjs';

const SECONDS = Number(process.env.SUBMISSION_BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.SUBMISSION_BENCH_CONNECTIONS ?? 20);
const FRACTION = Number(process.env.SUBMISSION_BENCH_FRACTION ?? 1);
const AIM = { perSecond: 500, p99Ms: 100 };
const JSON_TYPE = { 'content-type': 'application/json' };

const fmt = (n) => Math.round(n).toLocaleString('en-US');

/** A deterministic shuffle: consecutive requests go to different schools, as at a deadline. */
function shuffled(items, seed) {
  const random = mulberry32(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Each request's id and answer (undefined until answered). autocannon keeps one context per
 * connection and one request in flight on it, so the context carries the id to the answer.
 */
function requestLog() {
  const answers = new Map();
  return {
    answers,
    sent: (context, id) => {
      context.id = id;
      answers.set(id, undefined);
    },
    answered: (status, _body, context) => answers.set(context.id, status),
  };
}

/**
 * autocannon with the bench's connections and duration, request i carrying item i (cycling when
 * `cycle`, else stopping after the last item) under a fresh UUID in `path(id)`.
 */
function hammer(base, items, { path, cycle, log }) {
  let next = 0;
  return autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: SECONDS,
    ...(cycle ? {} : { maxOverallRequests: items.length }),
    requests: [
      {
        method: 'PUT',
        setupRequest: (request, context) => {
          const item = items[next++ % items.length];
          const id = randomUUID();
          log?.sent(context, id);
          return {
            ...request,
            path: path(id),
            headers: { ...request.headers, ...item.headers },
            body: item.body,
          };
        },
        ...(log && { onResponse: log.answered }),
      },
    ],
  });
}

const countOf = (result, status) => result.statusCodeStats[status]?.count ?? 0;
const answered = (result, keep = () => true) =>
  Object.entries(result.statusCodeStats)
    .filter(([status]) => keep(Number(status)))
    .reduce((sum, [, { count }]) => sum + count, 0);
const otherAnswers = (result, expected) =>
  Object.entries(result.statusCodeStats)
    .filter(([status]) => status !== String(expected))
    .map(([status, { count }]) => `${status}×${count}`)
    .join(', ') || 'none';

/** The bare ceiling, then the real submissions, on the same bodies. */
async function measure(db, students) {
  const app = await serveInThread({ kind: 'app', databaseUrl: db.url });
  const bare = await serveInThread({ kind: 'bare' });
  try {
    const sessions = await loginAll(app.base, db.teachers);
    const items = students.map((s, n) => ({
      headers: { ...JSON_TYPE, ...sessions.get(s.schoolId) },
      body: JSON.stringify({
        cycleId: db.cycleId,
        studentId: s.studentId,
        baseVersion: null,
        form: householdForm(s.home, n),
        submit: true,
        fix: { ...s.home, accuracyM: 15 },
      }),
    }));
    console.log(
      `${CONNECTIONS} connections, ${SECONDS} s each; body ≈ ${fmt(items[0].body.length)} bytes`,
    );
    const ceiling = await hammer(bare.base, items, { path: (id) => `/bare/${id}`, cycle: true });
    const log = requestLog();
    const run = await hammer(app.base, items, {
      path: (id) => `/api/screenings/${id}`,
      cycle: false,
      log,
    });
    return { ceiling, run, answers: log.answers, ranOut: answered(run) >= items.length };
  } finally {
    // The server finishes what it had begun before the database is checked.
    await Promise.all([app.close(), bare.close()]);
  }
}

/**
 * Every 201 answer is a submitted screening, one per student, and every other screening the bench
 * wrote is a request cut off in flight when autocannon stopped (at most one per connection).
 */
async function checkStored(handle, answers) {
  const rows = await handle.sql(
    `select s.id, s.status from screening s join app_user u on u.id = s.created_by
      where u.username like 'bench.teacher.%'`,
  );
  const stored = new Map(rows.map((r) => [String(r.id), r.status]));
  const created = [...answers].filter(([, status]) => status === 201).map(([id]) => id);
  const lost = created.filter((id) => !stored.has(id)).length;
  const extra = [...stored.keys()].filter((id) => answers.get(id) !== 201);
  const cutOff = extra.filter((id) => answers.has(id) && answers.get(id) === undefined).length;
  const notSubmitted = [...stored.values()].filter((status) => status !== 'submitted').length;
  const [{ duplicates }] = await handle.sql(
    `select count(*) - count(distinct s.student_id) as duplicates
       from screening s join app_user u on u.id = s.created_by
      where u.username like 'bench.teacher.%'`,
  );
  const consistent =
    lost === 0 &&
    extra.length === cutOff &&
    cutOff <= CONNECTIONS &&
    notSubmitted === 0 &&
    Number(duplicates) === 0;
  console.log(
    `database: ${fmt(stored.size)} screenings written = ${fmt(created.length)} answered 201 + ${cutOff} cut off in flight at the stop; ${lost} lost, ${extra.length - cutOff} unexplained, ${notSubmitted} not submitted, ${duplicates} duplicate students: ${consistent ? 'consistent' : 'INCONSISTENT'}`,
  );
  return consistent;
}

const db = await seededDatabase('isee_bench_submission', FRACTION);
let failed = true;
try {
  const students = shuffled(await unscreenedStudents(db.handle, db.cycleId, db.semesterId), 1);
  console.log(
    `seeded ${db.teachers.size} schools (fraction ${FRACTION}), ${fmt(students.length)} unscreened students, one teacher per school`,
  );
  const { ceiling, run, answers, ranOut } = await measure(db, students);
  const bareRate = countOf(ceiling, 201) / ceiling.duration;
  console.log(
    `baseline, bare Fastify PUT /bare/:id (JSON parsed, no database): ${fmt(bareRate)} req/s, p50 ${ceiling.latency.p50} ms, p99 ${ceiling.latency.p99} ms; other answers: ${otherAnswers(ceiling, 201)}`,
  );
  const submissions = countOf(run, 201);
  const rate = submissions / run.duration;
  console.log(
    `PUT /api/screenings/:id (submit, PostgreSQL): ${fmt(submissions)} submissions in ${run.duration} s = ${fmt(rate)} submissions/s, p50 ${run.latency.p50} ms, p99 ${run.latency.p99} ms`,
  );
  console.log(
    `  other answers: ${otherAnswers(run, 201)}; socket errors ${run.errors}, timeouts ${run.timeouts}`,
  );
  if (ranOut) console.log(`  the students ran out before ${SECONDS} s: seed a larger fraction`);
  const meets = rate >= AIM.perSecond && run.latency.p99 < AIM.p99Ms;
  console.log(
    `aim ≥ ${AIM.perSecond}/s and p99 < ${AIM.p99Ms} ms: ${meets ? 'met' : 'NOT met'} (ratio to bare ${(rate / bareRate).toFixed(3)})`,
  );

  const consistent = await checkStored(db.handle, answers);
  const audit = unwrap(await verifyAudit(db.handle));
  const auditHolds = audit.firstBrokenId === undefined;
  console.log(
    `audit chain: ${fmt(audit.rows)} rows ${auditHolds ? 'verified' : `BROKEN at ${audit.firstBrokenId} (${audit.reason})`}`,
  );
  const fiveHundreds = answered(run, (s) => s >= 500) + answered(ceiling, (s) => s >= 500);
  if (fiveHundreds > 0) console.log(`FAILED: ${fiveHundreds} answers 5xx`);
  failed = fiveHundreds > 0 || !consistent || !auditHolds;
  if (!failed)
    printResult({
      bench: 'submission',
      metric: 'screenings submitted/s over HTTP, PostgreSQL (baseline: bare Fastify req/s)',
      value: rate,
      baseline: bareRate,
      p50Ms: run.latency.p50,
      p99Ms: run.latency.p99,
      bareP99Ms: ceiling.latency.p99,
      // autocannon counts a timeout among its errors too.
      errors: answered(run, (status) => status !== 201) + run.errors,
    });
} finally {
  await db.handle.close();
  await db.drop();
}
process.exit(failed ? 1 : 0);
