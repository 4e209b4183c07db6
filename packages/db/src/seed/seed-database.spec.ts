import { REGIONS, SCREENING_STATUSES } from '@isee/domain';
import { beforeAll, expect, it } from 'vitest';
import { deriveIdKeys } from '../crypto/index.js';
import { describeEachEngine } from '../testing/engines.js';
import { CURRENT_SEMESTER_ID, SCREENING_WINDOW } from './calendar.js';
import { seedDatabase, type SeedSummary } from './seed-database.js';
import { POOR_SHARE_TARGET, SCREENING_PROGRESS } from './targets.js';

const idKeys = deriveIdKeys(new Uint8Array(32).fill(7));
const SEED = 2026;

/** A digest of the key columns in key order, computed by the database, to compare engines and runs. */
const CHECKSUM = `
  select md5(string_agg(line, E'\\n' order by line)) as digest from (
    select concat_ws('|', 'p', id, national_id_hash, g_code, first_name, last_name, sex, birth_date) as line from person
    union all select concat_ws('|', 's', id, code, name_th, affiliation_code, sub_district_code, lat, lon) from school
    union all select concat_ws('|', 'e', semester_id, student_id, school_id, grade, room, candidate) from enrolment
    union all select concat_ws('|', 'c', s.student_id, s.status, s.content_hash, s.income_per_person,
                               p.score, p.poverty_class)
      from screening s left join pmt_score p on p.screening_id = s.id
    union all select concat_ws('|', 'v', s.student_id, e.from_status, e.to_status,
                               extract(epoch from e.created_at), e.lat, e.lon, e.gps_accuracy_m, e.reason)
      from screening_event e join screening s on s.id = e.screening_id
    union all select concat_ws('|', 'g', s.student_id, c.kind, c.decision,
                               extract(epoch from c.created_at), c.lat, c.lon, c.gps_accuracy_m, c.reason)
      from certification c join screening s on s.id = c.screening_id
    union all select concat_ws('|', 'm', semester_id, student_id, measured_on, weight_kg, height_cm) from measurement
  ) lines`;

/** Both engines get the same nation: the digest of a seeded demo is pinned once computed. */
const digests = new Map<string, string>();

