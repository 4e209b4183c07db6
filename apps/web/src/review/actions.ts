import {
  issue,
  nextStatus,
  rolesFor,
  SCREENING_STATUSES,
  type Issue,
  type ScreeningStatus,
} from '@isee/domain';
import type { Session } from '../offline/store.js';

/** The steps a reviewer takes in the field app; which of them a screening allows is the domain's rule. */
export const REVIEW_ACTIONS = ['certify', 'confirm', 'return'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** The steps that move a screening forward: each reviewer's queue is what waits for one of them. */
export const QUEUE_ACTIONS = ['certify', 'confirm'] as const;
export type QueueAction = (typeof QUEUE_ACTIONS)[number];

const REVIEW_ROLES: ReadonlySet<string> = new Set(REVIEW_ACTIONS.flatMap((a) => rolesFor(a)));

/** The review roles the session holds in each school it reviews for, by school id. */
export function reviewSchools(session: Session): ReadonlyMap<number, readonly string[]> {
  const schools = new Map<number, string[]>();
  for (const grant of session.roles) {
    const schoolId = grant.scope.schoolId;
    if (!REVIEW_ROLES.has(grant.role) || schoolId === undefined) continue;
    const roles = schools.get(schoolId) ?? [];
    if (!roles.includes(grant.role)) roles.push(grant.role);
    schools.set(schoolId, roles);
  }
  return schools;
}

/** The roles the session holds for one school: a certifier of another school signs nothing here. */
export const rolesAt = (session: Session, schoolId: number): readonly string[] =>
  reviewSchools(session).get(schoolId) ?? [];

/** The review steps these roles may take on a screening in this status, as the workflow allows. */
export const actionsFor = (
  status: ScreeningStatus,
  roles: readonly string[],
): readonly ReviewAction[] => REVIEW_ACTIONS.filter((a) => nextStatus(status, a, roles).ok);

export interface Queue {
  readonly action: QueueAction;
  readonly statuses: readonly ScreeningStatus[];
}

/** The queues these roles work through: the statuses from which each forward step is theirs to take. */
export function queuesFor(roles: readonly string[]): readonly Queue[] {
  return QUEUE_ACTIONS.map((action) => ({
    action,
    statuses: SCREENING_STATUSES.filter((s) => nextStatus(s, action, roles).ok),
  })).filter((q) => q.statuses.length > 0);
}

/** The signing PIN's length (the access policy's). */
export const PIN_DIGITS = 6;

/**
 * Why a typed PIN is not sent: a malformed one would count as a wrong attempt towards the
 * account's lockout, so the phone catches what it can before the server counts it.
 */
export const pinIssue = (pin: string): Issue | undefined =>
  new RegExp(`^\\d{${PIN_DIGITS}}$`).test(pin)
    ? undefined
    : issue('AUTH_PIN_FORMAT', 'pin', { digits: PIN_DIGITS });

/** The longest reason the server keeps. */
export const REASON_MAX_LENGTH = 1_000;

/** A return without a reason leaves the teacher guessing; the server refuses it the same way. */
export const reasonIssue = (reason: string): Issue | undefined =>
  reason.trim() === '' ? issue('SCREENING_REASON_REQUIRED', 'reason') : undefined;

/** Where each step is posted under /api/screenings/{id}/. */
export const ACTION_PATH: Readonly<Record<ReviewAction, string>> = {
  certify: 'certification',
  confirm: 'confirmation',
  return: 'return',
};
