import { issue } from '../core/issue.js';
import { fail, ok, type Result } from '../core/result.js';

/** A term of a Thai academic year. Academic years are Buddhist Era (พ.ศ.), e.g. 2569 = 2026/27. */
export interface Semester {
  readonly academicYear: number;
  readonly term: 1 | 2;
}

export function semester(academicYear: number, term: number): Result<Semester> {
  if (
    !Number.isInteger(academicYear) ||
    academicYear < 2500 ||
    academicYear > 2700 ||
    (term !== 1 && term !== 2)
  ) {
    return fail([issue('INVALID_SEMESTER', '')]);
  }
  return ok({ academicYear, term });
}

/** Gregorian year → Buddhist Era year. */
export const toBuddhistYear = (gregorianYear: number): number => gregorianYear + 543;

export const nextSemester = (s: Semester): Semester =>
  s.term === 1
    ? { academicYear: s.academicYear, term: 2 }
    : { academicYear: s.academicYear + 1, term: 1 };

/** A sortable key: 25691 for term 1 of 2569. */
export const semesterKey = (s: Semester): number => s.academicYear * 10 + s.term;

export const formatSemester = (s: Semester, lang: 'th' | 'en'): string =>
  lang === 'th' ? `ภาคเรียนที่ ${s.term}/${s.academicYear}` : `Term ${s.term}, ${s.academicYear} BE`;

/** Language-neutral `term/year`, for error parameters shared by both dictionaries. */
export const semesterText = (s: Semester): string => `${s.term}/${s.academicYear}`;
