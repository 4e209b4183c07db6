import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fail, issue, ok, type Issue, type Result } from '@isee/domain';
import type { DatabaseHandle } from '../connection/handle.js';
import { idEncrypter, type IdKeys } from '../crypto/national-id.js';
import { mapColumns, type ColumnMap, type RosterField } from './columns.js';
import { openReport, type RejectionReport } from './report.js';
import { readRosterRow, type RowContext } from './row.js';
import { inTransaction, type Session } from './session.js';
import { formatOf, readLines, type SourceLine } from './source.js';
import {
  checkStage,
  createStage,
  mergeStage,
  stageBatch,
  type MergeCounts,
  type ReadRow,
} from './stage.js';

export interface ImportRosterOptions {
  /** A .csv (UTF-8, with or without BOM) or .xlsx roster; only the first worksheet is read. */
  readonly file: string;
  /** The semester the roster enrols students in: its id, year × 10 + term (25691). */
  readonly semesterId: number;
  readonly keys: IdKeys;
  /** Where the rejection report is written; default: beside the input, `FILE.rejections.csv`. */
  readonly reportPath?: string;
  /** The whole file is refused when more than this share of its rows is rejected (default 0.5). */
  readonly maxRejectedShare?: number;
  /** The user who imports, recorded on the import job. */
  readonly userId?: number;
  /** Valid rows sent to the database per COPY (default 10,000). */
  readonly batchRows?: number;
  /** Called after each batch with the number of data rows read so far. */
  readonly onProgress?: (rowsRead: number) => void;
}

export interface ImportSummary extends MergeCounts {
  readonly jobId: string;
  readonly rowsTotal: number;
  readonly rowsAccepted: number;
  readonly rowsRejected: number;
  readonly reportPath: string;
}

export const DEFAULT_MAX_REJECTED_SHARE = 0.5;
const DEFAULT_BATCH_ROWS = 10_000;
/** Plausible birth dates: at least 2 and at most 30 years before the semester starts. */
const YOUNGEST_YEARS = 2;
const OLDEST_YEARS = 30;

