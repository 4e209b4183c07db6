import { randomUUID } from 'node:crypto';
import type { DatabaseHandle } from '@isee/db';
import { describeEachEngine } from '@isee/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SyncedStudent } from '../../api-types.js';
import { classTeacherOnSeed } from '../../testing/class-teacher.js';
import type { Place } from '../../testing/places.js';
import type { TestSession } from '../../testing/users.js';

/**
 * An earlier cycle of the seeded programme for term 1 of `year`, with an approved allocation run,
 * made as the programme would have left it (the seed itself has only the current cycle).
 */
async function earlierCycle(
  handle: DatabaseHandle,
  year: number,
): Promise<{ cycleId: number; runId: number; semesterId: number }> {
  const semesterId = year * 10 + 1;
  await handle.sql(
    `insert into academic_year (year, starts_on, ends_on) values ($1, $2, $3) on conflict do nothing`,
    [year, `${year - 543}-05-16`, `${year - 542}-03-31`],
  );
  await handle.sql(
    `insert into semester (id, academic_year, term, starts_on, ends_on)
     values ($1, $2, 1, $3, $4) on conflict do nothing`,
    [semesterId, year, `${year - 543}-05-16`, `${year - 543}-10-05`],
  );
  const [cycle] = await handle.sql(
    `insert into cycle (semester_id, pmt_model_id, rate_table_id, screening_opens_on, screening_closes_on)
     select $1, pmt_model_id, rate_table_id, $2, $3 from cycle order by semester_id desc limit 1
     returning id`,
    [semesterId, `${year - 543}-07-07`, `${year - 543}-07-21`],
  );
  const [run] = await handle.sql(
    `insert into allocation_run (cycle_id, rationing, status, created_by)
     select $1, 'pro_rata', 'approved', id from app_user order by id limit 1 returning id`,
    [cycle?.['id']],
  );
  return { cycleId: Number(cycle?.['id']), runId: Number(run?.['id']), semesterId };
}

async function allocate(
  handle: DatabaseHandle,
  at: { runId: number; semesterId: number },
  studentId: number,
  schoolId: number,
): Promise<void> {
  await handle.sql(
    `insert into allocation (run_id, student_id, school_id, semester_id, entitlement, amount, explanation)
     values ($1, $2, $3, $4, 2000, 2000, '{}'::jsonb)`,
    [at.runId, studentId, schoolId, at.semesterId],
  );
}

/** A scored screening of the student in an earlier cycle. */
async function scoredScreening(
  handle: DatabaseHandle,
  cycleId: number,
  studentId: number,
  schoolId: number,
): Promise<void> {
  const id = randomUUID();
  await handle.sql(
    `insert into screening (id, cycle_id, student_id, school_id, form_revision, variant, answers,
                            content_hash, status, created_by)
     select $1, c.id, $2, $3, m.form_revision, 'household', '{}'::jsonb, 'earlier', 'scored',
            (select id from app_user order by id limit 1)
       from cycle c join pmt_model m on m.id = c.pmt_model_id where c.id = $4`,
    [id, studentId, schoolId, cycleId],
  );
  await handle.sql(
    `insert into pmt_score (screening_id, model_id, score, poverty_class, breakdown)
     select $1, c.pmt_model_id, 62.5, 'extremely_poor', '{}'::jsonb from cycle c where c.id = $2`,
    [id, cycleId],
  );
}

describeEachEngine('the delta sync tells which students carry over without screening', (engine) => {
  let app: FastifyInstance;
  let place: Place;
  let teacher: TestSession;

  beforeAll(async () => {
    ({ app, place, teacher } = await classTeacherOnSeed(engine.handle(), 'teacher'));
    expect(place.pupils.length).toBeGreaterThanOrEqual(5);
  }, 180_000);
  afterAll(() => app.close());

  const pupilId = (i: number): number => {
    const p = place.pupils[i];
    if (p === undefined) throw new Error(`no pupil ${i}`);
    return p.studentId;
  };

  async function synced(): Promise<Map<number, SyncedStudent['support']>> {
    const response = await app.inject({
      url: `/api/sync/changes?cycleId=${place.cycleId}`,
      headers: teacher.headers(),
    });
    expect(response.statusCode).toBe(200);
    const students = response.json().students as SyncedStudent[];
    return new Map(students.map((s) => [s.studentId, s.support]));
  }

  it('carries over last year’s grantee, screens the never-paid and stops at three years', async () => {
    const handle = engine.handle();
    const current = Number(
      (
        await handle.sql('select academic_year from semester where id = $1', [place.semesterId])
      )[0]?.['academic_year'],
    );
    const [threeAgo, twoAgo, lastYear] = [
      await earlierCycle(handle, current - 3),
      await earlierCycle(handle, current - 2),
      await earlierCycle(handle, current - 1),
    ];
    const [grantee, newcomer, veteran, unawarded, scoredNow] = [
      pupilId(0),
      pupilId(1),
      pupilId(2),
      pupilId(3),
      pupilId(4),
    ];
    const school = place.schoolId;
    await allocate(handle, lastYear, grantee, school);
    await scoredScreening(handle, lastYear.cycleId, grantee, school);
    for (const year of [threeAgo, twoAgo, lastYear]) await allocate(handle, year, veteran, school);
    await scoredScreening(handle, threeAgo.cycleId, veteran, school);
    // A draft run's allocation is no grant: screened last year but not awarded, so screened again.
    const [draft] = await handle.sql(
      `insert into allocation_run (cycle_id, rationing, status, created_by)
       select $1, 'pro_rata', 'draft', created_by from allocation_run limit 1 returning id`,
      [lastYear.cycleId],
    );
    await allocate(handle, { ...lastYear, runId: Number(draft?.['id']) }, unawarded, school);
    await scoredScreening(handle, lastYear.cycleId, unawarded, school);

    await scoredScreening(handle, place.cycleId, scoredNow, school);

    const support = await synced();
    expect(support.get(grantee)).toMatchObject({
      status: 'continuing',
      rescreen: false,
      yearsUsed: 1,
      yearsLeft: 2,
    });
    expect(support.get(grantee)?.explanation.th).toContain(String(current - 1));
    expect(support.get(newcomer)).toMatchObject({
      status: 'needs_screening',
      rescreen: true,
      yearsUsed: 0,
      yearsLeft: 3,
    });
    expect(support.get(veteran)).toMatchObject({
      status: 'window_spent',
      rescreen: false,
      yearsUsed: 3,
      yearsLeft: 0,
    });
    expect(support.get(unawarded)).toMatchObject({ status: 'needs_screening', rescreen: true });
    expect(support.get(scoredNow)).toMatchObject({ status: 'screened', rescreen: false });
  });
});
