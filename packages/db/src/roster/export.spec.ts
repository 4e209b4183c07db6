import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { maskThaiId } from '@isee/domain';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection/handle.js';
import { describeEachEngine } from '../testing/engines.js';
import { EXPORT_HEADER, exportStudents, type ExportStudentsOptions } from './export.js';
import { importRoster } from './import.js';
import {
  FIXTURE_SCHOOL_CODES,
  FIXTURE_SEMESTER_ID,
  fixtureKeys,
  seedRosterFixture,
  syntheticGCode,
  syntheticId,
  THAI_HEADER,
  writeCsv,
  type RosterLine,
} from './test-fixture.js';

const keys = fixtureKeys();
const [SCHOOL_A, SCHOOL_B] = FIXTURE_SCHOOL_CODES;

/** Six students known by G-code and two by national ID, over two schools. */
const ROSTER: readonly RosterLine[] = [
  ...Array.from({ length: 6 }, (_, i): RosterLine => [
    '',
    syntheticGCode(i + 1),
    i % 2 ? 'เด็กหญิง' : 'เด็กชาย',
    `นักเรียน${i + 1}`,
    'ทดสอบ',
    '',
    `0${i + 1}/0${i + 1}/2556`,
    i < 4 ? SCHOOL_A : SCHOOL_B,
    i < 3 ? 'ป.2' : 'ม.1',
    String(1 + (i % 2)),
    i % 3 === 0 ? 'ใช่' : '',
  ]),
  [syntheticId(7), '', '', 'เจ็ด', 'ทดสอบ', 'ชาย', '', SCHOOL_A, 'P1', '1', '1'],
  [syntheticId(8), '', '', 'แปด', 'ทดสอบ', 'หญิง', '', SCHOOL_B, 'K2', '', ''],
];

/** A Writable that keeps what it is given, to read an export back in the test. */
function memoryOut(): { out: Writable; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  return { out, bytes: () => Buffer.concat(chunks) };
}

/** Enrolments as the school sees them: G-code, school code, grade, room, flag, names, birth date. */
const enrolments = (h: DatabaseHandle) =>
  h.sql(
    `select p.g_code, s.code, e.grade, e.room, e.candidate, p.first_name, p.last_name, p.sex,
            p.birth_date
     from enrolment e join person p on p.id = e.student_id join school s on s.id = e.school_id
     where p.g_code is not null order by p.g_code`,
  );

describeEachEngine('student export', (engine) => {
  let dir: string;
  const h = () => engine.handle();
  const load = async (file: string, lines: readonly RosterLine[]) => {
    await writeCsv(join(dir, file), THAI_HEADER, lines);
    return importRoster(h(), { file: join(dir, file), semesterId: FIXTURE_SEMESTER_ID, keys });
  };
  const exportTo = (opts: Omit<ExportStudentsOptions, 'keys'>) =>
    exportStudents(h(), { ...opts, keys });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'isee-export-'));
    await seedRosterFixture(h());
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  beforeEach(async () => {
    await h().sql('truncate enrolment, student, person, import_job cascade');
    expect((await load('roster.csv', ROSTER)).ok).toBe(true);
  });

  it('streams CSV with the roster header and national IDs masked to their last four digits', async () => {
    const { out, bytes } = memoryOut();
    const result = await exportTo({
      format: 'csv',
      filter: { semesterId: FIXTURE_SEMESTER_ID },
      out,
      pageRows: 3,
    });
    expect(result).toEqual({ ok: true, value: { rows: 8, unreadableIds: 0 } });
    const [header, ...rows] = parse(bytes(), { bom: true }) as string[][];
    expect(header).toEqual(EXPORT_HEADER);
    expect(rows).toHaveLength(8);
    const ids = rows.map((r) => r[0]).filter((id) => id !== '');
    expect(ids.sort()).toEqual([maskThaiId(syntheticId(7)), maskThaiId(syntheticId(8))].sort());
    expect(bytes().toString('utf8')).not.toContain(syntheticId(7));
    expect(rows.find((r) => r[1] === syntheticGCode(1))).toEqual([
      '',
      syntheticGCode(1),
      'นักเรียน1',
      'ทดสอบ',
      'ชาย',
      '01/01/2556',
      SCHOOL_A,
      'ป.2',
      '1',
      '1',
    ]);
  });

  it('filters by school and by province, paging through every row', async () => {
    const [school] = await h().sql<{ id: number }>('select id from school where code = $1', [
      SCHOOL_B,
    ]);
    const bySchool = await exportTo({
      format: 'csv',
      filter: { semesterId: FIXTURE_SEMESTER_ID, schoolId: Number(school?.id) },
      out: memoryOut().out,
      pageRows: 1,
    });
    expect(bySchool).toMatchObject({ ok: true, value: { rows: 3 } });
    const byProvince = await exportTo({
      format: 'csv',
      filter: { semesterId: FIXTURE_SEMESTER_ID, provinceCode: '50' },
      out: memoryOut().out,
      pageRows: 2,
    });
    expect(byProvince).toMatchObject({ ok: true, value: { rows: 8 } });
    expect(
      await exportTo({
        format: 'csv',
        filter: { semesterId: FIXTURE_SEMESTER_ID, provinceCode: '99' },
        out: memoryOut().out,
      }),
    ).toMatchObject({ ok: false, issues: [{ code: 'UNKNOWN_PROVINCE' }] });
    expect(
      await exportTo({ format: 'csv', filter: { semesterId: 25702 }, out: memoryOut().out }),
    ).toMatchObject({ ok: false, issues: [{ code: 'ROSTER_UNKNOWN_SEMESTER' }] });
  });

  it('round-trips: a CSV export imported into an empty database gives the same enrolments', async () => {
    const before = await enrolments(h());
    const file = join(dir, 'export.csv');
    expect(
      (
        await exportTo({
          format: 'csv',
          filter: { semesterId: FIXTURE_SEMESTER_ID },
          out: createWriteStream(file),
        })
      ).ok,
    ).toBe(true);
    await h().sql('truncate enrolment, student, person, import_job cascade');
    const again = await importRoster(h(), { file, semesterId: FIXTURE_SEMESTER_ID, keys });
    // Masked IDs are refused, by design: an export cannot be used to re-create ID holders.
    expect(again).toMatchObject({ ok: true, value: { rowsAccepted: 6, rowsRejected: 2 } });
    const report = parse(await readFile(`${file}.rejections.csv`), {
      bom: true,
      columns: true,
    }) as { code: string }[];
    expect(report.map((r) => r.code)).toEqual(['ID_FORMAT', 'ID_FORMAT']);
    expect(await enrolments(h())).toEqual(before);
  });

  it('streams XLSX that reads back as the same roster', async () => {
    const before = await enrolments(h());
    const file = join(dir, 'export.xlsx');
    const result = await exportTo({
      format: 'xlsx',
      filter: { semesterId: FIXTURE_SEMESTER_ID },
      out: createWriteStream(file),
    });
    expect(result).toMatchObject({ ok: true, value: { rows: 8 } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(9);
    expect((sheet?.getRow(1).values as unknown[]).slice(1)).toEqual(EXPORT_HEADER);
    await h().sql('truncate enrolment, student, person, import_job cascade');
    expect(await importRoster(h(), { file, semesterId: FIXTURE_SEMESTER_ID, keys })).toMatchObject({
      ok: true,
      value: { rowsAccepted: 6 },
    });
    expect(await enrolments(h())).toEqual(before);
  });
});
