import { REGIONS } from '@isee/domain';
import { beforeAll, expect, it } from 'vitest';
import { deriveIdKeys } from '../crypto/index.js';
import { describeEachEngine } from '../testing/engines.js';
import { seedDatabase, type SeedSummary } from './seed-database.js';
import { POOR_SHARE_TARGET } from './targets.js';

const idKeys = deriveIdKeys(new Uint8Array(32).fill(7));
const SEED = 2026;

/** A digest of the key columns in key order, computed by the database, to compare engines and runs. */
const CHECKSUM = `
  select md5(string_agg(line, E'\\n' order by line)) as digest from (
    select concat_ws('|', 'p', id, national_id_hash, g_code, first_name, last_name, sex, birth_date) as line from person
    union all select concat_ws('|', 's', id, code, name_th, affiliation_code, sub_district_code, lat, lon) from school
    union all select concat_ws('|', 'e', semester_id, student_id, school_id, grade, room, candidate) from enrolment
    union all select concat_ws('|', 'c', s.student_id, s.content_hash, p.score, p.poverty_class)
      from screening s join pmt_score p on p.screening_id = s.id
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
    expect(await count('pmt_score')).toBe(await count('screening'));
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
    const rows = await engine
      .handle()
      .sql<{ region: string; students: number; poor: number; extreme: number }>(
        `select pr.region,
              count(*) as students,
              count(ps.screening_id) filter (where ps.poverty_class <> 'not_poor') as poor,
              count(ps.screening_id) filter (where ps.poverty_class = 'extremely_poor') as extreme
         from enrolment e
         join school sc on sc.id = e.school_id
         join province pr on pr.code = sc.province_code
         left join screening s on s.student_id = e.student_id
         left join pmt_score ps on ps.screening_id = s.id
        where e.semester_id = 25691
        group by pr.region`,
      );
    expect(rows.map((r) => r.region).sort()).toEqual([...REGIONS].sort());
    for (const r of rows) {
      const target = POOR_SHARE_TARGET[r.region as keyof typeof POOR_SHARE_TARGET];
      const poor = Number(r.poor) / Number(r.students);
      expect(poor, r.region).toBeGreaterThan(target * 0.75);
      expect(poor, r.region).toBeLessThan(target * 1.1);
      expect(Number(r.extreme) / Number(r.students), r.region).toBeGreaterThan(0.25 * poor);
    }
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
