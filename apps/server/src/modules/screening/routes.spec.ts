import { randomUUID } from 'node:crypto';
import { regionOfProvince, seedDatabase, verifyAudit } from '@isee/db';
import { describeEachEngine } from '@isee/db/testing';
import { DEMO_MODEL_2026_03, scoreHousehold, unwrap, type GeoPoint } from '@isee/domain';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TEST_ID_KEYS, testApp } from '../../testing/app.js';
import { formAt, unscreenedPlaces, type Place, type Pupil } from '../../testing/places.js';
import { createUser, loginAs, TEST_PASSWORD, type TestSession } from '../../testing/users.js';

const PIN = '482915';

/** A point `km` kilometres north of another (one degree of latitude is 111.2 km). */
const north = (p: GeoPoint, km: number): GeoPoint => ({ lat: p.lat + km / 111.195, lon: p.lon });
const codes = (r: LightMyRequestResponse): string[] =>
  (r.json().error?.issues ?? []).map((i: { code: string }) => i.code);

describeEachEngine('the screening workflow over HTTP', (engine) => {
  let app: FastifyInstance;
  let place: Place;
  const s: Record<string, TestSession> = {};

  async function findPlace(): Promise<Place> {
    const [first] = await unscreenedPlaces(engine.handle());
    if (first === undefined) throw new Error('the seed leaves unscreened students');
    return first;
  }

  beforeAll(async () => {
    const handle = engine.handle();
    unwrap(
      await seedDatabase(handle, { scale: 'demo', seed: 5, idKeys: TEST_ID_KEYS, fraction: 0.01 }),
    );
    app = await testApp({ db: handle });
    place = await findPlace();
    expect(place.pupils.length).toBeGreaterThanOrEqual(8);
    const school = { schoolId: place.schoolId };
    const semesterId = String(place.semesterId);
    const classes = place.classes.map((c) => ({ ...c, semesterId, schoolId: place.schoolId }));
    await createUser(handle, {
      username: 'teacher',
      roles: [{ role: 'teacher', ...school }],
      classes,
    });
    await createUser(handle, {
      username: 'other-teacher',
      roles: [{ role: 'teacher', ...school }],
      classes: classes.map((c) => ({ ...c, room: `${c.room}-elsewhere` })),
    });
    await createUser(handle, { username: 'certifier', roles: [{ role: 'certifier', ...school }] });
    await createUser(handle, {
      username: 'director',
      roles: [{ role: 'school_admin', ...school }],
    });
    await createUser(handle, {
      username: 'area',
      roles: [{ role: 'area_officer', provinceCode: place.provinceCode }],
    });
    await createUser(handle, {
      username: 'far-area',
      roles: [{ role: 'area_officer', provinceCode: place.provinceCode === '10' ? '11' : '10' }],
    });
    await createUser(handle, { username: 'programme', roles: [{ role: 'programme_officer' }] });
    await createUser(handle, { username: 'analyst', roles: [{ role: 'analyst' }] });
    for (const name of [
      'teacher',
      'other-teacher',
      'certifier',
      'director',
      'area',
      'far-area',
      'programme',
      'analyst',
    ])
      s[name] = await loginAs(app, name);
    for (const signer of ['certifier', 'director']) {
      const set = await app.inject({
        method: 'PUT',
        url: '/api/auth/me/pin',
        headers: as(signer),
        payload: { password: TEST_PASSWORD, pin: PIN },
      });
      expect(set.statusCode).toBe(204);
    }
  }, 180_000);
  afterAll(() => app.close());

  const as = (who: string) => s[who]?.headers() ?? {};
  const put = (who: string, id: string, body: object) =>
    app.inject({ method: 'PUT', url: `/api/screenings/${id}`, headers: as(who), payload: body });
  const post = (who: string, url: string, body: object = {}) =>
    app.inject({ method: 'POST', url, headers: as(who), payload: body });
  const get = (who: string, url: string) => app.inject({ url, headers: as(who) });
  const pupil = (i: number): Pupil => {
    const p = place.pupils[i];
    if (p === undefined) throw new Error(`no pupil ${i}`);
    return p;
  };
  const draft = (i: number, form: object, extra: object = {}) => ({
    cycleId: place.cycleId,
    studentId: pupil(i).studentId,
    baseVersion: null,
    form,
    ...extra,
  });

  it('walks a household from draft to scored, recomputing income and score on the server', async () => {
    const id = randomUUID();
    const home = pupil(0).home;
    const form = formAt(home);
    const created = await put('teacher', id, draft(0, form, { fix: { ...home, accuracyM: 12 } }));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ created: true, changed: true });
    const version = created.json().screening.version as string;
    expect(created.json().screening).toMatchObject({ status: 'draft', incomePerPerson: null });

    const again = await put('teacher', id, draft(0, form));
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ created: false, changed: false });

    const submitted = await put(
      'teacher',
      id,
      draft(0, form, { baseVersion: version, submit: true, fix: home }),
    );
    expect(submitted.statusCode).toBe(200);
    const expected = unwrap(scoreHousehold(DEMO_MODEL_2026_03, form, 'northeast'));
    expect(submitted.json().screening).toMatchObject({
      status: 'submitted',
      incomePerPerson: expected.facts.incomePerPersonMonthly,
    });
    expect(submitted.json().screening.householdId).toEqual(expect.any(Number));

    const wrongPin = await post('certifier', `/api/screenings/${id}/certification`, {
      pin: '000001',
    });
    expect(wrongPin.statusCode).toBe(403);
    const certified = await post('certifier', `/api/screenings/${id}/certification`, {
      pin: PIN,
      fix: { ...home, accuracyM: 8 },
    });
    expect(certified.statusCode).toBe(200);
    expect(certified.json().status).toBe('certified');
    expect(certified.json().student.studentId).toBe(pupil(0).studentId);
    const retried = await post('certifier', `/api/screenings/${id}/certification`, {
      pin: PIN,
      fix: home,
    });
    expect(retried.statusCode).toBe(200);

    const confirmed = await post('director', `/api/screenings/${id}/confirmation`);
    expect(confirmed.json().status).toBe('confirmed');

    const run = await post('programme', `/api/cycles/${place.cycleId}/scoring`);
    expect(run.statusCode).toBe(200);
    expect(run.json().scored).toBeGreaterThanOrEqual(1);

    const scored = (await get('teacher', `/api/screenings/${id}`)).json();
    expect(scored.status).toBe('scored');
    const [{ province_code: province } = {}] = await engine
      .handle()
      .sql('select sc.province_code from school sc where sc.id = $1', [place.schoolId]);
    const region = unwrap(regionOfProvince(String(province)));
    const byServer = unwrap(scoreHousehold(DEMO_MODEL_2026_03, form, region)).result;
    expect(scored.score).toMatchObject({ score: byServer.score, povertyClass: byServer.class });
    expect(scored.events.map((e: { to: string }) => e.to)).toEqual([
      'draft',
      'submitted',
      'certified',
      'confirmed',
      'scored',
    ]);
    expect(scored.events[0].place).toEqual({ ...home, accuracyM: 12 });
    expect(scored.flags).toEqual([]);
    expect(scored.form).toEqual(form);
    const [named] = await engine
      .handle()
      .sql('select first_name, last_name from person where id = $1', [pupil(0).studentId]);
    expect(scored.student).toEqual({
      studentId: pupil(0).studentId,
      firstName: named?.['first_name'],
      lastName: named?.['last_name'],
      sex: expect.toBeOneOf([expect.any(String), null]),
      birthDate: expect.toBeOneOf([expect.any(String), null]),
      grade: pupil(0).grade,
      room: pupil(0).room,
      candidate: expect.any(Boolean),
    });
    expect((await verifyAudit(engine.handle())).ok).toBe(true);
  });

  it('answers a conflict with the server version, and refuses edits after submission', async () => {
    const id = randomUUID();
    const home = pupil(1).home;
    const first = await put('teacher', id, draft(1, formAt(home)));
    const version = first.json().screening.version as string;
    const edited = formAt(home, '1101700230708');
    const ok = await put('teacher', id, draft(1, edited, { baseVersion: version }));
    expect(ok.statusCode).toBe(200);

    // A second phone still holding the first version.
    const stale = await put(
      'teacher',
      id,
      draft(1, formAt(north(home, 0.1)), { baseVersion: version }),
    );
    expect(stale.statusCode).toBe(409);
    expect(codes(stale)).toEqual(['SCREENING_CONFLICT']);
    expect(stale.json().server.form).toEqual(edited);
    expect(stale.json().server.student.studentId).toBe(pupil(1).studentId);

    const another = await put('teacher', randomUUID(), draft(1, formAt(home)));
    expect(another.statusCode).toBe(409);
    expect(codes(another)).toEqual(['SCREENING_STUDENT_ALREADY_SCREENED']);

    const current = ok.json().screening.version as string;
    await put('teacher', id, draft(1, edited, { baseVersion: current, submit: true }));
    const late = await put('teacher', id, draft(1, formAt(home), { baseVersion: current }));
    expect(late.statusCode).toBe(409);
    expect(late.json().server.status).toBe('submitted');
  });

  it('refuses an incomplete submission with field paths and writes nothing', async () => {
    const id = randomUUID();
    const noMembers = Object.fromEntries(
      Object.entries(formAt(pupil(2).home)).filter(([key]) => key !== 'members'),
    );
    const refused = await put('teacher', id, draft(2, noMembers, { submit: true }));
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.issues[0].path).toMatch(/^form\./);
    expect((await get('teacher', `/api/screenings/${id}`)).statusCode).toBe(404);
  });

  it('returns for correction with a reason, and the teacher sees it in the delta sync', async () => {
    const before = (await get('teacher', `/api/sync/changes?cycleId=${place.cycleId}`)).json();
    expect(before.studentIds).toContain(pupil(3).studentId);
    const id = randomUUID();
    const home = pupil(3).home;
    await put('teacher', id, draft(3, formAt(home), { submit: true, fix: home }));
    const noReason = await post('certifier', `/api/screenings/${id}/return`, { reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    const returned = await post('certifier', `/api/screenings/${id}/return`, {
      reason: 'รูปถ่ายบ้านไม่ชัด',
    });
    expect(returned.json().status).toBe('returned');

    const delta = (
      await get('teacher', `/api/sync/changes?cycleId=${place.cycleId}&cursor=${before.cursor}`)
    ).json();
    const mine = delta.students.find(
      (x: { studentId: number }) => x.studentId === pupil(3).studentId,
    );
    expect(mine.screening).toMatchObject({ id, status: 'returned' });
    expect(mine).toMatchObject({ schoolId: place.schoolId, region: expect.any(String) });
    expect(mine.screening.form).toEqual(formAt(home));
    expect(delta.students.length).toBeLessThan(before.students.length);
    const quiet = (
      await get('teacher', `/api/sync/changes?cycleId=${place.cycleId}&cursor=${delta.cursor}`)
    ).json();
    expect(quiet.students).toEqual([]);
  });

  it('keeps each screening to its scope: other classes, other provinces and analysts see nothing', async () => {
    const id = randomUUID();
    const home = pupil(0).home;
    const [existing] = await engine
      .handle()
      .sql('select id from screening where student_id = $1', [pupil(1).studentId]);
    const screeningId = String(existing?.['id']);
    expect((await get('other-teacher', `/api/screenings/${screeningId}`)).statusCode).toBe(404);
    expect((await get('far-area', `/api/screenings/${screeningId}`)).statusCode).toBe(404);
    expect((await get('analyst', `/api/screenings/${screeningId}`)).statusCode).toBe(403);
    expect((await put('other-teacher', id, draft(0, formAt(home)))).statusCode).toBe(404);

    const audits = async () =>
      Number(
        (
          await engine
            .handle()
            .sql(`select count(*) as n from audit_log where action = 'screening.read'`)
        )[0]?.['n'],
      );
    const readsBefore = await audits();
    const official = await get('area', `/api/screenings/${screeningId}`);
    expect(official.statusCode).toBe(200);
    const guardianId = official.json().form.guardian.idNumber as string;
    expect(guardianId).toMatch(/^x-xxxx-xxxx\d-\d\d-\d$/);
    expect(await audits()).toBe(readsBefore + 1);
  });

  it('flags a guardian who is in two screenings and a visit far from the home', async () => {
    const guardian = '3100600123450';
    const a = randomUUID();
    const b = randomUUID();
    const [p, q] = [pupil(4), pupil(5)];
    const put4 = await put('teacher', a, {
      cycleId: place.cycleId,
      studentId: p.studentId,
      baseVersion: null,
      form: formAt(p.home, guardian),
      submit: true,
      fix: north(p.home, 5),
    });
    expect(put4.statusCode).toBe(201);
    await put('teacher', b, {
      cycleId: place.cycleId,
      studentId: q.studentId,
      baseVersion: null,
      form: formAt(q.home, guardian),
    });
    const view = (await get('teacher', `/api/screenings/${a}`)).json();
    const flagged = view.flags.map((f: { code: string }) => f.code).sort();
    expect(flagged).toEqual([
      'SCREENING_PERSON_IN_OTHER_SCREENING',
      'SCREENING_VISIT_FAR_FROM_HOME',
    ]);
    expect(view.flags[0].message.th.length).toBeGreaterThan(0);
  });

  it('flags a person once for each path where this form names them, however often the other form does', async () => {
    const mother = '1500900123455';
    // The guardian is also a member of the household, as on a real form: two paths, one person.
    const twice = (home: GeoPoint) => {
      const form = formAt(home, mother);
      return {
        ...form,
        members: form.members.map((m, i) => (i === 1 ? { ...m, idNumber: mother } : m)),
      };
    };
    const [p, q] = [pupil(6), pupil(7)];
    const a = randomUUID();
    for (const [id, who] of [
      [a, p],
      [randomUUID(), q],
    ] as const)
      expect(
        (
          await put('teacher', id, {
            cycleId: place.cycleId,
            studentId: who.studentId,
            baseVersion: null,
            form: twice(who.home),
          })
        ).statusCode,
      ).toBe(201);
    const view = (await get('teacher', `/api/screenings/${a}`)).json();
    const paths = view.flags.map((f: { code: string; path: string }) => `${f.code} ${f.path}`);
    expect(paths).toEqual([
      'SCREENING_PERSON_IN_OTHER_SCREENING form.guardian.idNumber',
      'SCREENING_PERSON_IN_OTHER_SCREENING form.members.1.idNumber',
    ]);
    const texts = view.flags.map((f: { message: { th: string } }) => f.message.th);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('takes a day of work in one batch, answering each item', async () => {
    const fresh = randomUUID();
    const home = pupil(2).home;
    const batch = await post('teacher', '/api/sync/batch', {
      items: [
        { kind: 'screening', id: fresh, ...draft(2, formAt(home)) },
        { kind: 'screening', id: fresh, ...draft(2, formAt(home)) },
        { kind: 'screening', id: fresh, ...draft(2, formAt(north(home, 1))) },
        { kind: 'certification', id: fresh, pin: PIN },
      ],
    });
    expect(batch.statusCode).toBe(200);
    expect(batch.json().results.map((r: { status: number }) => r.status)).toEqual([
      201, 200, 409, 403,
    ]);
    expect(batch.json().results[2].server.id).toBe(fresh);
  });
});
