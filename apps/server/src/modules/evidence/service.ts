import type { Readable } from 'node:stream';
import { fail, issue, ok, type Issue, type Result, type ScreeningStatus } from '@isee/domain';
import type { BlobStore } from '../../plumbing/storage.js';
import type { Principal } from '../access/principal.js';
import { reachScreening } from '../screening/reach.js';
import { READER_ROLES } from '../screening/service.js';
import { FLAG_RULES, FLAGGED_KINDS, isFlagged, photoFlags } from './flags.js';
import {
  EVIDENCE_KINDS,
  PHOTO_LIMITS,
  PHOTO_MIMES,
  PHOTO_SOURCES,
  type EvidenceKind,
  type PhotoSource,
} from './limits.js';
import { processPhoto } from './photo.js';
import {
  auditRead,
  insertPhoto,
  matchingPhotos,
  photoById,
  photosOfScreening,
  screeningForPhoto,
  type EvidenceDatabase,
  type PhotoRow,
} from './repository.js';
import { UUID, type UploadArea, type UploadManifest } from './uploads.js';

/**
 * Evidence photos (SPEC §6, issue 4 item 6). A resumable upload in the spirit of tus: the client
 * names the upload with its own UUID (which becomes the photo's id), sends chunks at offsets, and
 * asks for the offset after a lost connection. The last chunk makes the photo: checked, re-encoded
 * without metadata, stored by content, recorded with its audit row, and flagged for review.
 * `startUpload`, `screeningPhotos` and `photoContent` check the caller's scope on the screening;
 * `createUpload` does not (it serves them and the tests).
 */
export interface EvidenceContext {
  readonly db: EvidenceDatabase;
  readonly store: BlobStore;
  readonly uploads: UploadArea;
}

export interface NewUpload {
  readonly uploadId: string;
  readonly length: number;
  readonly mime: string;
  readonly screeningId: string;
  readonly kind: string;
  readonly source: string;
}

/** A stored photo and its review flags, computed from the data as it stands now. */
export interface PhotoEvidence extends PhotoRow {
  readonly flags: readonly Issue[];
}

export type UploadState =
  | {
      readonly uploadId: string;
      readonly state: 'partial';
      readonly offset: number;
      readonly length: number;
    }
  | { readonly uploadId: string; readonly state: 'complete'; readonly photo: PhotoEvidence };

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

function checkNewUpload(input: NewUpload): Issue[] {
  const issues: Issue[] = [];
  if (!UUID.test(input.uploadId)) issues.push(issue('UPLOAD_ID_FORMAT', 'uploadId'));
  if (!UUID.test(input.screeningId))
    issues.push(
      issue('EVIDENCE_SCREENING_NOT_FOUND', 'screeningId', { screeningId: input.screeningId }),
    );
  if (!Number.isInteger(input.length) || input.length < 1)
    issues.push(issue('OUT_OF_RANGE', 'length', { min: 1, max: PHOTO_LIMITS.maxBytes }));
  else if (input.length > PHOTO_LIMITS.maxBytes)
    issues.push(
      issue('PHOTO_TOO_LARGE', 'length', { bytes: input.length, max: PHOTO_LIMITS.maxBytes }),
    );
  if (!isOneOf(PHOTO_MIMES, input.mime)) issues.push(issue('PHOTO_TYPE_UNKNOWN', 'mime'));
  if (!isOneOf(EVIDENCE_KINDS, input.kind))
    issues.push(issue('UNKNOWN_OPTION', 'kind', { value: input.kind }));
  if (!isOneOf(PHOTO_SOURCES, input.source))
    issues.push(issue('UNKNOWN_OPTION', 'source', { value: input.source }));
  return issues;
}

/** The photo with its flags: another household's photo added later flags this one too. */
async function evidenceOf(ctx: EvidenceContext, photo: PhotoRow): Promise<PhotoEvidence> {
  if (!isFlagged(photo.kind)) return { ...photo, flags: [] };
  const screening = await screeningForPhoto(ctx.db, photo.screeningId);
  const matches = await matchingPhotos(ctx.db, {
    photoId: photo.id,
    screeningId: photo.screeningId,
    householdId: screening?.householdId ?? null,
    sha256: photo.sha256,
    perceptualHash: photo.perceptualHash,
    kinds: FLAGGED_KINDS,
    maxDistance: FLAG_RULES.reuseMaxDistance,
  });
  const flags = photoFlags({ ...photo, ...screening, matches });
  return { ...photo, flags };
}

const complete = (photo: PhotoEvidence): UploadState => ({
  uploadId: photo.id,
  state: 'complete',
  photo,
});
const partial = (m: UploadManifest, offset: number): UploadState => ({
  uploadId: m.uploadId,
  state: 'partial',
  offset,
  length: m.length,
});

const sameUpload = (a: UploadManifest, b: UploadManifest): boolean =>
  a.length === b.length &&
  a.mime === b.mime &&
  a.screeningId === b.screeningId &&
  a.kind === b.kind &&
  a.source === b.source &&
  a.uploadedBy === b.uploadedBy;

