import { fail, ok, type Result } from '../core/result.js';
import { issue } from '../core/issue.js';

/**
 * The screening workflow of SPEC §3, steps 3–5: a teacher's draft is submitted, a certifier
 * certifies it, the director confirms it, and the programme scores it centrally; a certifier or the
 * director may return it for correction with a reason, and the teacher submits it again.
 */
export const SCREENING_STATUSES = [
  'draft',
  'submitted',
  'certified',
  'confirmed',
  'scored',
  'returned',
] as const;
export type ScreeningStatus = (typeof SCREENING_STATUSES)[number];

export const SCREENING_ACTIONS = [
  'save',
  'submit',
  'certify',
  'confirm',
  'return',
  'score',
] as const;
export type ScreeningAction = (typeof SCREENING_ACTIONS)[number];

/** Who takes each step, in the role names of SPEC §2. */
export type WorkflowRole = 'teacher' | 'certifier' | 'school_admin' | 'programme_officer';

interface Step {
  readonly from: readonly (ScreeningStatus | 'new')[];
  /** Undefined: the status stays as it is (a saved edit of a returned form is still returned). */
  readonly to?: ScreeningStatus;
  readonly roles: readonly WorkflowRole[];
}

const STEPS: Readonly<Record<ScreeningAction, Step>> = {
  save: { from: ['new', 'draft', 'returned'], roles: ['teacher'] },
  submit: { from: ['new', 'draft', 'returned'], to: 'submitted', roles: ['teacher'] },
  certify: { from: ['submitted'], to: 'certified', roles: ['certifier'] },
  confirm: { from: ['certified'], to: 'confirmed', roles: ['school_admin'] },
  return: {
    from: ['submitted', 'certified'],
    to: 'returned',
    roles: ['certifier', 'school_admin'],
  },
  score: { from: ['confirmed'], to: 'scored', roles: ['programme_officer'] },
};

/** The roles that may take an action (routes check them before the scope). */
export const rolesFor = (action: ScreeningAction): readonly WorkflowRole[] => STEPS[action].roles;

/**
 * The status after `action` from `status` ('new' when the screening does not exist yet), taken by
 * someone holding `roles` (for this screening), or SCREENING_TRANSITION_INVALID. A certifier may
 * return only what waits for certification; the director may return before or after it.
 */
export function nextStatus(
  status: ScreeningStatus | 'new',
  action: ScreeningAction,
  roles: readonly string[],
): Result<ScreeningStatus> {
  const step = STEPS[action];
  const allowed = step.roles.some(
    (role) =>
      roles.includes(role) &&
      step.from.includes(status) &&
      !(role === 'certifier' && action === 'return' && status === 'certified'),
  );
  if (!allowed) return fail([issue('SCREENING_TRANSITION_INVALID', 'status', { status, action })]);
  return ok(step.to ?? (status === 'new' ? 'draft' : status));
}

/** The form may still change: the teacher's, until it is submitted (again). */
export const isEditable = (status: ScreeningStatus): boolean =>
  status === 'draft' || status === 'returned';
