/**
 * The rows the seed writes, as arrays in a fixed column order per table, so the same batch goes
 * into a multi-row INSERT (PGlite) or a COPY stream (PostgreSQL). Tables are listed in the order
 * their foreign keys allow.
 */
export type Cell = string | number | boolean | null | Uint8Array;
export type SeedRow = readonly Cell[];

export const SEED_COLUMNS = {
  school: ['id', 'code', 'name_th', 'affiliation_code', 'sub_district_code', 'lat', 'lon'],
  person: [
    'id',
    'national_id_hash',
    'national_id_enc',
    'g_code',
    'first_name',
    'last_name',
    'sex',
    'birth_date',
  ],
  student: ['person_id'],
  household: ['id', 'variant', 'sub_district_code', 'address', 'lat', 'lon'],
  household_member: ['household_id', 'person_id', 'relation', 'from_semester_id'],
  enrolment: ['semester_id', 'student_id', 'school_id', 'grade', 'room', 'candidate'],
  screening: [
    'id',
    'cycle_id',
    'student_id',
    'school_id',
    'household_id',
    'form_revision',
    'variant',
    'answers',
    'content_hash',
    'income_per_person',
    'status',
    'created_by',
    'created_at',
    'updated_at',
  ],
  screening_identity: ['screening_id', 'path', 'national_id_hash', 'national_id_enc'],
  screening_event: [
    'screening_id',
    'from_status',
    'to_status',
    'actor_user_id',
    'created_at',
    'lat',
    'lon',
    'gps_accuracy_m',
    'reason',
  ],
  certification: [
    'screening_id',
    'kind',
    'decision',
    'user_id',
    'created_at',
    'lat',
    'lon',
    'gps_accuracy_m',
    'reason',
  ],
  pmt_score: ['screening_id', 'model_id', 'score', 'poverty_class', 'breakdown', 'created_at'],
  attendance_summary: ['semester_id', 'student_id', 'school_days', 'present_days'],
  measurement: ['semester_id', 'student_id', 'measured_on', 'weight_kg', 'height_cm'],
} as const;

export type SeedTable = keyof typeof SEED_COLUMNS;

/** Foreign-key order: a batch of a table only refers to rows of earlier tables. */
export const SEED_TABLES = Object.keys(SEED_COLUMNS) as SeedTable[];

/** Tables whose ids the seed chooses (other rows refer to them); sequences are moved past them after. */
export const SEEDED_IDENTITIES: ReadonlyArray<readonly [table: SeedTable, column: string]> = [
  ['school', 'id'],
  ['person', 'id'],
  ['household', 'id'],
];

export interface SeedBatch {
  readonly table: SeedTable;
  readonly rows: readonly SeedRow[];
}
