import { readIsoDate, type Bag } from '../../core/guard.js';
import { issue } from '../../core/issue.js';
import { fail, ok, type Result } from '../../core/result.js';

/** WHO's average month, 365.25 / 12 days: AnthroPlus turns age in days into months with it. */
export const DAYS_PER_MONTH = 30.4375;

export interface Age {
  /** Whole days from the birth date to the measurement date. */
  readonly days: number;
  /** Exact age in months (days / 30.4375), not rounded down to completed months. */
  readonly months: number;
}

/** Reads both dates into the bag; the age, or undefined when a date is bad or before birth. */
export function readAge(birthDate: unknown, measuredOn: unknown, issues: Bag): Age | undefined {
  const born = readIsoDate(birthDate, 'birthDate', issues);
  const measured = readIsoDate(measuredOn, 'measuredOn', issues);
  if (born === undefined || measured === undefined) return undefined;
  const days = measured - born;
  if (days < 0) {
    issues.push(issue('GROWTH_BEFORE_BIRTH', 'measuredOn'));
    return undefined;
  }
  return { days, months: days / DAYS_PER_MONTH };
}

/** Age at measurement from two YYYY-MM-DD dates, as the WHO 2007 reference reads it. */
export function ageAt(birthDate: unknown, measuredOn: unknown): Result<Age> {
  const issues: Bag = [];
  const age = readAge(birthDate, measuredOn, issues);
  return age === undefined ? fail(issues) : ok(age);
}
