import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection/handle.js';
import { decryptNationalId, idEncrypter, lookupHashOf } from '../crypto/national-id.js';
import { describeEachEngine } from '../testing/engines.js';
import { importRoster, type ImportRosterOptions } from './import.js';
import type { RosterRow } from './row.js';
import { inTransaction } from './session.js';
import { createStage, stageBatch } from './stage.js';
import {
  FIXTURE_SCHOOL_CODES,
  FIXTURE_SEMESTER_ID,
  fixtureKeys,
  seedRosterFixture,
  syntheticGCode,
  syntheticId,
  THAI_HEADER,
  writeCsv,
  writeXlsx,
  wrongCheckDigit,
  type RosterLine,
} from './test-fixture.js';

const keys = fixtureKeys();
const [SCHOOL_A, SCHOOL_B] = FIXTURE_SCHOOL_CODES;

/** A worked roster: an ID with a Buddhist-era date, a G-code, codes and Thai grades, a title only. */
const WORKED: readonly RosterLine[] = [
  [syntheticId(1), '', 'เด็กชาย', 'สมชาย', 'ใจดี', 'ชาย', '12/05/2555', SCHOOL_A, 'ป.1', '1', 'ใช่'],
  ['', syntheticGCode(2), 'เด็กหญิง', 'สมหญิง', 'รักเรียน', '', '2013-01-31', SCHOOL_A, 'P2', '2', ''],
  [syntheticId(3), '', 'นาย', 'ปกรณ์', 'มั่นคง', 'M', '๐๑/๐๖/๒๕๕๓', SCHOOL_B, 'ม.3', '', '0'],
  [syntheticId(4), '', 'นางสาว', 'อร', "ดวง'ดี, จริง", '', '', SCHOOL_B, 'ปวช.1', '1/2', '1'],
];

const row5Line = (): RosterLine => [
  syntheticId(5),
  '',
  '',
  'ห้า',
  'ใหม่',
  '',
  '',
  SCHOOL_A,
  'P1',
  '',
  '',
];

const count = async (h: DatabaseHandle, table: string): Promise<number> =>
  Number((await h.sql<{ n: number }>(`select count(*)::int as n from ${table}`))[0]?.n);

/** A digest of a table's whole content in key order: equal digests, equal tables. */
const checksum = async (h: DatabaseHandle, table: string, order: string): Promise<string> =>
  String(
    (
      await h.sql<{ d: string }>(
        `select md5(coalesce(string_agg(t::text, '|' order by ${order}), '')) as d from ${table} t`,
      )
    )[0]?.d,
  );

const snapshot = async (h: DatabaseHandle) => ({
  person: await checksum(h, 'person', 'id'),
  student: await checksum(h, 'student', 'person_id'),
  enrolment: await checksum(h, 'enrolment', 'semester_id, student_id'),
});

interface ReportLine {
  row: string;
  column: string;
  code: string;
  message_th: string;
  message_en: string;
}
const readReport = async (file: string): Promise<ReportLine[]> =>
  parse(await readFile(file), { bom: true, columns: true }) as ReportLine[];

