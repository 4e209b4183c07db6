import { isRecord, joinPath, readCode, readList, readRecord, type Bag } from '../core/guard.js';
import { issue } from '../core/issue.js';
import { fail, ok, type Result } from '../core/result.js';
import { messageOf, type Lang, type MessageKey, localized } from '../i18n/index.js';
import { formatSemester, type Semester } from '../vocab/semester.js';
import {
  attendanceOf,
  attendanceParams,
  readAttendanceConfig,
  readAttendanceInput,
  type Attendance,
  type AttendanceConfig,
} from './attendance.js';
import { readSemester } from '../vocab/read.js';
import { GROWTH_CONCERNS, type GrowthConcern } from './growth/index.js';

/** Why a semester's conditions are not met. Each is a signal for help, not a sanction by itself. */
export const COMPLIANCE_REASONS = [
  'ATTENDANCE_MISSING',
  'ATTENDANCE_BELOW_THRESHOLD',
  'GROWTH_NOT_MEASURED',
  'GROWTH_UNHEALTHY',
] as const;
export type ComplianceReasonCode = (typeof COMPLIANCE_REASONS)[number];

/**
 * What growth must show: `healthy` (SPEC §1 and §8: healthy weight and height for age, our default),
 * `measured` (only that the measurement was taken by the deadline) or `none` (growth is reported,
 * not a condition).
 */
export const GROWTH_CONDITIONS = ['healthy', 'measured', 'none'] as const;
export type GrowthCondition = (typeof GROWTH_CONDITIONS)[number];

export interface ComplianceConfig extends AttendanceConfig {
  readonly growthCondition: GrowthCondition;
}

export interface ComplianceReason {
  readonly code: ComplianceReasonCode;
  readonly message: Readonly<Record<Lang, string>>;
}

/** The part of the growth module's GrowthAssessment that compliance needs. */
export interface GrowthOutcome {
  readonly healthyGrowth: boolean;
  readonly concerns: readonly GrowthConcern[];
}

export interface Compliance {
  readonly semester: Semester;
  readonly compliant: boolean;
  /** Empty exactly when compliant. */
  readonly reasons: readonly ComplianceReason[];
  /** null: no attendance was recorded. */
  readonly attendance: Attendance | null;
  /** null: weight and height were not measured by the deadline. */
  readonly growth: GrowthOutcome | null;
  readonly summary: Readonly<Record<Lang, string>>;
}

const CONCERN_LABEL: Readonly<Record<GrowthConcern, MessageKey>> = {
  severe_thinness: 'growth.bmi.severe_thinness',
  severely_stunted: 'growth.height.severely_stunted',
  obesity: 'growth.bmi.obesity',
};

/**
 * One student's conditions for one semester. Input: `{semester, attendance, growth}` where
 * attendance is daily records or a summary (see assessAttendance) and growth is the growth module's
 * assessment; either may be null or absent when nothing was recorded by the deadline.
 * Config: `{thresholdPercent = 85, growthCondition = 'healthy'}`.
 */
export function evaluateCompliance(input: unknown, config: unknown = {}): Result<Compliance> {
  const issues: Bag = [];
  const conf = readComplianceConfig(config, 'config', issues);
  const record = readRecord(input, '', issues);
  if (!record) return fail(issues);
  const semester = readSemester(record.semester, 'semester', issues);
  const count = isMissing(record.attendance)
    ? null
    : readAttendanceInput(record.attendance, 'attendance', issues);
  const growth = isMissing(record.growth) ? null : readGrowth(record.growth, 'growth', issues);
  if (!conf || !semester || count === undefined || growth === undefined || issues.length > 0) {
    return fail(issues);
  }
  const attendance = count && attendanceOf(count, conf);
  return ok(complianceOf(semester, attendance, growth, conf));
}

const isMissing = (value: unknown): boolean => value === undefined || value === null;

function readComplianceConfig(
  value: unknown,
  path: string,
  issues: Bag,
): ComplianceConfig | undefined {
  const attendance = readAttendanceConfig(value, path, issues);
  if (!isRecord(value)) return undefined;
  const raw = value.growthCondition ?? 'healthy';
  const at = joinPath(path, 'growthCondition');
  const growthCondition = readCode(raw, at, GROWTH_CONDITIONS, issues);
  return attendance && growthCondition && { ...attendance, growthCondition };
}

function readGrowth(value: unknown, path: string, issues: Bag): GrowthOutcome | undefined {
  const record = readRecord(value, path, issues);
  if (!record) return undefined;
  const list = readList(record.concerns, joinPath(path, 'concerns'), issues) ?? [];
  const concerns = list.map((c, i) =>
    readCode(c, joinPath(path, 'concerns', i), GROWTH_CONCERNS, issues),
  );
  const valid = concerns.filter((c): c is GrowthConcern => c !== undefined);
  if (valid.length !== list.length) return undefined;
  if (record.healthyGrowth !== (valid.length === 0)) {
    issues.push(issue('COMPLIANCE_GROWTH_INCONSISTENT', joinPath(path, 'healthyGrowth')));
    return undefined;
  }
  return { healthyGrowth: valid.length === 0, concerns: valid };
}

function complianceOf(
  semester: Semester,
  attendance: Attendance | null,
  growth: GrowthOutcome | null,
  config: ComplianceConfig,
): Compliance {
  const reasons = [...attendanceReasons(attendance), ...growthReasons(growth, config)];
  const compliant = reasons.length === 0;
  const summary = localized(
    compliant ? 'compliance.compliant' : 'compliance.notCompliant',
    (lang) => ({
      semester: formatSemester(semester, lang),
    }),
  );
  return { semester, compliant, reasons, attendance, growth, summary };
}

function attendanceReasons(attendance: Attendance | null): ComplianceReason[] {
  if (!attendance) return [reason('ATTENDANCE_MISSING', () => ({}))];
  if (attendance.meetsThreshold) return [];
  const { attendedDays, schoolDays, thresholdPercent, requiredDays } = attendance;
  const params = {
    ...attendanceParams(attendedDays, schoolDays, thresholdPercent),
    required: requiredDays,
  };
  return [reason('ATTENDANCE_BELOW_THRESHOLD', () => params)];
}

function growthReasons(growth: GrowthOutcome | null, config: ComplianceConfig): ComplianceReason[] {
  if (config.growthCondition === 'none') return [];
  if (!growth) return [reason('GROWTH_NOT_MEASURED', () => ({}))];
  if (config.growthCondition === 'measured' || growth.healthyGrowth) return [];
  return [
    reason('GROWTH_UNHEALTHY', (lang) => ({
      concerns: growth.concerns.map((c) => messageOf(lang, CONCERN_LABEL[c])).join(', '),
    })),
  ];
}

function reason(
  code: ComplianceReasonCode,
  paramsOf: Parameters<typeof localized>[1],
): ComplianceReason {
  return { code, message: localized(`compliance.reason.${code}`, paramsOf) };
}
