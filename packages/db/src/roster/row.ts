import { issue, parseGCode, parseThaiId, type Grade, type Issue } from '@isee/domain';
import {
  cellText,
  parseRosterDate,
  parseRosterGrade,
  readFlag,
  readSex,
  type Cell,
  type Sex,
} from './cells.js';
import type { ColumnMap, RosterField } from './columns.js';

/** One valid roster line, ready to store. */
export interface RosterRow {
  /** The 13 digits; never logged, hashed and encrypted before it reaches the database. */
  readonly nationalId: string | null;
  readonly gCode: string | null;
  readonly firstName: string;
  readonly lastName: string;
  readonly sex: Sex | null;
  /** YYYY-MM-DD, Gregorian. */
  readonly birthDate: string | null;
  readonly schoolId: number;
  readonly grade: Grade;
  readonly room: string;
  readonly candidate: boolean;
}

/** What a row is checked against: the schools that exist and the birth dates that are plausible. */
export interface RowContext {
  readonly columns: ColumnMap;
  readonly schoolIdOf: (code: string) => number | undefined;
  /** Earliest and latest acceptable birth dates, YYYY-MM-DD. */
  readonly birthDateRange: { readonly min: string; readonly max: string };
}

const MAX_NAME = 100;
const MAX_ROOM = 20;

const readText = (text: string, path: string, max: number, issues: Issue[]): string => {
  if (text.length > max) issues.push(issue('FORM_TEXT_TOO_LONG', path, { max }));
  return text;
};

function readIdentity(cells: (f: RosterField) => Cell, issues: Issue[]) {
  const idText = cellText(cells('nationalId'));
  const gText = cellText(cells('gCode'));
  if (idText === '' && gText === '') {
    issues.push(issue('ROSTER_NO_IDENTITY', 'nationalId'));
    return { nationalId: null, gCode: null };
  }
  const id = idText === '' ? undefined : parseThaiId(idText, 'nationalId');
  const g = gText === '' ? undefined : parseGCode(gText, 'gCode');
  for (const result of [id, g]) if (result && !result.ok) issues.push(...result.issues);
  return {
    nationalId: id?.ok ? id.value : null,
    gCode: g?.ok ? g.value : null,
  };
}

function readBirthDate(cell: Cell, ctx: RowContext, issues: Issue[]): string | null {
  if (cellText(cell) === '' && !(cell instanceof Date)) return null;
  const date = parseRosterDate(cell);
  if (date === undefined) issues.push(issue('ROSTER_INVALID_DATE', 'birthDate'));
  else if (date < ctx.birthDateRange.min || date > ctx.birthDateRange.max)
    issues.push(issue('ROSTER_BIRTH_DATE_RANGE', 'birthDate', ctx.birthDateRange));
  return date ?? null;
}

/** Checks one data line with the domain's validators; the row, or every issue (path = field). */
export function readRosterRow(
  line: readonly Cell[],
  ctx: RowContext,
): { row: RosterRow; issues: [] } | { row: undefined; issues: Issue[] } {
  const cells = (field: RosterField): Cell => {
    const column = ctx.columns[field];
    return column === undefined ? undefined : line[column.index];
  };
  const issues: Issue[] = [];
  const identity = readIdentity(cells, issues);
  const firstName = cellText(cells('firstName'));
  const lastName = cellText(cells('lastName'));
  for (const [field, value] of [
    ['firstName', firstName],
    ['lastName', lastName],
  ] as const) {
    if (value === '') issues.push(issue('REQUIRED', field));
    else readText(value, field, MAX_NAME, issues);
  }
  const sex = readSex(cells('sex'), cells('title'), 'sex', issues);
  const birthDate = readBirthDate(cells('birthDate'), ctx, issues);
  const schoolCode = cellText(cells('schoolCode'));
  const schoolId = schoolCode === '' ? undefined : ctx.schoolIdOf(schoolCode);
  if (schoolCode === '') issues.push(issue('REQUIRED', 'schoolCode'));
  else if (schoolId === undefined)
    issues.push(issue('ROSTER_UNKNOWN_SCHOOL', 'schoolCode', { value: schoolCode }));
  const gradeText = cellText(cells('grade'));
  const grade = parseRosterGrade(gradeText);
  if (gradeText === '') issues.push(issue('REQUIRED', 'grade'));
  else if (grade === undefined) issues.push(issue('UNKNOWN_GRADE', 'grade', { value: gradeText }));
  const room = readText(cellText(cells('room')), 'room', MAX_ROOM, issues);
  const candidate = readFlag(cells('candidate'), 'candidate', issues);
  if (issues.length > 0 || schoolId === undefined || grade === undefined) {
    return { row: undefined, issues };
  }
  const row = {
    ...identity,
    firstName,
    lastName,
    sex,
    birthDate,
    schoolId,
    grade,
    room,
    candidate,
  };
  return { row, issues: [] };
}
