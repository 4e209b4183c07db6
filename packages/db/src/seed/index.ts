/** The synthetic nation: a deterministic, seeded generator of schools and students, and its writers. */
export { isSeedable, seedDatabase, type SeedOptions, type SeedSummary } from './seed-database.js';
export { SCALES, SCALE_PLANS, NATION_SCHOOLS, NATION_STUDENTS, type Scale } from './scale.js';
export {
  planSchools,
  provinceForSeed,
  type SeedSchool,
  type SchoolPlanOptions,
} from './schools.js';
export { schoolBatches, studentBatches, type GenerateOptions } from './generate.js';
export { provinceShapes } from './geo.js';
export { POOR_SHARE_TARGET } from './targets.js';
export { CURRENT_SEMESTER_ID, PREVIOUS_SEMESTER_ID } from './calendar.js';
export { SEED_ACCOUNT } from './header.js';
export { ensureReferenceData } from './reference-data.js';
export {
  SEED_COLUMNS,
  SEED_TABLES,
  type SeedBatch,
  type SeedRow,
  type SeedTable,
  type Cell,
} from './tables.js';
export type { ProtectId } from './students.js';
