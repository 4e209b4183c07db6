import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import {
  fail,
  gradeLabel,
  issue,
  maskThaiId,
  ok,
  toBuddhistYear,
  type Grade,
  type Result,
} from '@isee/domain';
import type { DatabaseHandle } from '../connection/handle.js';
import { decryptNationalId, type IdKeys } from '../crypto/national-id.js';
import { HEADER_NAMES, ROSTER_FIELDS, type RosterField } from './columns.js';

export interface StudentFilter {
  readonly semesterId: number;
  readonly provinceCode?: string;
  readonly schoolId?: number;
}

export interface ExportStudentsOptions {
  readonly format: 'csv' | 'xlsx';
  readonly filter: StudentFilter;
  readonly out: Writable;
  /** To show the last four digits of each national ID; the full ID is never written. */
  readonly keys: IdKeys;
  /** Rows fetched per query (default 5,000). */
  readonly pageRows?: number;
}

export interface ExportSummary {
  readonly rows: number;
  /** IDs that could not be decrypted (wrong key, damaged bytes): written as an empty cell. */
  readonly unreadableIds: number;
}

/** The export's columns, in the roster's own header names, so an export reads like a roster (no title: it is not stored). */
const EXPORT_FIELDS: readonly RosterField[] = ROSTER_FIELDS.filter((f) => f !== 'title');
export const EXPORT_HEADER: readonly string[] = EXPORT_FIELDS.map((f) => HEADER_NAMES[f][0] ?? f);

interface StudentRow {
  readonly student_id: number;
  readonly national_id_enc: Uint8Array | null;
  readonly g_code: string | null;
  readonly first_name: string;
  readonly last_name: string;
  readonly sex: string | null;
  readonly birth_date: string | null;
  readonly school_code: string;
  readonly grade: Grade;
  readonly room: string;
  readonly candidate: boolean;
}

const SEX_TH: Readonly<Record<string, string>> = { male: 'ชาย', female: 'หญิง' };

/** dd/mm/yyyy in the Buddhist Era, as schools write dates (and as the importer reads them). */
const buddhistDate = (iso: string): string =>
  `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${toBuddhistYear(Number(iso.slice(0, 4)))}`;

/**
 * One page of the filter's enrolments after a student id: keyset pagination on the enrolment key
 * (semester, student), so page n costs what page 1 costs and nothing is held in memory.
 */
function pageQuery(filter: StudentFilter, pageRows: number) {
  const params: unknown[] = [filter.semesterId, pageRows];
  const where = ['e.semester_id = $1'];
  if (filter.provinceCode !== undefined) {
    params.push(filter.provinceCode);
    where.push(`s.province_code = $${params.length}`);
  }
  if (filter.schoolId !== undefined) {
    params.push(filter.schoolId);
    where.push(`e.school_id = $${params.length}`);
  }
  params.push(0);
  where.push(`e.student_id > $${params.length}`);
  const text = `select e.student_id, p.national_id_enc, p.g_code, p.first_name, p.last_name, p.sex,
      p.birth_date, s.code as school_code, e.grade, e.room, e.candidate
    from enrolment e join person p on p.id = e.student_id join school s on s.id = e.school_id
    where ${where.join(' and ')} order by e.student_id limit $2`;
  return { text, params, afterIndex: params.length - 1 };
}

async function* studentPages(
  handle: DatabaseHandle,
  filter: StudentFilter,
  pageRows: number,
): AsyncGenerator<StudentRow> {
  const { text, params, afterIndex } = pageQuery(filter, pageRows);
  for (;;) {
    const page = await handle.sql<StudentRow & Record<string, unknown>>(text, params);
    yield* page;
    const last = page.at(-1);
    if (page.length < pageRows || last === undefined) return;
    params[afterIndex] = last.student_id;
  }
}

async function checkFilter(handle: DatabaseHandle, filter: StudentFilter): Promise<Result<void>> {
  const [semester] = await handle.sql('select 1 from semester where id = $1', [filter.semesterId]);
  if (semester === undefined) {
    return fail([
      issue('ROSTER_UNKNOWN_SEMESTER', 'filter.semesterId', { value: filter.semesterId }),
    ]);
  }
  if (filter.provinceCode !== undefined) {
    const [province] = await handle.sql('select 1 from province where code = $1', [
      filter.provinceCode,
    ]);
    if (province === undefined) {
      return fail([
        issue('UNKNOWN_PROVINCE', 'filter.provinceCode', { value: filter.provinceCode }),
      ]);
    }
  }
  return ok(undefined);
}

/**
 * Streams the students enrolled in a semester (optionally one province or one school) as CSV or
 * XLSX, of any size. National IDs are masked (x-xxxx-xxxx6-78-9): a full-ID export needs a stated
 * reason and an audit entry, which belong to the server's access module.
 */
export async function exportStudents(
  handle: DatabaseHandle,
  opts: ExportStudentsOptions,
): Promise<Result<ExportSummary>> {
  const checked = await checkFilter(handle, opts.filter);
  if (!checked.ok) return checked;
  const summary = { rows: 0, unreadableIds: 0 };
  const maskedId = (enc: Uint8Array | null): string => {
    if (enc === null) return '';
    const id = decryptNationalId(opts.keys, enc);
    if (!id.ok) summary.unreadableIds++;
    return id.ok ? maskThaiId(id.value) : '';
  };
  async function* records(): AsyncGenerator<readonly (string | number)[]> {
    for await (const r of studentPages(handle, opts.filter, opts.pageRows ?? 5000)) {
      summary.rows++;
      yield [
        maskedId(r.national_id_enc),
        r.g_code ?? '',
        r.first_name,
        r.last_name,
        r.sex === null ? '' : (SEX_TH[r.sex] ?? ''),
        r.birth_date === null ? '' : buddhistDate(r.birth_date),
        r.school_code,
        gradeLabel(r.grade, 'th'),
        r.room,
        r.candidate ? 1 : 0,
      ];
    }
  }
  if (opts.format === 'csv') {
    const lines = async function* () {
      yield EXPORT_HEADER;
      yield* records();
    };
    await pipeline(Readable.from(lines()), stringify({ bom: true }), opts.out);
    return ok(summary);
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: opts.out });
  const sheet = workbook.addWorksheet('students');
  sheet.addRow([...EXPORT_HEADER]).commit();
  for await (const record of records()) sheet.addRow([...record]).commit();
  sheet.commit();
  await workbook.commit();
  return ok(summary);
}