/** A whole-file refusal: thrown inside the transaction so that it rolls back, then returned as data. */
class Refusal extends Error {
  constructor(readonly issues: readonly Issue[]) {
    super(issues.map((i) => i.code).join(', '));
  }
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

const yearsBefore = (isoDate: string, years: number): string => {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return date.toISOString().slice(0, 10);
};

const reasonOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** What is safe to say about a database failure: SQLSTATE and constraint, never the row's values. */
function databaseReason(error: unknown): string {
  const e = error as { code?: unknown; constraint?: unknown };
  const parts = [typeof e.code === 'string' ? `SQLSTATE ${e.code}` : 'error'];
  if (typeof e.constraint === 'string') parts.push(e.constraint);
  return parts.join(', ');
}

interface Prepared {
  readonly format: 'csv' | 'xlsx';
  readonly fileSha256: string;
  readonly semesterStart: string;
  readonly schoolIds: ReadonlyMap<string, number>;
}

/** Everything checked before a job is opened: the file type, the file, the semester, the schools. */
async function prepare(
  handle: DatabaseHandle,
  opts: ImportRosterOptions,
): Promise<Result<Prepared>> {
  const format = formatOf(opts.file);
  if (format === undefined) {
    return fail([issue('ROSTER_UNSUPPORTED_FILE', 'file', { value: basename(opts.file) })]);
  }
  let fileSha256: string;
  try {
    fileSha256 = await sha256Of(opts.file);
  } catch (error) {
    return fail([issue('ROSTER_UNREADABLE', 'file', { reason: reasonOf(error) })]);
  }
  const [semester] = await handle.sql<{ starts_on: string }>(
    'select starts_on from semester where id = $1',
    [opts.semesterId],
  );
  if (semester === undefined) {
    return fail([issue('ROSTER_UNKNOWN_SEMESTER', 'semesterId', { value: opts.semesterId })]);
  }
  const schools = await handle.sql<{ code: string; id: number }>('select code, id from school');
  const schoolIds = new Map(schools.map((s) => [s.code, s.id]));
  return ok({ format, fileSha256, semesterStart: semester.starts_on, schoolIds });
}

interface Counts {
  total: number;
}

/** Reads, validates and stages every line; rejected rows go to the report as they are found. */
async function stageFile(
  session: Session,
  lines: AsyncIterable<SourceLine>,
  context: (columns: ColumnMap) => RowContext,
  report: RejectionReport,
  opts: ImportRosterOptions,
  counts: Counts,
): Promise<void> {
  const batchRows = opts.batchRows ?? DEFAULT_BATCH_ROWS;
  const encrypter = idEncrypter(opts.keys);
  let ctx: RowContext | undefined;
  let batch: ReadRow[] = [];
  // One batch in flight (its look-up of known IDs, then its COPY) while the next one is parsed.
  let inFlight: Promise<void> = Promise.resolve();
  const flush = async () => {
    const rows = batch;
    batch = [];
    await inFlight;
    inFlight = stageBatch(session, rows, encrypter);
    opts.onProgress?.(counts.total);
  };
  try {
    for await (const line of lines) {
      if (ctx === undefined) {
        const columns = mapColumns(line.cells.map((c) => String(c ?? '')));
        if (!columns.ok) throw new Refusal(columns.issues);
        ctx = context(columns.value);
        continue;
      }
      counts.total++;
      const { row, issues } = readRosterRow(line.cells, ctx);
      if (row === undefined) {
        await report.add(line.rowNumber, issues);
        continue;
      }
      const idHash = row.nationalId === null ? null : encrypter.hash(row.nationalId);
      batch.push({ rowNumber: line.rowNumber, row, idHash });
      if (batch.length >= batchRows) await flush();
    }
    if (batch.length > 0) await flush();
  } catch (error) {
    // The batch still in flight must settle before the transaction rolls back; its error is moot.
    await inFlight.catch(() => undefined);
    throw error;
  }
  await inFlight;
}

/** Readable lines, with a parse failure (a broken CSV quote, a damaged .xlsx) as a refusal. */
async function* guarded(lines: AsyncIterable<SourceLine>): AsyncGenerator<SourceLine> {
  try {
    yield* lines;
  } catch (error) {
    throw new Refusal([issue('ROSTER_UNREADABLE', 'file', { reason: reasonOf(error) })]);
  }
}

/**
 * Imports a roster file into a semester: every row checked with the domain's validators, rejected
 * rows reported (row, column, code, Thai, English) and the rest upserted — persons by national-ID
 * look-up hash or G-code, students, enrolments by (semester, student). The file is one transaction:
 * a database failure, a kill, or more than `maxRejectedShare` rejected rows leave the data as it
 * was. Importing the same file twice changes nothing. Each run is recorded as an import_job.
 */
export async function importRoster(
  handle: DatabaseHandle,
  opts: ImportRosterOptions,
): Promise<Result<ImportSummary>> {
  const prepared = await prepare(handle, opts);
  if (!prepared.ok) return prepared;
  const { format, fileSha256, semesterStart, schoolIds } = prepared.value;
  const jobId = randomUUID();
  const reportPath = opts.reportPath ?? `${opts.file}.rejections.csv`;
  await handle.sql(
    `insert into import_job (id, kind, file_name, file_sha256, status, report_path, user_id)
     values ($1, 'roster', $2, $3, 'running', $4, $5)`,
    [jobId, basename(opts.file), fileSha256, reportPath, opts.userId ?? null],
  );
  let headers: ColumnMap = {};
  const report = openReport(reportPath, (field) => headers[field as RosterField]?.header ?? field);
  const counts: Counts = { total: 0 };
  const birthDateRange = {
    min: yearsBefore(semesterStart, OLDEST_YEARS),
    max: yearsBefore(semesterStart, YOUNGEST_YEARS),
  };
  const context = (columns: ColumnMap): RowContext => {
    headers = columns;
    return { columns, schoolIdOf: (code) => schoolIds.get(code), birthDateRange };
  };
  const maxShare = opts.maxRejectedShare ?? DEFAULT_MAX_REJECTED_SHARE;
  try {
    const summary = await inTransaction(handle, async (session) => {
      await createStage(session);
      await stageFile(
        session,
        guarded(readLines(opts.file, format)),
        context,
        report,
        opts,
        counts,
      );
      if (counts.total === 0) throw new Refusal([issue('ROSTER_EMPTY', 'file')]);
      for (const r of await checkStage(session)) {
        const params = r.firstRow === null ? {} : { row: r.firstRow };
        await report.add(r.rowNumber, [issue(r.code, r.field, params)]);
      }
      const rejected = report.rejectedRows;
      if (rejected > counts.total * maxShare) {
        throw new Refusal([
          issue('ROSTER_TOO_MANY_REJECTED', 'file', {
            rejected,
            total: counts.total,
            max: Math.round(maxShare * 100),
            report: reportPath,
          }),
        ]);
      }
      const merged = await mergeStage(session, opts.semesterId);
      const result: ImportSummary = {
        jobId,
        rowsTotal: counts.total,
        rowsAccepted: counts.total - rejected,
        rowsRejected: rejected,
        reportPath,
        ...merged,
      };
      await finishJob(session.query, jobId, 'succeeded', result);
      return result;
    });
    return ok(summary);
  } catch (error) {
    const issues =
      error instanceof Refusal
        ? error.issues
        : [issue('ROSTER_IMPORT_FAILED', 'file', { reason: databaseReason(error) })];
    const rejected = report.rejectedRows;
    await finishJob(handle.sql, jobId, 'failed', {
      rowsTotal: counts.total,
      rowsAccepted: 0,
      rowsRejected: Math.min(rejected, counts.total),
    });
    return fail(issues);
  } finally {
    await report.close();
  }
}

type Query = (text: string, params?: readonly unknown[]) => Promise<unknown>;

async function finishJob(
  query: Query,
  jobId: string,
  status: 'succeeded' | 'failed',
  c: Pick<ImportSummary, 'rowsTotal' | 'rowsAccepted' | 'rowsRejected'>,
): Promise<void> {
  await query(
    `update import_job set status = $2, rows_total = $3, rows_accepted = $4, rows_rejected = $5,
       finished_at = now() where id = $1`,
    [jobId, status, c.rowsTotal, c.rowsAccepted, c.rowsRejected],
  );
}
