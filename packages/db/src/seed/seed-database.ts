import { fail, issue, ok, unwrap, type Issue, type Result } from '@isee/domain';
import type { DatabaseHandle } from '../connection/index.js';
import { encryptNationalId, type IdKeys } from '../crypto/index.js';
import { loadThaiAreas } from '../reference/index.js';
import { schoolBatches, studentBatches } from './generate.js';
import { provinceShapes } from './geo.js';
import { writeProgramme, writeReference } from './header.js';
import { planSchools, provinceForSeed } from './schools.js';
import { SCALES, type Scale } from './scale.js';
import { withSeedSession } from './session.js';
import { SEEDED_IDENTITIES, type SeedBatch, type SeedTable } from './tables.js';

export interface SeedOptions {
  readonly scale: Scale;
  /** 0 … 2^32 − 1; the same seed gives the same nation. */
  readonly seed: number;
  /** Keys national IDs are encrypted and hashed with (crypto/deriveIdKeys). */
  readonly idKeys: IdKeys;
  /** `province` scale: which province (2-digit code); default one drawn from the seed. */
  readonly province?: string;
  /** Keep this share of the schools, 0 < fraction ≤ 1 (benchmarks). */
  readonly fraction?: number;
  /** Called after every batch written, with the running row counts. */
  readonly onProgress?: (rows: Readonly<Partial<Record<SeedTable, number>>>) => void;
}

export interface SeedSummary {
  readonly scale: Scale;
  readonly seed: number;
  readonly schools: number;
  /** The province of a `province` seed. */
  readonly province?: string;
  readonly rows: Readonly<Partial<Record<SeedTable, number>>>;
  readonly milliseconds: number;
}

function readOptions(options: SeedOptions): Issue[] {
  const issues: Issue[] = [];
  if (!(SCALES as readonly string[]).includes(options.scale))
    issues.push(issue('UNKNOWN_OPTION', 'scale', { value: String(options.scale) }));
  if (!Number.isInteger(options.seed) || options.seed < 0 || options.seed > 2 ** 32 - 1)
    issues.push(issue('OUT_OF_RANGE', 'seed', { min: 0, max: 2 ** 32 - 1 }));
  const f = options.fraction;
  if (f !== undefined && !(f > 0 && f <= 1))
    issues.push(issue('OUT_OF_RANGE', 'fraction', { min: 0, max: 1 }));
  return issues;
}

/**
 * Whether a nation may be seeded here: no people, schools or cycles yet. Seeding never mixes a
 * nation into existing data (drop the database to reseed); the server loads its demo only then.
 */
export async function isSeedable(handle: Pick<DatabaseHandle, 'sql'>): Promise<boolean> {
  const [row] = await handle.sql<{ used: boolean }>(
    `select exists (select 1 from person) or exists (select 1 from school)
       or exists (select 1 from cycle) as used`,
  );
  return row?.used === false;
}

/**
 * Loads a synthetic nation (SPEC §13 figures at `nation` scale) into a migrated, empty database:
 * reference data, the programme's settings, schools, then students school by school, streamed in
 * bounded memory, in one transaction. Refuses a database that already holds people, schools or cycles.
 */
export async function seedDatabase(
  handle: DatabaseHandle,
  options: SeedOptions,
): Promise<Result<SeedSummary>> {
  const started = performance.now();
  const invalid = readOptions(options);
  if (invalid.length > 0) return fail(invalid);
  const areas = await loadThaiAreas();
  const province =
    options.scale === 'province'
      ? (options.province ?? provinceForSeed(areas, options.seed))
      : undefined;
  if (province !== undefined && !areas.provinces.some((p) => p.code === province))
    return fail([issue('UNKNOWN_PROVINCE', 'province', { value: province })]);
  if (!(await isSeedable(handle))) return fail([issue('SEED_NOT_EMPTY', '')]);

  const schools = planSchools(areas, provinceShapes(), {
    scale: options.scale,
    seed: options.seed,
    ...(province === undefined ? {} : { province }),
    ...(options.fraction === undefined ? {} : { fraction: options.fraction }),
  });
  const rows: Partial<Record<SeedTable, number>> = {};
  await withSeedSession(handle, async (session) => {
    await writeReference(session, areas);
    const { cycleId, createdBy } = await writeProgramme(session);
    const write = async (batch: SeedBatch) => {
      await session.write(batch);
      rows[batch.table] = (rows[batch.table] ?? 0) + batch.rows.length;
      options.onProgress?.(rows);
    };
    for (const batch of schoolBatches(schools)) await write(batch);
    const protectId = (id: string) => unwrap(encryptNationalId(options.idKeys, id));
    for (const batch of studentBatches(schools, {
      seed: options.seed,
      cycleId,
      createdBy,
      protectId,
    }))
      await write(batch);
    // The seed chose these ids itself: the sequences must continue after them.
    for (const [table, column] of SEEDED_IDENTITIES) {
      await session.query(
        `select setval(pg_get_serial_sequence('${table}', '${column}'), max(${column})) from ${table}`,
      );
    }
  });
  // Fresh statistics: until autovacuum gets to it, the planner would scan millions of rows where an
  // index answers (the submission benchmark ran at a quarter of its speed before this).
  await handle.sql('analyze');
  return ok({
    scale: options.scale,
    seed: options.seed,
    schools: schools.length,
    ...(province === undefined ? {} : { province }),
    rows,
    milliseconds: Math.round(performance.now() - started),
  });
}
