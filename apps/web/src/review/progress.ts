import { SCREENING_STATUSES } from '@isee/domain';
import type { SchoolProgress } from '../api.js';

/** The director's figures, in the order the work flows. */
export const FIGURES = [
  'students',
  'candidates',
  'notScreened',
  'screened',
  'inProgress',
  'submitted',
  'certified',
  'confirmed',
  'returned',
] as const;
export type Figure = (typeof FIGURES)[number];

const count = (byStatus: SchoolProgress['byStatus'], status: string): number => {
  const n = byStatus[status];
  return typeof n === 'number' && Number.isFinite(n) ? n : 0;
};

/**
 * The school's progress as a director reads it. Each status figure counts the screenings standing
 * there now, so they add up to "screened" (every screening started); a scored screening was
 * confirmed first and counts as confirmed. "Not screened" is the candidates without a screening.
 */
export function progressFigures(progress: SchoolProgress): Readonly<Record<Figure, number>> {
  const { byStatus } = progress;
  const screened = SCREENING_STATUSES.reduce((sum, status) => sum + count(byStatus, status), 0);
  return {
    students: progress.students,
    candidates: progress.candidates,
    notScreened: progress.missing,
    screened,
    inProgress: count(byStatus, 'draft'),
    submitted: count(byStatus, 'submitted'),
    certified: count(byStatus, 'certified'),
    confirmed: count(byStatus, 'confirmed') + count(byStatus, 'scored'),
    returned: count(byStatus, 'returned'),
  };
}
