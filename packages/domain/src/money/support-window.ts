import { readList, readNumber, readRecord, type Bag } from '../core/guard.js';
import { issue, joinPath, type Issue } from '../core/issue.js';
import { fail, ok, type Result } from '../core/result.js';
import type { Label } from '../forms/types.js';
import { bilingual } from '../i18n/index.js';
import { readAcademicYear } from '../vocab/read.js';

/** SPEC §3/§9: support lasts at most 3 academic years, and a screening carries over for as long. */
export const DEFAULT_MAX_SUPPORT_YEARS = 3;

export interface SupportQuestion {
  /** The academic year (BE) being decided. */
  readonly academicYear: number;
  /** Academic years in which the student was paid a grant, e.g. from tracking's supportYearsOf. */
  readonly supportedYears: readonly number[];
  /** Academic year of the student's last household screening; absent if never screened. */
  readonly lastScreeningYear?: number;
  readonly maxYears?: number;
}

/**
 * - in_year: already paid this academic year; its other term follows without a new decision;
 * - continuing: paid last year and the last screening is inside the window: carried over;
 * - screened: screened this year, so that screening decides;
 * - needs_screening: new, returning after a gap, or the screening is too old;
 * - window_spent: every year of support has been used.
 */
export const SUPPORT_STATUSES = [
  'in_year',
  'continuing',
  'screened',
  'needs_screening',
  'window_spent',
] as const;
export type SupportStatus = (typeof SUPPORT_STATUSES)[number];

export interface SupportWindow {
  readonly status: SupportStatus;
  /** Inside the window. Payment still needs the class of the (carried or new) screening. */
  readonly eligible: boolean;
  /** A household screening is needed this cycle before anything is paid. */
  readonly rescreen: boolean;
  /** Years of support used, counting this year if already paid in it. */
  readonly yearsUsed: number;
  readonly yearsLeft: number;
  readonly explanation: Label;
}

function statusOf(
  q: Required<SupportQuestion>,
  years: ReadonlySet<number>,
  usedBefore: number,
): SupportStatus {
  const { academicYear: year, lastScreeningYear: screened, maxYears } = q;
  if (years.has(year)) return 'in_year';
  if (usedBefore >= maxYears) return 'window_spent';
  if (years.has(year - 1) && year - screened < maxYears) return 'continuing';
  return screened === year ? 'screened' : 'needs_screening';
}

function decide(q: Required<SupportQuestion>): SupportWindow {
  const years = new Set(q.supportedYears);
  const usedBefore = [...years].filter((y) => y < q.academicYear).length;
  const status = statusOf(q, years, usedBefore);
  const yearsUsed = years.size;
  const max = q.maxYears;
  const params = { year: q.academicYear, screened: q.lastScreeningYear, used: yearsUsed, max };
  return {
    status,
    eligible: status !== 'window_spent',
    rescreen: status === 'needs_screening',
    yearsUsed,
    yearsLeft: Math.max(0, max - yearsUsed),
    explanation: bilingual(`money.window.${status}`, params),
  };
}

function readYears(value: unknown, year: number | undefined, issues: Bag): number[] {
  const years: number[] = [];
  readList(value, 'supportedYears', issues)?.forEach((item, i) => {
    const path = joinPath('supportedYears', i);
    const y = readAcademicYear(item, path, issues);
    if (y === undefined) return;
    if (year !== undefined && y > year)
      issues.push(issue('SUPPORT_YEAR_IN_FUTURE', path, { value: y, year }));
    years.push(y);
  });
  return years;
}

/**
 * Whether a student is inside the support window this academic year and whether a new screening is
 * needed (SPEC §3: continuing grantees carry over without re-screening, for at most 3 years).
 */
export function supportWindow(question: SupportQuestion): Result<SupportWindow> {
  const issues: Issue[] = [];
  const input = readRecord(question as unknown, '', issues);
  if (input === undefined) return fail(issues);
  const academicYear = readAcademicYear(input['academicYear'], 'academicYear', issues);
  const supportedYears = readYears(input['supportedYears'], academicYear, issues);
  const rawScreening = input['lastScreeningYear'];
  const lastScreeningYear =
    rawScreening === undefined
      ? undefined
      : readAcademicYear(rawScreening, 'lastScreeningYear', issues);
  if (
    academicYear !== undefined &&
    lastScreeningYear !== undefined &&
    lastScreeningYear > academicYear
  ) {
    const params = { value: lastScreeningYear, year: academicYear };
    issues.push(issue('SCREENING_IN_FUTURE', 'lastScreeningYear', params));
  }
  const rawMax = input['maxYears'];
  const maxYears =
    rawMax === undefined
      ? DEFAULT_MAX_SUPPORT_YEARS
      : readNumber(rawMax, 'maxYears', { min: 1, max: 15, integer: true }, issues);
  if (issues.length > 0 || academicYear === undefined || maxYears === undefined)
    return fail(issues);
  // A student never screened has no screening to carry: −∞ keeps every window test false.
  const screened = lastScreeningYear ?? Number.NEGATIVE_INFINITY;
  return ok(decide({ academicYear, supportedYears, lastScreeningYear: screened, maxYears }));
}