/** An upload's state, and whether this request started it (201) or found it started (200). */
export interface StartedUpload {
  readonly created: boolean;
  readonly upload: UploadState;
}

const found = (upload: UploadState): Result<StartedUpload> => ok({ created: false, upload });

/** Starts an upload; the same start sent again answers the upload's state (an idempotent retry). */
export function createUpload(
  ctx: EvidenceContext,
  uploadedBy: number,
  input: NewUpload,
): Promise<Result<StartedUpload>> {
  const issues = checkNewUpload(input);
  if (issues.length > 0) return Promise.resolve(fail(issues));
  const m: UploadManifest = {
    uploadId: input.uploadId,
    length: input.length,
    mime: input.mime,
    screeningId: input.screeningId,
    kind: input.kind as EvidenceKind,
    source: input.source as PhotoSource,
    uploadedBy,
  };
  const conflict = fail([issue('UPLOAD_CONFLICT', 'uploadId', { uploadId: m.uploadId })]);
  return ctx.uploads.exclusive(m.uploadId, async () => {
    const stored = await photoById(ctx.db, m.uploadId);
    if (stored !== undefined) {
      const same =
        stored.screeningId === m.screeningId &&
        stored.kind === m.kind &&
        stored.source === m.source &&
        stored.uploadedBy === m.uploadedBy;
      return same ? found(complete(await evidenceOf(ctx, stored))) : conflict;
    }
    const started = await ctx.uploads.manifest(m.uploadId);
    if (started !== undefined)
      return sameUpload(started, m)
        ? found(partial(m, (await ctx.uploads.offset(m.uploadId)) ?? 0))
        : conflict;
    if ((await screeningForPhoto(ctx.db, m.screeningId)) === undefined)
      return fail([
        issue('EVIDENCE_SCREENING_NOT_FOUND', 'screeningId', { screeningId: m.screeningId }),
      ]);
    await ctx.uploads.start(m);
    return ok({ created: true, upload: partial(m, 0) });
  });
}

/** Photos may follow the form: a phone that was offline sends them after the form. */
export const OPEN_FOR_PHOTOS: readonly ScreeningStatus[] = ['draft', 'returned', 'submitted'];

const screeningNotFound = (screeningId: string) =>
  fail([issue('EVIDENCE_SCREENING_NOT_FOUND', 'screeningId', { screeningId })]);

/**
 * Starts an upload for a teacher who reaches the screening through their classes, while the
 * screening is still open; a retry of an upload already started answers its state even after the
 * screening has moved on, so a phone that lost the answer is not stuck.
 */
export async function startUpload(
  ctx: EvidenceContext,
  principal: Principal,
  input: NewUpload,
): Promise<Result<StartedUpload>> {
  const issues = checkNewUpload(input);
  if (issues.length > 0) return fail(issues);
  const reached = await reachScreening(ctx.db, principal, input.screeningId, ['teacher']);
  if (reached === undefined) return screeningNotFound(input.screeningId);
  if (!OPEN_FOR_PHOTOS.includes(reached.status)) {
    const known =
      (await photoById(ctx.db, input.uploadId)) ?? (await ctx.uploads.manifest(input.uploadId));
    if (known === undefined)
      return fail([
        issue('EVIDENCE_SCREENING_CLOSED', 'screeningId', {
          screeningId: input.screeningId,
          status: reached.status,
        }),
      ]);
  }
  return createUpload(ctx, principal.userId, input);
}

const notFound = (uploadId: string) => fail([issue('UPLOAD_NOT_FOUND', 'uploadId', { uploadId })]);

/** Where an upload stands, for its uploader: the offset to send from, or the finished photo. */
export async function uploadStatus(
  ctx: EvidenceContext,
  uploadedBy: number,
  uploadId: string,
): Promise<Result<UploadState>> {
  if (!UUID.test(uploadId)) return notFound(uploadId);
  const stored = await photoById(ctx.db, uploadId);
  if (stored !== undefined)
    return stored.uploadedBy === uploadedBy
      ? ok(complete(await evidenceOf(ctx, stored)))
      : notFound(uploadId);
  const m = await ctx.uploads.manifest(uploadId);
  if (m?.uploadedBy !== uploadedBy) return notFound(uploadId);
  return ok(partial(m, (await ctx.uploads.offset(uploadId)) ?? 0));
}

