import { joinPath, readCode, readList, readNumber, readRecord, type Bag } from '../core/guard.js';
import { issue } from '../core/issue.js';
import type { Semester } from '../vocab/semester.js';
import { readSemester } from '../vocab/read.js';
import { COMPLIANCE_REASONS, type ComplianceReasonCode } from './compliance.js';

/**
 * The steps of the follow-up ladder (SPEC §8), lowest first. A step above `none` always has at
 * least one failing semester behind it; `payment_held` and `suspended` keep the case open.
 */
export const LADDER_STEPS = [
  'none',
  'reason_recorded',
  'case_open',
  'payment_held',
  'suspended',
] as const;
export type LadderStep = (typeof LADDER_STEPS)[number];

export const CASE_ACTIONS = ['home_visit', 'referral', 'guardian_meeting'] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export const APPEAL_DECISIONS = ['upheld', 'rejected'] as const;
export type AppealDecision = (typeof APPEAL_DECISIONS)[number];

export const LADDER_EVENT_TYPES = [
  'evaluated',
  'case_opened',
  'case_action',
  'resolved',
  'appeal_lodged',
  'appeal_decided',
] as const;

/** What happens to a student's follow-up. `evaluated` with no reasons is a compliant semester. */
export type LadderEvent =
  | {
      readonly type: 'evaluated';
      readonly semester: Semester;
      readonly reasons: readonly ComplianceReasonCode[];
    }
  | {
      readonly type: 'case_opened' | 'case_action';
      readonly semester: Semester;
      readonly action: CaseAction;
    }
  | { readonly type: 'resolved' | 'appeal_lodged'; readonly semester: Semester }
  | {
      readonly type: 'appeal_decided';
      readonly semester: Semester;
      readonly decision: AppealDecision;
    };

/** One accepted event with the step before and after it: the ladder's audit trail. */
export interface LadderEntry {
  readonly event: LadderEvent;
  readonly from: LadderStep;
  readonly to: LadderStep;
}

export interface LadderState {
  readonly step: LadderStep;
  /** Failing evaluated semesters in a row since the last compliant one, resolution or upheld appeal. */
  readonly failures: number;
  /** Semester the pending appeal was lodged in; null when none is pending. */
  readonly appealLodgedIn: Semester | null;
  readonly lastEvaluated: Semester | null;
  readonly history: readonly LadderEntry[];
}

/**
 * Counts of consecutive failing semesters at which each step starts; null never starts it.
 * The programme's practice is that failing is a signal for further help, so by default a case opens
 * at the first failure and no payment is ever held or suspended.
 */
export interface LadderConfig {
  readonly caseAfter: number;
  readonly holdAfter: number | null;
  readonly suspendAfter: number | null;
}

export const DEFAULT_LADDER_CONFIG: LadderConfig = {
  caseAfter: 1,
  holdAfter: null,
  suspendAfter: null,
};

const COUNT = { min: 1, max: 20, integer: true };

export function readLadderConfig(
  value: unknown,
  path: string,
  issues: Bag,
): LadderConfig | undefined {
  if (value === undefined) return DEFAULT_LADDER_CONFIG;
  const record = readRecord(value, path, issues);
  if (!record) return undefined;
  const before = issues.length;
  const caseAfter = readNumber(record.caseAfter ?? 1, joinPath(path, 'caseAfter'), COUNT, issues);
  const holdAfter = readOptionalCount(record.holdAfter, joinPath(path, 'holdAfter'), issues);
  const suspendAfter = readOptionalCount(
    record.suspendAfter,
    joinPath(path, 'suspendAfter'),
    issues,
  );
  if (caseAfter === undefined || issues.length > before) return undefined;
  const steps = [caseAfter, holdAfter, suspendAfter].filter((n): n is number => n !== null);
  if (steps.some((n, i) => i > 0 && n < (steps[i - 1] ?? n))) {
    issues.push(issue('LADDER_CONFIG_ORDER', path));
    return undefined;
  }
  return { caseAfter, holdAfter: holdAfter ?? null, suspendAfter: suspendAfter ?? null };
}

function readOptionalCount(value: unknown, path: string, issues: Bag): number | null | undefined {
  return value === undefined || value === null ? null : readNumber(value, path, COUNT, issues);
}

export function readLadderEvent(
  value: unknown,
  path: string,
  issues: Bag,
): LadderEvent | undefined {
  const record = readRecord(value, path, issues);
  if (!record) return undefined;
  const type = readCode(record.type, joinPath(path, 'type'), LADDER_EVENT_TYPES, issues);
  const semester = readSemester(record.semester, joinPath(path, 'semester'), issues);
  if (!type || !semester) return undefined;
  switch (type) {
    case 'evaluated': {
      const reasons = readReasons(record.reasons, joinPath(path, 'reasons'), issues);
      return reasons && { type, semester, reasons };
    }
    case 'case_opened':
    case 'case_action': {
      const action = readCode(record.action, joinPath(path, 'action'), CASE_ACTIONS, issues);
      return action && { type, semester, action };
    }
    case 'appeal_decided': {
      const at = joinPath(path, 'decision');
      const decision = readCode(record.decision, at, APPEAL_DECISIONS, issues);
      return decision && { type, semester, decision };
    }
    default:
      return { type, semester };
  }
}

function readReasons(
  value: unknown,
  path: string,
  issues: Bag,
): ComplianceReasonCode[] | undefined {
  const list = readList(value ?? [], path, issues);
  if (!list) return undefined;
  const codes = list.map((c, i) => readCode(c, joinPath(path, i), COMPLIANCE_REASONS, issues));
  const valid = codes.filter((c): c is ComplianceReasonCode => c !== undefined);
  return valid.length === list.length ? [...new Set(valid)] : undefined;
}
