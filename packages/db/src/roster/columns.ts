import { fail, issue, ok, type Issue, type Result } from '@isee/domain';

/** The roster fields iSEE reads; every other column of a DMC-like file is ignored. */
export const ROSTER_FIELDS = [
  'nationalId',
  'gCode',
  'title',
  'firstName',
  'lastName',
  'sex',
  'birthDate',
  'schoolCode',
  'grade',
  'room',
  'candidate',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/**
 * Header names as schools and affiliations write them (DMC, LEC exports and hand-made sheets), Thai
 * and English. The first name is the one iSEE writes on export. Headers are compared normalised.
 */
export const HEADER_NAMES: Readonly<Record<RosterField, readonly string[]>> = {
  nationalId: ['เลขประจำตัวประชาชน', 'national_id', 'เลขบัตรประชาชน', 'citizen_id', 'cid'],
  gCode: ['รหัส G', 'g_code', 'รหัสจี', 'gcode'],
  title: ['คำนำหน้า', 'title', 'คำนำหน้าชื่อ', 'prefix'],
  firstName: ['ชื่อ', 'first_name', 'firstname'],
  lastName: ['นามสกุล', 'last_name', 'lastname', 'surname'],
  sex: ['เพศ', 'sex', 'gender'],
  birthDate: ['วันเกิด', 'birth_date', 'วันเดือนปีเกิด', 'birthdate', 'dob'],
  schoolCode: ['รหัสโรงเรียน', 'school_code', 'school_id'],
  grade: ['ชั้น', 'grade', 'ระดับชั้น', 'class'],
  room: ['ห้อง', 'room'],
  candidate: ['นักเรียนยากจน', 'candidate', 'poor', 'ยากจน'],
};

/** Lower case, no BOM, no spaces, dots or underscores: "First Name", "first_name" and "FirstName" agree. */
export const normaliseHeader = (text: string): string =>
  text
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[\s._-]/g, '');

const FIELD_OF_HEADER: ReadonlyMap<string, RosterField> = new Map(
  ROSTER_FIELDS.flatMap((field) =>
    HEADER_NAMES[field].map((name) => [normaliseHeader(name), field] as const),
  ),
);

/** Where each field is in a file: its column index and the header as the file wrote it. */
export type ColumnMap = Readonly<Partial<Record<RosterField, { index: number; header: string }>>>;

const REQUIRED: readonly RosterField[] = ['firstName', 'lastName', 'schoolCode', 'grade'];

/** How a missing column is named in the error: the Thai and English header names together. */
const columnLabel = (field: RosterField): string =>
  `${HEADER_NAMES[field][0]} / ${HEADER_NAMES[field][1]}`;

/**
 * Maps a header row to fields. A file needs the names, school and grade, and at least one identity
 * column (national ID or G-code); the first of two columns with the same meaning wins.
 */
export function mapColumns(headers: readonly string[]): Result<ColumnMap> {
  const map: Partial<Record<RosterField, { index: number; header: string }>> = {};
  headers.forEach((header, index) => {
    const field = FIELD_OF_HEADER.get(normaliseHeader(header));
    if (field !== undefined && map[field] === undefined)
      map[field] = { index, header: header.trim() };
  });
  const issues: Issue[] = REQUIRED.filter((f) => map[f] === undefined).map((f) =>
    issue('ROSTER_MISSING_COLUMN', f, { column: columnLabel(f) }),
  );
  if (map.nationalId === undefined && map.gCode === undefined) {
    issues.unshift(
      issue('ROSTER_MISSING_COLUMN', 'nationalId', {
        column: `${columnLabel('nationalId')} | ${columnLabel('gCode')}`,
      }),
    );
  }
  return issues.length > 0 ? fail(issues) : ok(map);
}
