import { z } from 'zod';
import { IssueSchema } from '../../plumbing/errors.js';
import { EVIDENCE_KINDS, PHOTO_SOURCES } from './limits.js';

/** The evidence routes' answers, apart from the routes so the field app can take their types. */

/** A photo with its review flags; the image itself is GET /api/photos/{id}. */
export const Photo = z.object({
  id: z.string(),
  screeningId: z.string(),
  kind: z.enum(EVIDENCE_KINDS),
  source: z.enum(PHOTO_SOURCES),
  mime: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int().describe('Size of the stored (re-encoded) image'),
  sha256: z.string().describe('SHA-256 of the file as the phone sent it'),
  takenAt: z.string().optional().describe('EXIF time of the original'),
  place: z.object({ lat: z.number(), lon: z.number() }).optional().describe('EXIF GPS'),
  uploadedBy: z.number().int(),
  flags: z.array(IssueSchema.readonly()).readonly(),
});

/** GET /api/screenings/{id}/photos. */
export const Photos = z.object({ photos: z.array(Photo) });

/** An upload's state: where to resume, or the stored photo once complete. */
export const State = z.discriminatedUnion('state', [
  z.object({
    uploadId: z.string(),
    state: z.literal('partial'),
    offset: z.number().int(),
    length: z.number().int(),
  }),
  z.object({ uploadId: z.string(), state: z.literal('complete'), photo: Photo }),
]);
