import type { Grade } from '@isee/domain';
import { NationalIds } from './ids.js';
import { streamFor } from './prng.js';
import type { SeedSchool } from './schools.js';
import { schoolRows, type NationContext, type ProtectId } from './students.js';
import { SEED_TABLES, type SeedBatch, type SeedRow, type SeedTable } from './tables.js';

export interface GenerateOptions {
  readonly seed: number;
  /** The current cycle's id and the account screenings are recorded by. */
  readonly cycleId: number;
  readonly createdBy: number;
  readonly protectId: ProtectId;
  /** Schools are generated into memory until about this many students, then flushed (bounded memory). */
  readonly batchStudents?: number;
}

const DEFAULT_BATCH_STUDENTS = 20_000;

function schoolsByGrade(schools: readonly SeedSchool[]) {
  const index = new Map<string, Map<Grade, number[]>>();
  for (const s of schools) {
    const byGrade = index.get(s.provinceCode) ?? new Map<Grade, number[]>();
    index.set(s.provinceCode, byGrade);
    for (const g of s.grades) {
      const ids = byGrade.get(g);
      if (ids) ids.push(s.id);
      else byGrade.set(g, [s.id]);
    }
  }
  return index;
}

/** The school rows, in batches. */
export function* schoolBatches(schools: readonly SeedSchool[], size = 5_000): Generator<SeedBatch> {
  for (let i = 0; i < schools.length; i += size) {
    yield {
      table: 'school',
      rows: schools
        .slice(i, i + size)
        .map((s) => [
          s.id,
          s.code,
          s.nameTh,
          s.affiliation,
          s.subDistrictCode,
          s.place.lat,
          s.place.lon,
        ]),
    };
  }
}

/**
 * The people of the nation, school by school, as batches per table in foreign-key order. Only one
 * group of schools is in memory at a time; the same seed and schools give the same rows, except
 * the encrypted IDs, whose nonces are random by design.
 */
export function* studentBatches(
  schools: readonly SeedSchool[],
  options: GenerateOptions,
): Generator<SeedBatch> {
  const ctx: NationContext = {
    cycleId: options.cycleId,
    createdBy: options.createdBy,
    protectId: options.protectId,
    nationalIds: new NationalIds(options.seed),
    schoolsByGrade: schoolsByGrade(schools),
    next: { person: 0, household: 0 },
  };
  const limit = options.batchStudents ?? DEFAULT_BATCH_STUDENTS;
  let buffers = new Map<SeedTable, SeedRow[]>();
  let students = 0;
  const emit = (table: SeedTable, row: SeedRow) => {
    const rows = buffers.get(table);
    if (rows) rows.push(row);
    else buffers.set(table, [row]);
  };
  function* flush(): Generator<SeedBatch> {
    const full = buffers;
    buffers = new Map();
    students = 0;
    for (const table of SEED_TABLES) {
      const rows = full.get(table);
      if (rows && rows.length > 0) yield { table, rows };
    }
  }
  for (const school of schools) {
    schoolRows(school, ctx, streamFor(options.seed, school.id), emit);
    students += school.students;
    if (students >= limit) yield* flush();
  }
  yield* flush();
}
