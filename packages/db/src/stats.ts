import type { DatabaseHandle } from './connection/handle.js';

/** Tables whose row counts `isee stats` reports, in reading order. */
export const COUNTED_TABLES = [
  'province',
  'district',
  'sub_district',
  'school',
  'person',
  'student',
  'household',
  'enrolment',
  'screening',
  'pmt_score',
  'attendance_summary',
  'measurement',
  'import_job',
] as const;

export interface TableCount {
  readonly table: (typeof COUNTED_TABLES)[number];
  readonly rows: number;
}

/** Exact row counts (count(*)), one statement for all tables. */
export async function tableCounts(handle: Pick<DatabaseHandle, 'sql'>): Promise<TableCount[]> {
  const select = COUNTED_TABLES.map((t) => `(select count(*) from ${t}) as ${t}`).join(', ');
  const [row] = await handle.sql(`select ${select}`);
  return COUNTED_TABLES.map((table) => ({ table, rows: Number(row?.[table] ?? 0) }));
}