describeEachEngine('roster import', (engine) => {
  let dir: string;
  const h = () => engine.handle();
  const run = (file: string, extra: Partial<ImportRosterOptions> = {}) =>
    importRoster(h(), { file: join(dir, file), semesterId: FIXTURE_SEMESTER_ID, keys, ...extra });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'isee-roster-'));
    await seedRosterFixture(h());
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  beforeEach(async () => {
    await h().sql('truncate enrolment, student, person, import_job cascade');
  });

  async function expectWorkedRoster(): Promise<void> {
    const rows = await h().sql<Record<string, unknown>>(
      `select p.national_id_enc, p.g_code, p.first_name, p.last_name, p.sex, p.birth_date,
              s.code as school, e.grade, e.room, e.candidate
       from enrolment e join person p on p.id = e.student_id join school s on s.id = e.school_id
`,
    );
    const byName = (a: Record<string, unknown>, b: Record<string, unknown>) =>
      String(a['first_name']) < String(b['first_name']) ? -1 : 1;
    const plain = rows.sort(byName).map(({ national_id_enc, ...rest }) => ({
      id: national_id_enc ? decryptNationalId(keys, national_id_enc as Uint8Array) : null,
      ...rest,
    }));
    expect(plain).toEqual([
      {
        id: { ok: true, value: syntheticId(3) },
        g_code: null,
        first_name: 'ปกรณ์',
        last_name: 'มั่นคง',
        sex: 'male',
        birth_date: '2010-06-01',
        school: SCHOOL_B,
        grade: 'M3',
        room: '',
        candidate: false,
      },
      {
        id: { ok: true, value: syntheticId(1) },
        g_code: null,
        first_name: 'สมชาย',
        last_name: 'ใจดี',
        sex: 'male',
        birth_date: '2012-05-12',
        school: SCHOOL_A,
        grade: 'P1',
        room: '1',
        candidate: true,
      },
      {
        id: null,
        g_code: syntheticGCode(2),
        first_name: 'สมหญิง',
        last_name: 'รักเรียน',
        sex: 'female',
        birth_date: '2013-01-31',
        school: SCHOOL_A,
        grade: 'P2',
        room: '2',
        candidate: false,
      },
      {
        id: { ok: true, value: syntheticId(4) },
        g_code: null,
        first_name: 'อร',
        last_name: "ดวง'ดี, จริง",
        sex: 'female',
        birth_date: null,
        school: SCHOOL_B,
        grade: 'V1',
        room: '1/2',
        candidate: true,
      },
    ]);
  }

  it('imports a worked CSV roster: persons, students, enrolments, and an empty report', async () => {
    await writeCsv(join(dir, 'worked.csv'), THAI_HEADER, WORKED);
    const result = await run('worked.csv');
    expect(result).toMatchObject({
      ok: true,
      value: {
        rowsTotal: 4,
        rowsAccepted: 4,
        rowsRejected: 0,
        personsInserted: 4,
        enrolmentsInserted: 4,
      },
    });
    await expectWorkedRoster();
    expect(await count(h(), 'student')).toBe(4);
    expect(await readReport(join(dir, 'worked.csv.rejections.csv'))).toEqual([]);
    const [job] = await h().sql(
      'select status, rows_total, rows_accepted, rows_rejected, report_path from import_job',
    );
    expect(job).toEqual({
      status: 'succeeded',
      rows_total: 4,
      rows_accepted: 4,
      rows_rejected: 0,
      report_path: join(dir, 'worked.csv.rejections.csv'),
    });
  });

  it('imports the same roster from an XLSX sheet, with a real date cell, English headers and no BOM issues', async () => {
    const english = [
      'national_id',
      'g_code',
      'title',
      'first_name',
      'last_name',
      'sex',
      'birth_date',
      'school_code',
      'grade',
      'room',
      'candidate',
    ];
    const lines = WORKED.map((l, i) =>
      i === 0 ? l.map((c, j) => (j === 6 ? new Date(Date.UTC(2012, 4, 12)) : c)) : l,
    );
    await writeXlsx(join(dir, 'worked.xlsx'), english, lines);
    const result = await run('worked.xlsx', { reportPath: join(dir, 'xlsx-report.csv') });
    expect(result).toMatchObject({ ok: true, value: { rowsTotal: 4, rowsAccepted: 4 } });
    await expectWorkedRoster();
  });

  it('reads a CSV without a BOM just the same', async () => {
    await writeCsv(join(dir, 'nobom.csv'), THAI_HEADER, WORKED, false);
    expect(await run('nobom.csv')).toMatchObject({ ok: true, value: { rowsAccepted: 4 } });
    await expectWorkedRoster();
  });

  it('reports every rejection with its row, column, code and both languages, and imports the rest', async () => {
    // A known person with ID 900 and G-code G900, so that another ID with that G-code conflicts.
    await writeCsv(join(dir, 'known.csv'), THAI_HEADER, [
      [syntheticId(900), syntheticGCode(900), '', 'ก', 'ข', '', '', SCHOOL_A, 'P1', '', ''],
    ]);
    expect((await run('known.csv')).ok).toBe(true);
    const good = (n: number): RosterLine => [
      syntheticId(n),
      '',
      '',
      `ชื่อ${n}`,
      'สกุล',
      '',
      '',
      SCHOOL_A,
      'P3',
      '1',
      '',
    ];
    const bad: RosterLine[] = [
      ['', '', '', 'ก', 'ข', '', '', SCHOOL_A, 'P1', '', ''],
      ['123456789012', '', '', 'ก', 'ข', '', '', SCHOOL_A, 'P1', '', ''],
      [wrongCheckDigit(syntheticId(101)), '', '', 'ก', 'ข', '', '', SCHOOL_A, 'P1', '', ''],
      ['', 'X123', '', 'ก', 'ข', '', '', SCHOOL_A, 'P1', '', ''],
      ['', wrongCheckDigit(syntheticGCode(103)), '', 'ก', 'ข', '', '', SCHOOL_A, 'P1', '', ''],
      [syntheticId(104), '', '', '', 'ข', '', '', SCHOOL_A, 'P1', '', ''],
      [syntheticId(105), '', '', 'ก', 'ข'.repeat(101), '', '', SCHOOL_A, 'P1', '', ''],
      [syntheticId(106), '', '', 'ก', 'ข', 'อื่น', '', SCHOOL_A, 'P1', '', ''],
      [syntheticId(107), '', '', 'ก', 'ข', '', '31/02/2555', SCHOOL_A, 'P1', '', ''],
      [syntheticId(108), '', '', 'ก', 'ข', '', '01/01/2568', SCHOOL_A, 'P1', '', ''],
      [syntheticId(109), '', '', 'ก', 'ข', '', '', '9999999999', 'P1', '', ''],
      [syntheticId(110), '', '', 'ก', 'ข', '', '', SCHOOL_A, 'ป.9', '', ''],
      [syntheticId(111), '', '', 'ก', 'ข', '', '', SCHOOL_A, 'P1', '', 'บางที'],
      [syntheticId(1), '', '', 'ซ้ำ', 'ข', '', '', SCHOOL_A, 'P1', '', ''],
      ['', syntheticGCode(50), '', 'ก', 'ข', '', '', SCHOOL_A, 'P1', '', ''],
      ['', syntheticGCode(50), '', 'ซ้ำ', 'ข', '', '', SCHOOL_A, 'P1', '', ''],
      [syntheticId(901), syntheticGCode(900), '', 'ก', 'ข', '', '', SCHOOL_A, 'P1', '', ''],
    ];
    const lines = [...Array.from({ length: 20 }, (_, i) => good(i + 1)), ...bad];
    await writeCsv(join(dir, 'bad.csv'), THAI_HEADER, lines);
    const result = await run('bad.csv');
    expect(result).toMatchObject({
      ok: true,
      value: { rowsTotal: 37, rowsRejected: 16, rowsAccepted: 21 },
    });
    const report = await readReport(join(dir, 'bad.csv.rejections.csv'));
    expect(report.map((r) => [Number(r.row), r.column, r.code])).toEqual([
      [22, 'เลขประจำตัวประชาชน', 'ROSTER_NO_IDENTITY'],
      [23, 'เลขประจำตัวประชาชน', 'ID_FORMAT'],
      [24, 'เลขประจำตัวประชาชน', 'ID_CHECKSUM'],
      [25, 'รหัส G', 'GCODE_FORMAT'],
      [26, 'รหัส G', 'GCODE_CHECKSUM'],
      [27, 'ชื่อ', 'REQUIRED'],
      [28, 'นามสกุล', 'FORM_TEXT_TOO_LONG'],
      [29, 'เพศ', 'UNKNOWN_OPTION'],
      [30, 'วันเกิด', 'ROSTER_INVALID_DATE'],
      [31, 'วันเกิด', 'ROSTER_BIRTH_DATE_RANGE'],
      [32, 'รหัสโรงเรียน', 'ROSTER_UNKNOWN_SCHOOL'],
      [33, 'ชั้น', 'UNKNOWN_GRADE'],
      [34, 'นักเรียนยากจน', 'UNKNOWN_OPTION'],
      [35, 'เลขประจำตัวประชาชน', 'ROSTER_DUPLICATE_ROW'],
      [37, 'รหัส G', 'ROSTER_DUPLICATE_ROW'],
      [38, 'รหัส G', 'ROSTER_IDENTITY_CONFLICT'],
    ]);
    expect(report[13]?.message_en).toBe('The same student is already on row 2 of this file');
    expect(report[13]?.message_th).toContain('แถวที่ 2');
    expect(report.every((r) => r.message_th !== '' && r.message_en !== '')).toBe(true);
    // The report never repeats a rejected value: no national ID appears in it.
    const text = await readFile(join(dir, 'bad.csv.rejections.csv'), 'utf8');
    expect(text).not.toContain('123456789012');
    expect(await count(h(), 'enrolment')).toBe(22);
  });

  it('refuses a file with more than half its rows rejected, importing nothing but writing the report', async () => {
    const lines: RosterLine[] = [
      [syntheticId(1), '', '', 'ก', 'ข', '', '', SCHOOL_A, 'P1', '', ''],
      [syntheticId(2), '', '', 'ก', 'ข', '', '', '0000000000', 'P1', '', ''],
      [syntheticId(3), '', '', 'ก', 'ข', '', '', '0000000000', 'P1', '', ''],
    ];
    await writeCsv(join(dir, 'mostly-bad.csv'), THAI_HEADER, lines);
    const result = await run('mostly-bad.csv');
    expect(result).toMatchObject({
      ok: false,
      issues: [{ code: 'ROSTER_TOO_MANY_REJECTED', params: { rejected: 2, total: 3, max: 50 } }],
    });
    expect(await count(h(), 'person')).toBe(0);
    expect(await readReport(join(dir, 'mostly-bad.csv.rejections.csv'))).toHaveLength(2);
    const [job] = await h().sql('select status, rows_total, rows_rejected from import_job');
    expect(job).toEqual({ status: 'failed', rows_total: 3, rows_rejected: 2 });
    expect((await run('mostly-bad.csv', { maxRejectedShare: 0.7 })).ok).toBe(true);
  });

  it('refuses files it cannot use: wrong type, unreadable, missing columns, no rows, unknown semester', async () => {
    expect(await run('roster.txt')).toMatchObject({
      ok: false,
      issues: [{ code: 'ROSTER_UNSUPPORTED_FILE' }],
    });
    expect(await run('missing.csv')).toMatchObject({
      ok: false,
      issues: [{ code: 'ROSTER_UNREADABLE' }],
    });
    await writeCsv(join(dir, 'cols.csv'), ['ชื่อ', 'นามสกุล', 'ชั้น'], [['ก', 'ข', 'P1']]);
    expect(await run('cols.csv')).toMatchObject({
      ok: false,
      issues: [
        { code: 'ROSTER_MISSING_COLUMN', path: 'nationalId' },
        { code: 'ROSTER_MISSING_COLUMN', path: 'schoolCode' },
      ],
    });
    await writeCsv(join(dir, 'empty.csv'), THAI_HEADER, []);
    expect(await run('empty.csv')).toMatchObject({ ok: false, issues: [{ code: 'ROSTER_EMPTY' }] });
    await writeCsv(join(dir, 'ok.csv'), THAI_HEADER, WORKED);
    expect(await run('ok.csv', { semesterId: 25702 })).toMatchObject({
      ok: false,
      issues: [{ code: 'ROSTER_UNKNOWN_SEMESTER' }],
    });
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, 'broken.csv'), `${THAI_HEADER.join(',')}\n"unclosed,quote\n`);
    expect(await run('broken.csv')).toMatchObject({
      ok: false,
      issues: [{ code: 'ROSTER_UNREADABLE' }],
    });
    expect(await count(h(), 'person')).toBe(0);
  });

  it('is idempotent: importing the same file again changes no table', async () => {
    await writeCsv(join(dir, 'twice.csv'), THAI_HEADER, WORKED);
    expect((await run('twice.csv')).ok).toBe(true);
    const before = await snapshot(h());
    const again = await run('twice.csv');
    expect(again).toMatchObject({
      ok: true,
      value: {
        rowsAccepted: 4,
        personsInserted: 0,
        personsUpdated: 0,
        enrolmentsInserted: 0,
        enrolmentsUpdated: 0,
      },
    });
    expect(await snapshot(h())).toEqual(before);
  });

  it('encrypts only the IDs it does not know: a known person keeps the ciphertext it has', async () => {
    await writeCsv(join(dir, 'known-ids.csv'), THAI_HEADER, WORKED);
    expect((await run('known-ids.csv')).ok).toBe(true);
    const stored = async (n: number) =>
      (
        await h().sql<{ id: number; enc: Uint8Array }>(
          'select id, national_id_enc as enc from person where national_id_hash = $1',
          [lookupHashOf(keys, syntheticId(n))],
        )
      )[0];
    const known = await stored(1);
    const row = (n: number): RosterRow => ({
      nationalId: syntheticId(n),
      gCode: null,
      firstName: 'ก',
      lastName: 'ข',
      sex: null,
      birthDate: null,
      schoolId: 1,
      grade: 'P1',
      room: '',
      candidate: false,
    });
    const bulk = idEncrypter(keys);
    const encrypted: string[] = [];
    const counting = {
      hash: bulk.hash,
      encrypt: (id: string) => (encrypted.push(id), bulk.encrypt(id)),
    };
    const staged = await inTransaction(h(), async (session) => {
      await createStage(session);
      const rows = [1, 5].map((n, i) => ({
        rowNumber: i + 2,
        row: row(n),
        idHash: bulk.hash(syntheticId(n)),
      }));
      await stageBatch(session, rows, counting);
      return session.query<{ person_id: number | null; encrypted: boolean }>(
        'select person_id::int as person_id, id_enc is not null as encrypted from roster_stage order by row_no',
      );
    });
    expect(encrypted).toEqual([syntheticId(5)]);
    expect(staged).toEqual([
      { person_id: known?.id, encrypted: false },
      { person_id: null, encrypted: true },
    ]);
    const renamed = WORKED.map((l, i) => (i === 0 ? l.map((c, j) => (j === 3 ? 'สมชัย' : c)) : l));
    await writeCsv(join(dir, 'known-ids-2.csv'), THAI_HEADER, [...renamed, [...row5Line()]]);
    expect(await run('known-ids-2.csv')).toMatchObject({
      ok: true,
      value: { personsInserted: 1, personsUpdated: 1, enrolmentsInserted: 1 },
    });
    expect(Buffer.from((await stored(1))?.enc ?? []).equals(Buffer.from(known?.enc ?? []))).toBe(
      true,
    );
    const added = await stored(5);
    expect(added && decryptNationalId(keys, added.enc)).toEqual({
      ok: true,
      value: syntheticId(5),
    });
  });

  it('updates what a later roster changes: a moved room, a corrected name, an ID given to a G-code student', async () => {
    await writeCsv(join(dir, 'v1.csv'), THAI_HEADER, WORKED);
    expect((await run('v1.csv')).ok).toBe(true);
    const changed = WORKED.map((l, i) => (i === 0 ? l.map((c, j) => (j === 9 ? '3' : c)) : l));
    const withId: RosterLine = [
      syntheticId(2),
      syntheticGCode(2),
      '',
      'สมหญิง',
      'รักเรียนดี',
      '',
      '',
      SCHOOL_A,
      'P2',
      '2',
      '',
    ];
    await writeCsv(join(dir, 'v2.csv'), THAI_HEADER, [
      ...changed.slice(0, 1),
      withId,
      ...changed.slice(2),
    ]);
    expect(await run('v2.csv')).toMatchObject({
      ok: true,
      value: { personsInserted: 0, personsUpdated: 1, enrolmentsInserted: 0, enrolmentsUpdated: 1 },
    });
    const [p] = await h().sql<{ n: number; hashed: boolean }>(
      `select count(*)::int as n, bool_and(national_id_hash is not null) as hashed from person where g_code = $1`,
      [syntheticGCode(2)],
    );
    expect(p).toEqual({ n: 1, hashed: true });
    expect(await count(h(), 'person')).toBe(4);
  });

  it('is all or nothing: a database failure on the last row leaves every table as it was', async () => {
    await writeCsv(join(dir, 'base.csv'), THAI_HEADER, WORKED.slice(0, 2));
    expect((await run('base.csv')).ok).toBe(true);
    const before = await snapshot(h());
    await h().sql(
      `alter table enrolment add constraint roster_test_no_boom check (room <> 'boom')`,
    );
    try {
      const lines = Array.from({ length: 30 }, (_, i): RosterLine => [
        syntheticId(200 + i),
        '',
        '',
        'ก',
        'ข',
        '',
        '',
        SCHOOL_A,
        'P1',
        i === 29 ? 'boom' : '1',
        '',
      ]);
      await writeCsv(join(dir, 'boom.csv'), THAI_HEADER, [...WORKED, ...lines]);
      const result = await run('boom.csv', { batchRows: 7 });
      expect(result).toMatchObject({ ok: false, issues: [{ code: 'ROSTER_IMPORT_FAILED' }] });
      if (!result.ok) expect(result.issues[0]?.message.en).toContain('roster_test_no_boom');
    } finally {
      await h().sql('alter table enrolment drop constraint roster_test_no_boom');
    }
    expect(await snapshot(h())).toEqual(before);
    const jobs = await h().sql('select status from import_job order by created_at');
    expect(jobs).toEqual([{ status: 'succeeded' }, { status: 'failed' }]);
  });
});
