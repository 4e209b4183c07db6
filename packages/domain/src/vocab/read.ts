import { readNumber, readRecord, readString, type Bag } from '../core/guard.js';
import { issue } from '../core/issue.js';
import { isGrade, type Grade } from './grade.js';
import { semester, type Semester } from './semester.js';

/** Readers for the vocabulary in untrusted input; they push issues like core/guard. */
export function readGrade(value: unknown, path: string, issues: Bag): Grade | undefined {
  const text = readString(value, path, issues);
  if (text === undefined) return undefined;
  if (isGrade(text)) return text;
  issues.push(issue('UNKNOWN_GRADE', path, { value: text }));
  return undefined;
}

/** Reads `{academicYear, term}` through the vocabulary's own rule, so both agree on what a semester is. */
export function readSemester(value: unknown, path: string, issues: Bag): Semester | undefined {
  const record = readRecord(value, path, issues);
  if (record === undefined) return undefined;
  const { academicYear, term } = record;
  if (typeof academicYear === 'number' && typeof term === 'number') {
    const result = semester(academicYear, term);
    if (result.ok) return result.value;
  }
  issues.push(issue('INVALID_SEMESTER', path));
  return undefined;
}

/** An academic year in the Buddhist Era, within the range the semester vocabulary accepts. */
export const readAcademicYear = (value: unknown, path: string, issues: Bag): number | undefined =>
  readNumber(value, path, { min: 2500, max: 2700, integer: true }, issues);
