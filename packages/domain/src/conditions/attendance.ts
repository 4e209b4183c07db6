import {
  joinPath,
  readCode,
  readIsoDate,
  readList,
  readNumber,
  readRecord,
  type Bag,
} from '../core/guard.js';
import { issue } from '../core/issue.js';
import { fail, ok, type Result } from '../core/result.js';
import { bilingual, type Lang } from '../i18n/index.js';

/**
 * How a day counts (our design): `late` is attendance — the child came to school, which is what the
 * condition protects. Both kinds of leave count as absence for the rate, as the public rule counts
 * days at school, but they are reported apart so a follow-up can tell illness from truancy.
 */
export const ATTENDANCE_STATUSES = [
  'present',
  'late',
  'absent',
  'leave_sick',
  'leave_personal',
] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const DEFAULT_ATTENDANCE_THRESHOLD_PERCENT = 85;
/** A Thai school year has about 200 school days; no semester can have more. */
export const MAX_SCHOOL_DAYS_PER_SEMESTER = 200;

export interface AttendanceConfig {
  /** Percent of school days; at most two decimals so the comparison stays in whole numbers. */
  readonly thresholdPercent: number;
}

export interface AttendanceDays {
  readonly present: number;
  readonly late: number;
  readonly absent: number;
  readonly leaveSick: number;
  readonly leavePersonal: number;
}

export interface Attendance {
  readonly source: 'daily' | 'summary';
  readonly schoolDays: number;
  /** Days the child was at school: present plus late. */
  readonly attendedDays: number;
  /** Day-by-day breakdown; only daily records have it. */
  readonly days: AttendanceDays | null;
  /** attendedDays / schoolDays, in [0, 1]. */
  readonly rate: number;
  readonly thresholdPercent: number;
  /** The fewest attended days that meet the threshold this semester. */
  readonly requiredDays: number;
  readonly meetsThreshold: boolean;
  readonly explanation: Readonly<Record<Lang, string>>;
}

/**
 * The rate from daily records `{kind:'daily', records:[{date,status}], period?:{start,end}}` (one
 * record per school day) or a summary `{kind:'summary', schoolDays, attendedDays}`.
 * "Above 85 %" is read as the programme writes it, ไม่ต่ำกว่า (not below): exactly 85.0 % passes.
 */
export function assessAttendance(input: unknown, config: unknown = {}): Result<Attendance> {
  const issues: Bag = [];
  const conf = readAttendanceConfig(config, 'config', issues);
  const counted = readAttendanceInput(input, '', issues);
  if (!conf || !counted || issues.length > 0) return fail(issues);
  return ok(attendanceOf(counted, conf));
}

/** Validated day counts, before the threshold is applied. */
export interface AttendanceCount {
  readonly source: Attendance['source'];
  readonly schoolDays: number;
  readonly attendedDays: number;
  readonly days: AttendanceDays | null;
}

export function readAttendanceConfig(
  value: unknown,
  path: string,
  issues: Bag,
): AttendanceConfig | undefined {
  if (value === undefined) return { thresholdPercent: DEFAULT_ATTENDANCE_THRESHOLD_PERCENT };
  const record = readRecord(value, path, issues);
  if (!record) return undefined;
  const raw = record.thresholdPercent ?? DEFAULT_ATTENDANCE_THRESHOLD_PERCENT;
  const at = joinPath(path, 'thresholdPercent');
  const thresholdPercent = readNumber(raw, at, { min: 0, max: 100 }, issues);
  if (thresholdPercent === undefined) return undefined;
  const basisPoints = thresholdPercent * 100;
  if (Math.abs(basisPoints - Math.round(basisPoints)) > 1e-6) {
    issues.push(issue('ATTENDANCE_THRESHOLD_PRECISION', at));
    return undefined;
  }
  return { thresholdPercent };
}

/** Reads either input form into counts; used by the compliance evaluation too. */
export function readAttendanceInput(
  value: unknown,
  path: string,
  issues: Bag,
): AttendanceCount | undefined {
  const record = readRecord(value, path, issues);
  if (!record) return undefined;
  const kind = readCode(record.kind, joinPath(path, 'kind'), ['daily', 'summary'] as const, issues);
  if (kind === 'summary') return readSummary(record, path, issues);
  if (kind === 'daily') return readDaily(record, path, issues);
  return undefined;
}

function readSummary(
  value: Readonly<Record<string, unknown>>,
  path: string,
  issues: Bag,
): AttendanceCount | undefined {
  const days = { min: 0, max: MAX_SCHOOL_DAYS_PER_SEMESTER, integer: true };
  const schoolDays = readNumber(
    value.schoolDays,
    joinPath(path, 'schoolDays'),
    { ...days, min: 1 },
    issues,
  );
  const attendedPath = joinPath(path, 'attendedDays');
  const attendedDays = readNumber(value.attendedDays, attendedPath, days, issues);
  if (schoolDays === undefined || attendedDays === undefined) return undefined;
  if (attendedDays > schoolDays) {
    issues.push(issue('ATTENDANCE_EXCEEDS_SCHOOL_DAYS', attendedPath, { schoolDays }));
    return undefined;
  }
  return { source: 'summary', schoolDays, attendedDays, days: null };
}

