import type { Label } from '../i18n/index.js';
import { issue, joinPath, type Issue } from './issue.js';

/**
 * Small readers for untrusted input. Each pushes its issues into `issues` and returns the value
 * or undefined, so a validator can read every field and report every problem in one pass.
 */
export type Bag = Issue[];

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether a value nests objects and arrays more than `max` levels deep, found without recursion:
 * hashing or copying an attacker's 10,000-level draft must not overflow the stack.
 */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  // A limit that is not a number allows no nesting at all, rather than comparing with junk.
  const limit = Number.isFinite(max) ? max : 0;
  const stack: Array<readonly [unknown, number]> = [[value, 0]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [item, depth] = next;
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

export function readRecord(
  value: unknown,
  path: string,
  issues: Bag,
): Readonly<Record<string, unknown>> | undefined {
  if (isRecord(value)) return value;
  issues.push(issue(value === undefined || value === null ? 'REQUIRED' : 'NOT_AN_OBJECT', path));
  return undefined;
}

export function readList(
  value: unknown,
  path: string,
  issues: Bag,
): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value;
  issues.push(issue(value === undefined || value === null ? 'REQUIRED' : 'NOT_A_LIST', path));
  return undefined;
}

export interface NumberRule {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
}

export function readNumber(
  value: unknown,
  path: string,
  rule: NumberRule,
  issues: Bag,
): number | undefined {
  if (value === undefined || value === null || value === '') {
    issues.push(issue('REQUIRED', path));
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    issues.push(issue('NOT_A_NUMBER', path));
    return undefined;
  }
  if (rule.integer && !Number.isInteger(value)) {
    issues.push(issue('NOT_AN_INTEGER', path));
    return undefined;
  }
  if (value < rule.min || value > rule.max) {
    issues.push(issue('OUT_OF_RANGE', path, { min: rule.min, max: rule.max }));
    return undefined;
  }
  return value;
}

export function readString(
  value: unknown,
  path: string,
  issues: Bag,
  opts: { optional?: boolean } = {},
): string | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    if (!opts.optional) issues.push(issue('REQUIRED', path));
    return undefined;
  }
  if (typeof value !== 'string') {
    issues.push(issue('NOT_A_STRING', path));
    return undefined;
  }
  return value.trim();
}

/** A text given in both languages, each required. */
export function readLabel(value: unknown, path: string, issues: Bag): Label | undefined {
  const record = readRecord(value, path, issues);
  if (record === undefined) return undefined;
  const th = readString(record['th'], joinPath(path, 'th'), issues);
  const en = readString(record['en'], joinPath(path, 'en'), issues);
  return th !== undefined && en !== undefined ? { th, en } : undefined;
}

/** A value that must be one of a known set of codes. */
export function readCode<C extends string>(
  value: unknown,
  path: string,
  codes: readonly C[],
  issues: Bag,
): C | undefined {
  const text = readString(value, path, issues);
  if (text === undefined) return undefined;
  if ((codes as readonly string[]).includes(text)) return text as C;
  issues.push(issue('UNKNOWN_OPTION', path, { value: text }));
  return undefined;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil): no Date object on the hot path. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The digits of text[from, to) as a number, or -1 if any is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** A calendar date written YYYY-MM-DD (Gregorian), as days since 1970-01-01. */
export function readIsoDate(value: unknown, path: string, issues: Bag): number | undefined {
  const text = readString(value, path, issues);
  if (text === undefined) return undefined;
  if (text.length === 10 && text[4] === '-' && text[7] === '-') {
    const y = digitsAt(text, 0, 4);
    const m = digitsAt(text, 5, 7);
    const d = digitsAt(text, 8, 10);
    const monthDays =
      m >= 1 && m <= 12 ? (DAYS_IN_MONTH[m - 1] ?? 0) + (m === 2 && isLeap(y) ? 1 : 0) : 0;
    if (y >= 0 && d >= 1 && d <= monthDays) return daysFromCivil(y, m, d);
  }
  issues.push(issue('INVALID_DATE', path));
  return undefined;
}

export { joinPath };

/** Whole baht, never negative. */
export const readBaht = (
  value: unknown,
  path: string,
  issues: Bag,
  max: number,
): number | undefined => readNumber(value, path, { min: 0, max, integer: true }, issues);

/** Code-unit order of ids: the same on every machine, unlike localeCompare. */
export const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
