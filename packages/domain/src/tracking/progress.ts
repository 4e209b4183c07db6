import { readList, readRecord, type Bag, readBaht } from '../core/guard.js';
import { joinPath, type Issue } from '../core/issue.js';
import { fail, ok, type Result } from '../core/result.js';
import { BASIC_EDUCATION_FINAL_GRADES, gradeIndex, type Grade } from '../vocab/grade.js';
import type { Semester } from '../vocab/semester.js';
import { readGrade, readSemester } from '../vocab/read.js';

export interface Enrolment {
  readonly grade: Grade;
  readonly semester: Semester;
}

export interface Grant {
  readonly semester: Semester;
  /** Whole baht paid; a zero line (held, suspended) is not a year of support. */
  readonly amount: number;
}

export interface StudentHistory {
  readonly enrolments: readonly Enrolment[];
  readonly grants: readonly Grant[];
}

export interface Progress {
  /** Distinct academic years with a grant paid, ascending. */
  readonly supportYears: readonly number[];
  readonly supportYearsUsed: number;
  readonly highestGrade: Grade | undefined;
  /**
   * True once the student reached the last term of M.6 or of ปวช.3 (the vocational track that the
   * 15-year free-education policy counts as upper secondary). Rosters carry no diploma, so reaching
   * that term is the evidence we have.
   */
  readonly basicEducationComplete: boolean;
}

/** The one rule for counting support: distinct academic years in which a grant was actually paid. */
export function supportYearsOf(grants: readonly Grant[]): number[] {
  const years = new Set(grants.filter((g) => g.amount > 0).map((g) => g.semester.academicYear));
  return [...years].sort((a, b) => a - b);
}

const reachedEnd = (e: Enrolment): boolean =>
  BASIC_EDUCATION_FINAL_GRADES.includes(e.grade) && e.semester.term === 2;

function highestOf(enrolments: readonly Enrolment[]): Grade | undefined {
  let best: Grade | undefined;
  for (const e of enrolments) {
    if (best === undefined || gradeIndex(e.grade) > gradeIndex(best)) best = e.grade;
  }
  return best;
}

function readItems<T>(
  value: unknown,
  path: string,
  issues: Bag,
  readItem: (record: Readonly<Record<string, unknown>>, path: string) => T | undefined,
): T[] {
  const items: T[] = [];
  readList(value, path, issues)?.forEach((item, i) => {
    const record = readRecord(item, joinPath(path, i), issues);
    const read = record && readItem(record, joinPath(path, i));
    if (read !== undefined) items.push(read);
  });
  return items;
}

function readEnrolment(
  record: Readonly<Record<string, unknown>>,
  path: string,
  issues: Bag,
): Enrolment | undefined {
  const grade = readGrade(record['grade'], joinPath(path, 'grade'), issues);
  const semester = readSemester(record['semester'], joinPath(path, 'semester'), issues);
  return grade && semester && { grade, semester };
}

function readGrant(
  record: Readonly<Record<string, unknown>>,
  path: string,
  issues: Bag,
): Grant | undefined {
  const semester = readSemester(record['semester'], joinPath(path, 'semester'), issues);
  const amount = readBaht(record['amount'], joinPath(path, 'amount'), issues, 1_000_000);
  return semester && amount !== undefined ? { semester, amount } : undefined;
}

/** One student's longitudinal summary: support years used and whether basic education is complete. */
export function studentProgress(history: StudentHistory): Result<Progress> {
  const issues: Issue[] = [];
  const input = readRecord(history as unknown, '', issues);
  if (input === undefined) return fail(issues);
  const enrolments = readItems(input['enrolments'], 'enrolments', issues, (r, p) =>
    readEnrolment(r, p, issues),
  );
  const grants = readItems(input['grants'], 'grants', issues, (r, p) => readGrant(r, p, issues));
  if (issues.length > 0) return fail(issues);
  const supportYears = supportYearsOf(grants);
  return ok({
    supportYears,
    supportYearsUsed: supportYears.length,
    highestGrade: highestOf(enrolments),
    basicEducationComplete: enrolments.some(reachedEnd),
  });
}