describeEachEngine('seedDatabase (demo)', (engine) => {
  let summary: SeedSummary;
  beforeAll(async () => {
    const result = await seedDatabase(engine.handle(), { scale: 'demo', seed: SEED, idKeys });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    summary = result.value;
    console.log(`demo seed on ${engine.kind}: ${summary.milliseconds} ms`, summary.rows);
  }, 300_000);

  const count = async (table: string) =>
    Number((await engine.handle().sql(`select count(*) as n from ${table}`))[0]?.['n']);

  it('writes counts per table in the expected ranges', async () => {
    expect(await count('province')).toBe(77);
    expect(await count('school')).toBeGreaterThanOrEqual(77 * 2);
    expect(await count('school')).toBeLessThanOrEqual(77 * 4);
    const students = await count('student');
    expect(students).toBeGreaterThan(10_000);
    expect(students).toBeLessThan(20_000);
    expect(await count('household')).toBe(students);
    expect(await count('pmt_score')).toBe(await count(`screening where status = 'scored'`));
    expect(await count('pmt_model')).toBe(1);
    expect(await count('rate_table')).toBe(1);
    expect(await count('cycle')).toBe(1);
    expect(await count('measurement')).toBe(await count('enrolment'));
    expect(summary.rows.person).toBe(await count('person'));
  });

  it('puts schools in every province', async () => {
    const [row] = await engine
      .handle()
      .sql(`select count(distinct province_code) as n from school`);
    expect(Number(row?.['n'])).toBe(77);
  });

  it('identifies every student by an encrypted national ID with its hash, or a G-code', async () => {
    const [row] = await engine.handle().sql(
      `select count(*) filter (where national_id_hash is not null and length(national_id_enc) = 41) as protected,
              count(*) filter (where national_id_hash is null and g_code is null) as unidentified,
              count(*) filter (where national_id_hash ~ '^[0-9]{13}$') as clear
         from person join student on student.person_id = person.id`,
    );
    expect(Number(row?.['protected'])).toBeGreaterThan(10_000);
    expect(Number(row?.['unidentified'])).toBe(0);
    expect(Number(row?.['clear'])).toBe(0);
  });

  it('gives the poor and extremely poor shares of each region within bands around the targets', async () => {
    const rows = await engine.handle().sql<{
      region: string;
      students: number;
      candidates: number;
      scored: number;
      poor: number;
      extreme: number;
    }>(
      `select pr.region,
              count(*) as students,
              count(*) filter (where e.candidate) as candidates,
              count(ps.screening_id) as scored,
              count(ps.screening_id) filter (where ps.poverty_class <> 'not_poor') as poor,
              count(ps.screening_id) filter (where ps.poverty_class = 'extremely_poor') as extreme
         from enrolment e
         join school sc on sc.id = e.school_id
         join province pr on pr.code = sc.province_code
         left join screening s on s.student_id = e.student_id
         left join pmt_score ps on ps.screening_id = s.id
        where e.semester_id = $1
        group by pr.region`,
      [CURRENT_SEMESTER_ID],
    );
    expect(rows.map((r) => r.region).sort()).toEqual([...REGIONS].sort());
    for (const r of rows) {
      const target = POOR_SHARE_TARGET[r.region as keyof typeof POOR_SHARE_TARGET];
      // Mid-cycle only some candidates are scored, drawn regardless of income: scale them up to all.
      const perStudent = Number(r.candidates) / Number(r.scored) / Number(r.students);
      const poor = Number(r.poor) * perStudent;
      expect(poor, r.region).toBeGreaterThan(target * 0.75);
      expect(poor, r.region).toBeLessThan(target * 1.1);
      expect(Number(r.extreme) * perStudent, r.region).toBeGreaterThan(0.25 * poor);
    }
  });

  it('catches the cycle midway: every status present, about 15 % of candidates not screened yet', async () => {
    const statuses = await engine
      .handle()
      .sql<{ status: string }>(`select distinct status from screening order by status`);
    expect(statuses.map((r) => r.status)).toEqual([...SCREENING_STATUSES].sort());
    const [row] = await engine.handle().sql<{ candidates: number; unscreened: number }>(
      `select count(*) as candidates, count(*) filter (where s.id is null) as unscreened
         from enrolment e left join screening s on s.student_id = e.student_id
        where e.semester_id = $1 and e.candidate`,
      [CURRENT_SEMESTER_ID],
    );
    const share = Number(row?.unscreened) / Number(row?.candidates);
    expect(Math.abs(share - SCREENING_PROGRESS.unscreened)).toBeLessThan(0.025);
    expect(await count(`screening where (income_per_person is null) <> (status = 'draft')`)).toBe(
      0,
    );
  });

  it("gives each screening a history from 'draft' or 'submitted' to its status, in order, in the window", async () => {
    const [row] = await engine.handle().sql(
      `with steps as (
         select e.*, lag(e.to_status) over w as previous, lag(e.created_at) over w as previous_at,
                row_number() over w as n,
                row_number() over (partition by e.screening_id order by e.id desc) as from_end
           from screening_event e window w as (partition by e.screening_id order by e.id))
       select
         (select count(*) from screening s
           where not exists (select 1 from steps where screening_id = s.id and n = 1
                               and to_status in ('draft', 'submitted') and created_at = s.created_at)
              or not exists (select 1 from steps where screening_id = s.id and from_end = 1
                               and to_status = s.status and created_at = s.updated_at)) as unfinished,
         (select count(*) from steps where from_status is distinct from previous
                                        or created_at <= previous_at) as disordered,
         (select count(*) from steps where created_at < $1 or created_at >= $2) as outside,
         (select count(*) from steps e join screening s on s.id = e.screening_id
           where e.actor_user_id <> s.created_by) as by_others,
         (select count(*) from steps e join screening s on s.id = e.screening_id
            join household h on h.id = s.household_id
           where e.to_status = 'submitted' and (e.lat <> h.lat or e.lon <> h.lon)) as away`,
      [`${SCREENING_WINDOW.opensOn}T00:00:00+07:00`, `${SCREENING_WINDOW.closesOn}T24:00:00+07:00`],
    );
    const counts = Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, Number(v)]));
    expect(counts).toEqual({ unfinished: 0, disordered: 0, outside: 0, by_others: 0, away: 0 });
  });

  it('signs the certifications each status implies, each at the time of its step', async () => {
    const rows = await engine.handle().sql<{ status: string; signed: string }>(
      `select distinct s.status,
              coalesce((select string_agg(c.kind || ':' || c.decision, ',' order by c.id)
                          from certification c where c.screening_id = s.id), '') as signed
         from screening s order by 1, 2`,
    );
    expect(rows).toEqual([
      { status: 'certified', signed: 'certifier:certified' },
      { status: 'confirmed', signed: 'certifier:certified,director:confirmed' },
      { status: 'draft', signed: '' },
      { status: 'returned', signed: 'certifier:certified,director:returned' },
      { status: 'returned', signed: 'certifier:returned' },
      { status: 'scored', signed: 'certifier:certified,director:confirmed' },
      { status: 'submitted', signed: '' },
    ]);
    expect(
      await count(`certification c where not exists (
        select 1 from screening_event e where e.screening_id = c.screening_id
           and e.to_status = c.decision and e.created_at = c.created_at
           and e.reason is not distinct from c.reason)`),
    ).toBe(0);
    expect(await count(`certification where decision = 'returned' and reason is null`)).toBe(0);
  });

  it('moves the id sequences past the seeded rows', async () => {
    const [row] = await engine
      .handle()
      .sql(`insert into household (variant) values ('household') returning id`);
    expect(Number(row?.['id'])).toBe(await count('household'));
    await engine.handle().sql(`delete from household where id = $1`, [row?.['id']]);
  });

  it('gives the same data on both engines (a digest of the key columns)', async () => {
    const [row] = await engine.handle().sql(CHECKSUM);
    const digest = String(row?.['digest']);
    const other = [...digests.values()][0];
    if (other !== undefined) expect(digest).toBe(other);
    digests.set(engine.kind, digest);
  });

  it('refuses to seed a database that is not empty', async () => {
    const again = await seedDatabase(engine.handle(), { scale: 'demo', seed: SEED, idKeys });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.issues[0]?.code).toBe('SEED_NOT_EMPTY');
  });

  it('refuses a bad scale, seed or province before touching the database', async () => {
    const bad = await seedDatabase(engine.handle(), {
      scale: 'planet' as 'demo',
      seed: -1,
      idKeys,
    });
    expect(bad.ok ? [] : bad.issues.map((i) => i.code)).toEqual(['UNKNOWN_OPTION', 'OUT_OF_RANGE']);
    const province = await seedDatabase(engine.handle(), {
      scale: 'province',
      seed: 1,
      province: '99',
      idKeys,
    });
    expect(province.ok ? '' : province.issues[0]?.code).toBe('UNKNOWN_PROVINCE');
  });
});