/** Turns the finished bytes into a stored photo; a refused photo is discarded (the client starts over). */
async function finish(ctx: EvidenceContext, m: UploadManifest): Promise<Result<UploadState>> {
  const processed = await processPhoto(await ctx.uploads.read(m.uploadId), m.mime);
  if (!processed.ok) {
    await ctx.uploads.discard(m.uploadId);
    return processed;
  }
  const p = processed.value;
  const blob = await ctx.store.put(p.image);
  const row: PhotoRow = {
    id: m.uploadId,
    screeningId: m.screeningId,
    kind: m.kind,
    source: m.source,
    sha256: p.sha256,
    perceptualHash: p.perceptualHash,
    mime: p.mime,
    width: p.width,
    height: p.height,
    bytes: blob.bytes,
    ...(p.takenAt && { takenAt: p.takenAt }),
    ...(p.place && { place: p.place }),
    storageKey: blob.key,
    uploadedBy: m.uploadedBy,
  };
  const evidence = await evidenceOf(ctx, row);
  const inserted = await insertPhoto(ctx.db, row, {
    actorUserId: m.uploadedBy,
    action: 'photo.upload',
    details: {
      screeningId: m.screeningId,
      kind: m.kind,
      source: m.source,
      flags: evidence.flags.map((f) => f.code),
    },
  });
  if (!inserted.ok) return inserted;
  await ctx.uploads.discard(m.uploadId);
  return ok(complete(evidence));
}

/**
 * Appends a chunk at `offset`. A chunk at another offset is refused with the offset to resume from;
 * a chunk already received is accepted again without effect. The last chunk finishes the photo; after
 * a failure there (say the database was down) resending the last chunk finishes it. Only the
 * uploader may append: to anyone else the upload does not exist.
 */
export function appendChunk(
  ctx: EvidenceContext,
  uploadedBy: number,
  uploadId: string,
  offset: number,
  chunk: Uint8Array,
): Promise<Result<UploadState>> {
  if (!UUID.test(uploadId)) return Promise.resolve(notFound(uploadId));
  return ctx.uploads.exclusive(uploadId, async () => {
    const stored = await photoById(ctx.db, uploadId);
    if (stored !== undefined)
      return stored.uploadedBy === uploadedBy
        ? ok(complete(await evidenceOf(ctx, stored)))
        : notFound(uploadId);
    const m = await ctx.uploads.manifest(uploadId);
    if (m?.uploadedBy !== uploadedBy) return notFound(uploadId);
    if (!Number.isInteger(offset) || offset < 0)
      return fail([issue('OUT_OF_RANGE', 'offset', { min: 0, max: m.length })]);
    const appended = await ctx.uploads.append(m, offset, chunk);
    if (!appended.ok) return appended;
    return appended.value === m.length ? finish(ctx, m) : ok(partial(m, appended.value));
  });
}

/** The school's own teachers see their classes' photos as part of their work: not an official's read. */
const readsAsOfficial = async (
  ctx: EvidenceContext,
  principal: Principal,
  screeningId: string,
): Promise<boolean> =>
  (await reachScreening(ctx.db, principal, screeningId, ['teacher'])) === undefined;

/**
 * A screening's photos with their review flags, for anyone who reads the screening. The list
 * carries where and when each photo was taken, so an official's read is audited (SPEC §12).
 */
export async function screeningPhotos(
  ctx: EvidenceContext,
  principal: Principal,
  screeningId: string,
): Promise<Result<PhotoEvidence[]>> {
  if (!UUID.test(screeningId)) return screeningNotFound(screeningId);
  const reached = await reachScreening(ctx.db, principal, screeningId, READER_ROLES);
  if (reached === undefined) return screeningNotFound(screeningId);
  const photos = await photosOfScreening(ctx.db, screeningId);
  if (await readsAsOfficial(ctx, principal, screeningId))
    await auditRead(ctx.db, {
      actorUserId: principal.userId,
      action: 'photo.list',
      entity: 'screening',
      entityId: screeningId,
      details: { photos: photos.length },
    });
  return ok(await Promise.all(photos.map((p) => evidenceOf(ctx, p))));
}

export interface PhotoContent {
  readonly photo: PhotoRow;
  /** Opens the stored bytes: not needed when the reader's cached copy is still good. */
  readonly content: () => Promise<Readable>;
}

const photoNotFound = (photoId: string) => fail([issue('PHOTO_NOT_FOUND', 'photoId', { photoId })]);

/**
 * A stored photo's bytes for anyone who reads its screening; outside one's scope it does not exist.
 * Any read but the uploader's own is an official's read of a child's record, and is audited.
 */
export async function photoContent(
  ctx: EvidenceContext,
  principal: Principal,
  photoId: string,
): Promise<Result<PhotoContent>> {
  if (!UUID.test(photoId)) return photoNotFound(photoId);
  const photo = await photoById(ctx.db, photoId);
  if (photo === undefined) return photoNotFound(photoId);
  if ((await reachScreening(ctx.db, principal, photo.screeningId, READER_ROLES)) === undefined)
    return photoNotFound(photoId);
  if (photo.uploadedBy !== principal.userId)
    await auditRead(ctx.db, {
      actorUserId: principal.userId,
      action: 'photo.read',
      entity: 'photo_evidence',
      entityId: photo.id,
      details: { screeningId: photo.screeningId },
    });
  return ok({ photo, content: () => ctx.store.get(photo.storageKey) });
}
