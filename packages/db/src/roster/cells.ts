import { GRADES, issue, type Grade, type Issue } from '@isee/domain';

/** A cell as a parser gives it: CSV gives text, a spreadsheet may give numbers, dates and booleans. */
export type Cell = string | number | boolean | Date | null | undefined;

const THAI_DIGIT_ZERO = 0x0e50;
const THAI_DIGIT = /[\u0e50-\u0e59]/;
const THAI_DIGITS = /[\u0e50-\u0e59]/g;
/** Thai digits ๐–๙ to ASCII and the cell to trimmed text; schools type both. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'string' ? cell : String(cell);
  if (!THAI_DIGIT.test(text)) return text.trim();
  return text.replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - THAI_DIGIT_ZERO)).trim();
}

/** Years at or above this are Buddhist Era: BE 2400 is 1857 CE, far before any student. */
const FIRST_BE_YEAR = 2400;
const BE_OFFSET = 543;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const twoDigits = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** YYYY-MM-DD of a real Gregorian date from year 100 on, or undefined (31/02 and the like). */
function isoOf(year: number, month: number, day: number): string | undefined {
  const days = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1];
  if (year < 100 || days === undefined || day < 1 || day > days) return undefined;
  return `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(day)}`;
}

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * A birth date as schools write it: dd/mm/yyyy (also with - or .) or yyyy-mm-dd; a year of 2400
 * or more is Buddhist Era (schools write 12/05/2555), below is Gregorian. A spreadsheet date cell
 * is taken as the calendar day it shows. Answers YYYY-MM-DD (Gregorian) or undefined.
 */
export function parseRosterDate(cell: Cell): string | undefined {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? undefined : cell.toISOString().slice(0, 10);
  }
  const text = cellText(cell);
  const dayFirst = DAY_FIRST.exec(text);
  const yearFirst = dayFirst ? undefined : YEAR_FIRST.exec(text);
  const parts = dayFirst
    ? [dayFirst[3], dayFirst[2], dayFirst[1]]
    : yearFirst
      ? [yearFirst[1], yearFirst[2], yearFirst[3]]
      : undefined;
  if (parts === undefined) return undefined;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  return isoOf(year >= FIRST_BE_YEAR ? year - BE_OFFSET : year, month, day);
}

/** Thai level prefixes and ASCII codes to the domain's grade codes: ป.1 → P1, ปวช.1 → V1. */
const GRADE_PREFIX: Readonly<Record<string, string>> = {
  อ: 'K',
  อนุบาล: 'K',
  ป: 'P',
  ประถม: 'P',
  ประถมศึกษาปีที่: 'P',
  ม: 'M',
  มัธยม: 'M',
  มัธยมศึกษาปีที่: 'M',
  ปวช: 'V',
  k: 'K',
  p: 'P',
  m: 'M',
  v: 'V',
  voc: 'V',
};

/** ป.1, ป1, ป. 1, ม.3, อ.2, อนุบาล 2, ปวช.1, P1, m3, Voc. 1 → the grade code, or undefined. */
export function parseRosterGrade(cell: Cell): Grade | undefined {
  const match = /^([^\d\s.]+)[\s.]*(\d)$/.exec(cellText(cell).toLowerCase());
  if (!match) return undefined;
  const prefix = GRADE_PREFIX[match[1] ?? ''];
  const code = `${prefix ?? ''}${match[2]}`;
  return prefix !== undefined && (GRADES as readonly string[]).includes(code)
    ? (code as Grade)
    : undefined;
}

export type Sex = 'male' | 'female';
const SEX_OF: Readonly<Record<string, Sex>> = {
  ชาย: 'male',
  ช: 'male',
  m: 'male',
  male: 'male',
  '1': 'male',
  หญิง: 'female',
  ญ: 'female',
  f: 'female',
  female: 'female',
  '2': 'female',
};
/** Titles that say the sex, for rosters without a sex column (เด็กชาย = boy, นางสาว = Miss …). */
const SEX_OF_TITLE: Readonly<Record<string, Sex>> = {
  เด็กชาย: 'male',
  'ด.ช.': 'male',
  นาย: 'male',
  สามเณร: 'male',
  'ส.ณ.': 'male',
  เด็กหญิง: 'female',
  'ด.ญ.': 'female',
  นางสาว: 'female',
  'น.ส.': 'female',
  นาง: 'female',
};

/**
 * The sex from the sex column (ชาย/หญิง, M/F, 1/2), else from the title; null when neither says.
 * An unknown sex value is an issue; an unknown title only means the title does not tell.
 */
export function readSex(sexCell: Cell, titleCell: Cell, path: string, issues: Issue[]): Sex | null {
  const text = cellText(sexCell).toLowerCase();
  if (text !== '') {
    const sex = SEX_OF[text];
    if (sex === undefined) issues.push(issue('UNKNOWN_OPTION', path, { value: cellText(sexCell) }));
    return sex ?? null;
  }
  return SEX_OF_TITLE[cellText(titleCell).replace(/\s/g, '')] ?? null;
}

const YES = new Set(['1', 'y', 'yes', 'true', 'ใช่', 'ยากจน', 'x', '✓', '/']);
const NO = new Set(['', '0', 'n', 'no', 'false', 'ไม่ใช่', 'ไม่', 'ไม่ยากจน', '-']);

/** The roster's poor-student flag: yes/no in Thai or English, 1/0, a tick; empty is no. */
export function readFlag(cell: Cell, path: string, issues: Issue[]): boolean {
  if (typeof cell === 'boolean') return cell;
  const text = cellText(cell).toLowerCase();
  if (YES.has(text)) return true;
  if (!NO.has(text)) issues.push(issue('UNKNOWN_OPTION', path, { value: cellText(cell) }));
  return false;
}
