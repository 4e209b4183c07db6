import type { Database } from '../../plumbing/database.js';

export interface NationCounts {
  readonly provinces: number;
  readonly schools: number;
  readonly students: number;
  readonly screenings: number;
  readonly poor: number;
  readonly extremelyPoor: number;
}

/** Headline counts. Scores are counted per screening with the model of the screening's cycle. */
export async function nationCounts(db: Database): Promise<NationCounts> {
  const [row] = await db.sql<Record<keyof NationCounts, string | number>>(`
    select
      (select count(*) from province) as provinces,
      (select count(*) from school) as schools,
      (select count(*) from student) as students,
      (select count(*) from screening) as screenings,
      (select count(*) from pmt_score ps join screening s on s.id = ps.screening_id
         join cycle c on c.id = s.cycle_id and c.pmt_model_id = ps.model_id
         where ps.poverty_class = 'poor') as poor,
      (select count(*) from pmt_score ps join screening s on s.id = ps.screening_id
         join cycle c on c.id = s.cycle_id and c.pmt_model_id = ps.model_id
         where ps.poverty_class = 'extremely_poor') as "extremelyPoor"`);
  const n = (v: string | number | undefined): number => Number(v ?? 0);
  return {
    provinces: n(row?.provinces),
    schools: n(row?.schools),
    students: n(row?.students),
    screenings: n(row?.screenings),
    poor: n(row?.poor),
    extremelyPoor: n(row?.extremelyPoor),
  };
}