function readDaily(
  value: Readonly<Record<string, unknown>>,
  path: string,
  issues: Bag,
): AttendanceCount | undefined {
  const before = issues.length;
  const period = readPeriod(value.period, joinPath(path, 'period'), issues);
  const recordsPath = joinPath(path, 'records');
  const records = readList(value.records, recordsPath, issues);
  if (!records) return undefined;
  if (records.length === 0 || records.length > MAX_SCHOOL_DAYS_PER_SEMESTER) {
    issues.push(
      records.length === 0
        ? issue('TOO_FEW_ITEMS', recordsPath, { min: 1 })
        : issue('TOO_MANY_ITEMS', recordsPath, { max: MAX_SCHOOL_DAYS_PER_SEMESTER }),
    );
    return undefined;
  }
  const tally = { present: 0, late: 0, absent: 0, leave_sick: 0, leave_personal: 0 };
  const seen = new Set<number>();
  records.forEach((record, i) => {
    const status = readDay(record, joinPath(recordsPath, i), period, seen, issues);
    if (status) tally[status] += 1;
  });
  if (issues.length > before) return undefined;
  const days: AttendanceDays = {
    present: tally.present,
    late: tally.late,
    absent: tally.absent,
    leaveSick: tally.leave_sick,
    leavePersonal: tally.leave_personal,
  };
  return {
    source: 'daily',
    schoolDays: records.length,
    attendedDays: days.present + days.late,
    days,
  };
}

interface Period {
  readonly start: number;
  readonly end: number;
  readonly text: { readonly start: string; readonly end: string };
}

function readPeriod(value: unknown, path: string, issues: Bag): Period | undefined {
  if (value === undefined || value === null) return undefined;
  const record = readRecord(value, path, issues);
  if (!record) return undefined;
  const start = readIsoDate(record.start, joinPath(path, 'start'), issues);
  const end = readIsoDate(record.end, joinPath(path, 'end'), issues);
  if (start === undefined || end === undefined) return undefined;
  if (end < start) {
    issues.push(issue('ATTENDANCE_PERIOD_REVERSED', path));
    return undefined;
  }
  return {
    start,
    end,
    text: { start: String(record.start).trim(), end: String(record.end).trim() },
  };
}

function readDay(
  value: unknown,
  path: string,
  period: Period | undefined,
  seen: Set<number>,
  issues: Bag,
): AttendanceStatus | undefined {
  const record = readRecord(value, path, issues);
  if (!record) return undefined;
  const datePath = joinPath(path, 'date');
  const date = readIsoDate(record.date, datePath, issues);
  const status = readCode(record.status, joinPath(path, 'status'), ATTENDANCE_STATUSES, issues);
  if (date === undefined) return status;
  const text = String(record.date).trim();
  if (seen.has(date)) issues.push(issue('DUPLICATE_KEY', datePath, { value: text }));
  seen.add(date);
  if (period && (date < period.start || date > period.end)) {
    const params = { date: text, ...period.text };
    issues.push(issue('ATTENDANCE_DATE_OUTSIDE_PERIOD', datePath, params));
  }
  return status;
}

/** Applies the threshold to validated counts, comparing in whole numbers only. */
export function attendanceOf(counted: AttendanceCount, config: AttendanceConfig): Attendance {
  const { schoolDays, attendedDays } = counted;
  const thresholdBasisPoints = Math.round(config.thresholdPercent * 100);
  const requiredDays = Math.ceil((thresholdBasisPoints * schoolDays) / 10_000);
  const meetsThreshold = attendedDays * 10_000 >= thresholdBasisPoints * schoolDays;
  const params = attendanceParams(attendedDays, schoolDays, config.thresholdPercent);
  return {
    ...counted,
    rate: attendedDays / schoolDays,
    thresholdPercent: config.thresholdPercent,
    requiredDays,
    meetsThreshold,
    explanation: bilingual(
      meetsThreshold ? 'attendance.meetsThreshold' : 'attendance.belowThreshold',
      params,
    ),
  };
}

/** The rate in percent, rounded down to one decimal, so 84.96 % never shows as a passing "85.0". */
const percentFloor = (part: number, whole: number): string =>
  (Math.floor((part * 1000) / whole) / 10).toFixed(1);

/** The numbers every attendance message shows; the compliance reason adds the days required. */
export const attendanceParams = (attended: number, schoolDays: number, threshold: number) => ({
  attended,
  schoolDays,
  percent: percentFloor(attended, schoolDays),
  threshold,
});
