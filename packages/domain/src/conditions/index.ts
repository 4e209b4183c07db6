export {
  assessAttendance,
  ATTENDANCE_STATUSES,
  DEFAULT_ATTENDANCE_THRESHOLD_PERCENT,
  MAX_SCHOOL_DAYS_PER_SEMESTER,
  type Attendance,
  type AttendanceConfig,
  type AttendanceDays,
  type AttendanceStatus,
} from './attendance.js';
export {
  COMPLIANCE_REASONS,
  evaluateCompliance,
  GROWTH_CONDITIONS,
  type Compliance,
  type ComplianceConfig,
  type ComplianceReason,
  type ComplianceReasonCode,
  type GrowthCondition,
  type GrowthOutcome,
} from './compliance.js';
export {
  APPEAL_DECISIONS,
  CASE_ACTIONS,
  DEFAULT_LADDER_CONFIG,
  LADDER_EVENT_TYPES,
  LADDER_STEPS,
  type AppealDecision,
  type CaseAction,
  type LadderConfig,
  type LadderEntry,
  type LadderEvent,
  type LadderState,
  type LadderStep,
} from './ladder-input.js';
export {
  evaluationEvent,
  explainEntry,
  LADDER_START,
  paymentStatus,
  transition,
  type PaymentStatus,
} from './ladder.js';
