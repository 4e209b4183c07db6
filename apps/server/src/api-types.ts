import type { Issue } from '@isee/domain';
import type { z } from 'zod';
import type { Me } from './modules/access/schemas.js';
import type { Photo, Photos, State } from './modules/evidence/schemas.js';
import type {
  Changes as ChangesSchema,
  CurrentCycle,
  Listed,
  Progress,
  QueuePage as QueuePageSchema,
  Saved as SavedSchema,
  ScreeningView as ScreeningViewSchema,
} from './modules/screening/schemas.js';

/**
 * The API's answers as types, inferred from the schemas the routes answer with. The field app takes
 * them with `import type` alone: one definition for both sides, and no zod in the phone's bundle.
 * Types only here, so a value import from the app cannot compile.
 */

/** Flags come from the domain's issue(); the schema's plain-string code is for the OpenAPI document. */
type Flagged<T extends { readonly flags: unknown }> = Omit<T, 'flags'> & {
  readonly flags: readonly Issue[];
};

/** The sign-in answer and GET /api/auth/me. */
export type Session = z.output<typeof Me>;
/** A role and where it applies. */
export type Grant = Session['roles'][number];

/** GET /api/cycles/current. */
export type Cycle = z.output<typeof CurrentCycle>;

/** GET /api/sync/changes. */
export type Changes = z.output<typeof ChangesSchema>;
/** A student of the teacher's classes: their school's PMT region, their screening if any. */
export type SyncedStudent = Changes['students'][number];

/** PUT /api/screenings/{id}. */
export type Saved = z.output<typeof SavedSchema>;
/** GET /api/screenings/{id}; also the `server` of a conflict. */
export type ScreeningView = Flagged<z.output<typeof ScreeningViewSchema>>;
/** One row of GET /api/screenings. */
export type ListedScreening = z.output<typeof Listed>;
/** One page of GET /api/screenings, ordered by id. */
export type QueuePage = z.output<typeof QueuePageSchema>;
/** GET /api/schools/{id}/progress. */
export type SchoolProgress = z.output<typeof Progress>;

/** One photo of a screening; the image itself is GET /api/photos/{id}. */
export type PhotoEvidence = Flagged<z.output<typeof Photo>>;
/** GET /api/screenings/{id}/photos. */
export type ScreeningPhotos = Omit<z.output<typeof Photos>, 'photos'> & {
  readonly photos: readonly PhotoEvidence[];
};
/** POST, PATCH and GET /api/uploads. */
export type UploadState = z.output<typeof State>;
