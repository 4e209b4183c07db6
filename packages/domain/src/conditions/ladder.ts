import type { Bag } from '../core/guard.js';
import { issue, type ErrorCode } from '../core/issue.js';
import { fail, ok, type Result } from '../core/result.js';
import { localized, messageOf, type Lang } from '../i18n/index.js';
import { formatSemester, semesterKey, semesterText } from '../vocab/semester.js';
import { readLadderState } from './ladder-state.js';
import type { Compliance } from './compliance.js';
import {
  LADDER_STEPS,
  readLadderConfig,
  readLadderEvent,
  type LadderConfig,
  type LadderEntry,
  type LadderEvent,
  type LadderState,
  type LadderStep,
} from './ladder-input.js';

export type PaymentStatus = 'pay' | 'hold' | 'suspended';

/** A student with nothing on record. */
export const LADDER_START: LadderState = {
  step: 'none',
  failures: 0,
  appealLodgedIn: null,
  lastEvaluated: null,
  history: [],
};

/**
 * The follow-up ladder as a pure state machine: reason recorded → case open → payment held while the
 * case is open → suspended, counted in consecutive failing semesters (see LadderConfig). A compliant
 * semester, a resolved case or an upheld appeal returns the student to `none`. Appeals can be lodged
 * at every step above `none`; the step and payment stay as they are until the appeal is decided.
 */
export function transition(state: unknown, event: unknown, config?: unknown): Result<LadderState> {
  const issues: Bag = [];
  const current = readLadderState(state, 'state', issues);
  const happened = readLadderEvent(event, 'event', issues);
  const conf = readLadderConfig(config, 'config', issues);
  if (!current || !happened || !conf || issues.length > 0) return fail(issues);
  const refusal = refusalOf(current, happened);
  if (refusal) return fail([issue(refusal.code, 'event', refusal.params)]);
  return ok(apply(current, happened, conf));
}

/** Money follows the step: held money is paid once the case closes; suspended money is not. */
export function paymentStatus(state: LadderState): PaymentStatus {
  if (state.step === 'payment_held') return 'hold';
  return state.step === 'suspended' ? 'suspended' : 'pay';
}

/** The ladder event a semester's compliance evaluation produces. */
export function evaluationEvent(compliance: Compliance): LadderEvent {
  const reasons = compliance.reasons.map((r) => r.code);
  return { type: 'evaluated', semester: compliance.semester, reasons };
}

interface Refusal {
  readonly code: ErrorCode;
  readonly params?: Readonly<Record<string, string>>;
}

function refusalOf(state: LadderState, event: LadderEvent): Refusal | undefined {
  const last = state.history[state.history.length - 1]?.event.semester;
  if (last && semesterKey(event.semester) < semesterKey(last)) {
    return { code: 'LADDER_SEMESTER_OUT_OF_ORDER', params: { last: semesterText(last) } };
  }
  const caseOpen = rank(state.step) >= rank('case_open');
  switch (event.type) {
    case 'evaluated':
      return state.lastEvaluated && semesterKey(event.semester) <= semesterKey(state.lastEvaluated)
        ? { code: 'LADDER_ALREADY_EVALUATED', params: { last: semesterText(state.lastEvaluated) } }
        : undefined;
    case 'case_opened':
      if (state.step === 'none') return { code: 'LADDER_NO_FAILURE' };
      return caseOpen ? { code: 'LADDER_CASE_ALREADY_OPEN' } : undefined;
    case 'case_action':
      return caseOpen ? undefined : { code: 'LADDER_NO_OPEN_CASE' };
    case 'resolved':
      return state.step === 'none' ? { code: 'LADDER_NO_FAILURE' } : undefined;
    case 'appeal_lodged':
      if (state.step === 'none') return { code: 'LADDER_NO_FAILURE' };
      return state.appealLodgedIn ? { code: 'LADDER_APPEAL_PENDING' } : undefined;
    case 'appeal_decided':
      return state.appealLodgedIn ? undefined : { code: 'LADDER_NO_APPEAL_PENDING' };
  }
}

function apply(state: LadderState, event: LadderEvent, config: LadderConfig): LadderState {
  const next = afterEvent(state, event, config);
  const entry: LadderEntry = { event, from: state.step, to: next.step };
  return { ...next, history: [...state.history, entry] };
}

function afterEvent(state: LadderState, event: LadderEvent, config: LadderConfig): LadderState {
  switch (event.type) {
    case 'evaluated': {
      const evaluated = { ...state, lastEvaluated: event.semester };
      if (event.reasons.length === 0) return { ...evaluated, step: 'none', failures: 0 };
      const failures = state.failures + 1;
      return { ...evaluated, failures, step: stepAfterFailure(failures, state.step, config) };
    }
    case 'case_opened':
      return { ...state, step: 'case_open' };
    case 'resolved':
      return { ...state, step: 'none', failures: 0 };
    case 'appeal_lodged':
      return { ...state, appealLodgedIn: event.semester };
    case 'appeal_decided': {
      const decided = { ...state, appealLodgedIn: null };
      return event.decision === 'upheld' ? { ...decided, step: 'none', failures: 0 } : decided;
    }
    case 'case_action':
      return state;
  }
}

/** Holds and suspensions follow the current config; a case, once open, stays open until closed. */
function stepAfterFailure(failures: number, current: LadderStep, config: LadderConfig): LadderStep {
  if (config.suspendAfter !== null && failures >= config.suspendAfter) return 'suspended';
  if (config.holdAfter !== null && failures >= config.holdAfter) return 'payment_held';
  if (failures >= config.caseAfter || rank(current) >= rank('case_open')) return 'case_open';
  return 'reason_recorded';
}

const rank = (step: LadderStep): number => LADDER_STEPS.indexOf(step);

/** One line of the audit trail, e.g. "ภาคเรียนที่ 1/2569 · ไม่ผ่านเงื่อนไข (…) — … → …". */
export function explainEntry(entry: LadderEntry): Readonly<Record<Lang, string>> {
  return localized('ladder.entry', (lang) => ({
    semester: formatSemester(entry.event.semester, lang),
    event: eventText(entry.event, lang),
    from: messageOf(lang, `ladder.step.${entry.from}`),
    to: messageOf(lang, `ladder.step.${entry.to}`),
  }));
}

function eventText(event: LadderEvent, lang: Lang): string {
  switch (event.type) {
    case 'evaluated': {
      if (event.reasons.length === 0) return messageOf(lang, 'ladder.event.compliant');
      const reasons = event.reasons.map((r) => messageOf(lang, `compliance.short.${r}`));
      return messageOf(lang, 'ladder.event.failed', { reasons: reasons.join(', ') });
    }
    case 'case_opened':
    case 'case_action': {
      const action = messageOf(lang, `ladder.action.${event.action}`);
      return messageOf(lang, `ladder.event.${event.type}`, { action });
    }
    case 'appeal_decided':
      return messageOf(lang, `ladder.event.appeal_${event.decision}`);
    default:
      return messageOf(lang, `ladder.event.${event.type}`);
  }
}
