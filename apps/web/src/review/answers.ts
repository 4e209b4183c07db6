import type { Issue, ScreeningStatus } from '@isee/domain';
import type { Fix } from '../capture/gps.js';
import type { StudentRow } from '../offline/store.js';

/** The server's answers the review screens read (apps/server/src/modules/screening/schemas.ts). */

/** One step of a screening's history: who moved it, when, from where, and why (a return). */
export interface ReviewEvent {
  readonly from: ScreeningStatus | null;
  readonly to: ScreeningStatus;
  /** The display name of the person who took the step. */
  readonly actor: string;
  readonly actorUserId: number;
  readonly at: string;
  readonly place?: Fix;
  readonly reason?: string;
}

/** GET /api/screenings/{id}: the whole screening, its history and its review flags. */
export interface ScreeningView {
  readonly id: string;
  readonly cycleId: number;
  readonly studentId: number;
  readonly schoolId: number;
  readonly status: ScreeningStatus;
  readonly version: string;
  readonly formRevision: string;
  readonly variant: string;
  readonly form: unknown;
  readonly incomePerPerson: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly events: readonly ReviewEvent[];
  /** Never refusals: what a reviewer should look at twice. */
  readonly flags: readonly Issue[];
}

export type ListedStudent = Omit<StudentRow, 'schoolId' | 'region' | 'screening'>;

/** One row of GET /api/screenings (a review queue). */
export interface ListedScreening {
  readonly id: string;
  readonly status: ScreeningStatus;
  readonly version: string;
  readonly updatedAt: string;
  readonly student: ListedStudent;
}

export interface ScreeningPage {
  readonly items: readonly ListedScreening[];
}

/** GET /api/schools/{id}/progress: `missing` counts candidates with no screening in the cycle. */
export interface SchoolProgress {
  readonly students: number;
  readonly candidates: number;
  readonly missing: number;
  readonly byStatus: Readonly<Record<string, number>>;
}

/** One photo of GET /api/screenings/{id}/photos; the image itself is GET /api/photos/{id}. */
export interface PhotoEvidence {
  readonly id: string;
  readonly kind: string;
  readonly source: string;
  readonly width: number;
  readonly height: number;
  readonly takenAt?: string;
  readonly flags: readonly Issue[];
}
