import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { fail, issue, ok, type Issue, type Result } from '@isee/domain';
import { brokenChainIssue, verifyAudit } from '../audit/verify.js';
import { reasonOf } from '../connection/reason.js';
import { exportStudents } from '../roster/export.js';
import { importRoster } from '../roster/import.js';
import { SCALES, type Scale } from '../seed/scale.js';
import { seedDatabase } from '../seed/seed-database.js';
import { tableCounts } from '../stats.js';
import { codeOption, numberOption, semesterOption } from './options.js';
import { progress } from './output.js';
import type { Session } from './session.js';

/** Each command reads its options first (every problem at once), then works; all answer a Result. */
export type Command = (session: Session) => Promise<Result<unknown>>;

/** Option problems refuse the command before any database is opened (exit code 2). */
const checked = (issues: Issue[], command: Command): Result<Command> =>
  issues.length > 0 ? fail(issues) : ok(command);

export const statsCommand: Command = async ({ handle }) => {
  for (const { table, rows } of await tableCounts(handle)) {
    console.log(`${table.padEnd(20)} ${rows.toLocaleString('en-US').padStart(12)}`);
  }
  return ok(undefined);
};

/**
 * Exit 1 at the first broken link; the head hash printed when every chain holds (one value over all
 * the chains' heads) can be kept elsewhere.
 */
export const auditVerifyCommand: Command = async ({ handle }) => {
  const verified = await verifyAudit(handle);
  if (!verified.ok) return verified;
  const { rows, firstBrokenId, reason, headHash, chainRows } = verified.value;
  const last = chainRows.length - 1;
  const perChain = `  rows per chain 0–${last} / แถวแต่ละสาย: ${chainRows.join(' ')}`;
  if (firstBrokenId !== undefined && reason !== undefined) {
    console.log(`audit trail: ${rows} rows checked / ตรวจบันทึกการตรวจสอบ ${rows} แถว`);
    console.log(perChain);
    return fail([brokenChainIssue(firstBrokenId, reason)]);
  }
  const chains = chainRows.length;
  console.log(`audit trail: ${rows} rows checked, all ${chains} chains intact (head ${headHash})`);
  console.log(
    `บันทึกการตรวจสอบ: ตรวจ ${rows} แถว ห่วงโซ่ทั้ง ${chains} สายครบถ้วน ไม่ถูกแก้ไข (แฮชรวมของหัวสาย ${headHash})`,
  );
  console.log(perChain);
  return ok(undefined);
};

export function seedCommand(opts: {
  scale?: string;
  seed?: string;
  province?: string;
}): Result<Command> {
  const issues: Issue[] = [];
  const scale = codeOption<Scale>(opts.scale ?? 'demo', '--scale', SCALES, issues);
  const seed = numberOption(
    opts.seed ?? '1',
    '--seed',
    { min: 0, max: 2 ** 32 - 1, integer: true },
    issues,
  );
  return checked(issues, async ({ handle, keys }) => {
    const idKeys = await keys();
    if (!idKeys.ok || scale === undefined || seed === undefined) return idKeys;
    const bar = progress('seed rows');
    const seeded = await seedDatabase(handle, {
      scale,
      seed,
      idKeys: idKeys.value,
      ...(opts.province !== undefined && { province: opts.province }),
      onProgress: (rows) => bar.update(Object.values(rows).reduce((a, b) => a + (b ?? 0), 0)),
    });
    bar.done();
    if (!seeded.ok) return seeded;
    const { schools, rows, milliseconds } = seeded.value;
    console.log(
      `seeded ${scale} (seed ${seed}): ${schools.toLocaleString('en-US')} schools in ${(milliseconds / 1000).toFixed(1)} s`,
    );
    for (const [table, count] of Object.entries(rows))
      console.log(`  ${table.padEnd(20)} ${(count ?? 0).toLocaleString('en-US')}`);
    return ok(undefined);
  });
}

export function importCommand(
  file: string,
  opts: { semester?: string; report?: string; maxRejected?: string },
): Result<Command> {
  const issues: Issue[] = [];
  const semesterId = semesterOption(opts.semester, issues);
  const maxRejectedShare = numberOption(
    opts.maxRejected ?? '0.5',
    '--max-rejected',
    { min: 0, max: 1 },
    issues,
  );
  return checked(issues, async ({ handle, keys }) => {
    const idKeys = await keys();
    if (!idKeys.ok || semesterId === undefined || maxRejectedShare === undefined) return idKeys;
    const bar = progress(`import ${file}`);
    const imported = await importRoster(handle, {
      file,
      semesterId,
      keys: idKeys.value,
      maxRejectedShare,
      ...(opts.report !== undefined && { reportPath: opts.report }),
      onProgress: (rows) => bar.update(rows),
    });
    bar.done();
    if (!imported.ok) return imported;
    const s = imported.value;
    console.log(
      `rows ${s.rowsTotal}: accepted ${s.rowsAccepted}, rejected ${s.rowsRejected} (report: ${s.reportPath})`,
    );
    console.log(
      `แถวทั้งหมด ${s.rowsTotal}: รับ ${s.rowsAccepted} ปฏิเสธ ${s.rowsRejected} (รายงาน: ${s.reportPath})`,
    );
    return ok(undefined);
  });
}

/** Opens the --out file before any work, so a bad path is a clear refusal, not a crash mid-export. */
async function openOutput(file: string): Promise<Result<Writable>> {
  const stream = createWriteStream(file);
  try {
    await once(stream, 'open');
    return ok(stream);
  } catch (error) {
    return fail([issue('EXPORT_UNWRITABLE', '--out', { file, reason: reasonOf(error) })]);
  }
}

export function exportCommand(opts: {
  semester?: string;
  province?: string;
  school?: string;
  format?: string;
  out?: string;
}): Result<Command> {
  const issues: Issue[] = [];
  const semesterId = semesterOption(opts.semester, issues);
  const format = codeOption(opts.format ?? 'csv', '--format', ['csv', 'xlsx'] as const, issues);
  if (format === 'xlsx' && opts.out === undefined) issues.push(issue('REQUIRED', '--out'));
  return checked(issues, async ({ handle, keys }) => {
    const idKeys = await keys();
    if (!idKeys.ok || semesterId === undefined || format === undefined) return idKeys;
    let schoolId: number | undefined;
    if (opts.school !== undefined) {
      const [row] = await handle.sql<{ id: number }>('select id from school where code = $1', [
        opts.school,
      ]);
      if (row === undefined)
        return fail([issue('ROSTER_UNKNOWN_SCHOOL', '--school', { value: opts.school })]);
      schoolId = row.id;
    }
    const opened = opts.out === undefined ? ok(process.stdout) : await openOutput(opts.out);
    if (!opened.ok) return opened;
    const out = opened.value;
    const exported = await exportStudents(handle, {
      format,
      keys: idKeys.value,
      out,
      filter: {
        semesterId,
        ...(opts.province !== undefined && { provinceCode: opts.province }),
        ...(schoolId !== undefined && { schoolId }),
      },
    });
    if (out !== process.stdout) {
      out.end();
      await finished(out);
    }
    if (exported.ok)
      process.stderr.write(`exported ${exported.value.rows.toLocaleString('en-US')} students\n`);
    return exported;
  });
}
