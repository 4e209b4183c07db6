import { semesterKey, type Semester } from '@isee/domain';

/**
 * The academic calendar the seed writes: years 2567–2569 BE. Term 1 runs from mid-May to early
 * October and term 2 from early November to March, as in OBEC's usual calendar (exact dates vary
 * by year and affiliation; these are ours). The seeded "now" is term 1 of 2569.
 */
export const SEED_YEARS = [2567, 2568, 2569] as const;

export const CURRENT_SEMESTER: Semester = { academicYear: 2569, term: 1 };
export const PREVIOUS_SEMESTER: Semester = { academicYear: 2568, term: 2 };
export const CURRENT_SEMESTER_ID = semesterKey(CURRENT_SEMESTER);
export const PREVIOUS_SEMESTER_ID = semesterKey(PREVIOUS_SEMESTER);

/** Gregorian year in which an academic year (BE) starts. */
const startYear = (academicYear: number): number => academicYear - 543;

export interface TermDates {
  readonly startsOn: string;
  readonly endsOn: string;
}

export function termDates(academicYear: number, term: 1 | 2): TermDates {
  const y = startYear(academicYear);
  return term === 1
    ? { startsOn: `${y}-05-16`, endsOn: `${y}-10-05` }
    : { startsOn: `${y}-11-01`, endsOn: `${y + 1}-03-31` };
}

export const academicYearRows = () =>
  SEED_YEARS.map((year) => ({
    year,
    startsOn: termDates(year, 1).startsOn,
    endsOn: termDates(year, 2).endsOn,
  }));

export const semesterRows = () =>
  SEED_YEARS.flatMap((year) =>
    ([1, 2] as const).map((term) => ({
      id: semesterKey({ academicYear: year, term }),
      academicYear: year,
      term,
      ...termDates(year, term),
    })),
  );

/** School days in each seeded semester (a summary's denominator): about 20 weeks of 5 days, less holidays. */
export const SCHOOL_DAYS: Readonly<Record<number, number>> = {
  [CURRENT_SEMESTER_ID]: 98,
  [PREVIOUS_SEMESTER_ID]: 96,
};

/** Day the seeded weights and heights were measured, per semester (a few weeks into the term). */
export const MEASURED_FROM: Readonly<Record<number, string>> = {
  [CURRENT_SEMESTER_ID]: '2026-06-08',
  [PREVIOUS_SEMESTER_ID]: '2025-11-17',
};

/** The screening window of the current cycle (public example: new-group entry 7–21 July). */
export const SCREENING_WINDOW = { opensOn: '2026-07-07', closesOn: '2026-07-21' } as const;
