import { readList, readRecord, readString, type Bag } from '../core/guard.js';
import { issue, joinPath } from '../core/issue.js';
import type { Grade } from '../vocab/grade.js';
import { formatSemester, semesterKey, type Semester } from '../vocab/semester.js';
import { readGrade, readSemester } from '../vocab/read.js';

/** One student's enrolment in one semester, as an affiliation's roster (DMC, LEC…) lists it. */
export interface RosterRow {
  readonly studentId: string;
  readonly schoolId: string;
  readonly grade: Grade;
  readonly semester: Semester;
}

export interface Roster {
  /** Undefined only for an empty roster. */
  readonly semester: Semester | undefined;
  readonly rows: readonly RosterRow[];
  /** Student id → position in `rows`, which is its position in the input list too. */
  readonly indexOf: ReadonlyMap<string, number>;
}

/** Both languages of a semester, for messages whose wording differs by language. */
export const semesterParams = (prefix: string, s: Semester): Record<string, string> => ({
  [`${prefix}Th`]: formatSemester(s, 'th'),
  [`${prefix}En`]: formatSemester(s, 'en'),
});

function readRow(value: unknown, path: string, issues: Bag): RosterRow | undefined {
  const record = readRecord(value, path, issues);
  if (record === undefined) return undefined;
  const studentId = readString(record['studentId'], joinPath(path, 'studentId'), issues);
  const schoolId = readString(record['schoolId'], joinPath(path, 'schoolId'), issues);
  const grade = readGrade(record['grade'], joinPath(path, 'grade'), issues);
  const semester = readSemester(record['semester'], joinPath(path, 'semester'), issues);
  if (studentId === undefined || schoolId === undefined || grade === undefined) return undefined;
  return semester === undefined ? undefined : { studentId, schoolId, grade, semester };
}

/** Reads a roster: every row valid, one row per student, and one semester for the whole roster. */
export function readRoster(value: unknown, path: string, issues: Bag): Roster | undefined {
  const list = readList(value, path, issues);
  if (list === undefined) return undefined;
  const before = issues.length;
  const rows: RosterRow[] = [];
  const indexOf = new Map<string, number>();
  let first: Semester | undefined;
  list.forEach((item, i) => {
    const row = readRow(item, joinPath(path, i), issues);
    if (row === undefined) return;
    first ??= row.semester;
    if (semesterKey(row.semester) !== semesterKey(first)) {
      const at = joinPath(path, i, 'semester');
      issues.push(issue('ROSTER_MIXED_SEMESTERS', at, semesterParams('expected', first)));
    }
    if (indexOf.has(row.studentId)) {
      const at = joinPath(path, i, 'studentId');
      issues.push(issue('DUPLICATE_KEY', at, { value: row.studentId }));
    } else indexOf.set(row.studentId, rows.push(row) - 1);
  });
  return issues.length === before ? { semester: first, rows, indexOf } : undefined;
}
