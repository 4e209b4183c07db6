import type { FastifyError, FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { issue, type Result } from '@isee/domain';
import { ErrorSchema, HttpProblem } from '../../plumbing/errors.js';
import { principalOf, requireRole } from '../access/guard.js';
import { EVIDENCE_KINDS, PHOTO_SOURCES, UPLOAD_CHUNK } from './limits.js';
import { Photo, Photos, State } from './schemas.js';
import {
  appendChunk,
  photoContent,
  screeningPhotos,
  startUpload,
  uploadStatus,
  type EvidenceContext,
  type PhotoEvidence,
  type UploadState,
} from './service.js';

/** The HTTP status of a refusal, from its first issue's code; anything else is unprocessable. */
const STATUS_OF: Readonly<Record<string, number>> = {
  UPLOAD_ID_FORMAT: 400,
  OUT_OF_RANGE: 400,
  UNKNOWN_OPTION: 400,
  EVIDENCE_SCREENING_NOT_FOUND: 404,
  UPLOAD_NOT_FOUND: 404,
  PHOTO_NOT_FOUND: 404,
  EVIDENCE_SCREENING_CLOSED: 409,
  UPLOAD_CONFLICT: 409,
  UPLOAD_OFFSET_MISMATCH: 409,
  PHOTO_TOO_LARGE: 413,
  UPLOAD_BEYOND_LENGTH: 413,
  PHOTO_TYPE_UNKNOWN: 415,
};

function valueOf<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new HttpProblem(STATUS_OF[result.issues[0]?.code ?? ''] ?? 422, result.issues);
}

const CHUNK_TYPE = 'application/offset+octet-stream';
/** A photo's bytes never change under its id; `private` keeps a child's home out of shared caches. */
const PHOTO_CACHE = 'private, max-age=86400';

const chunkTooLarge = () =>
  new HttpProblem(413, [
    issue('UPLOAD_CHUNK_TOO_LARGE', 'body', {
      max: UPLOAD_CHUNK.maxBytes,
      chunk: UPLOAD_CHUNK.bytes,
    }),
  ]);
const wrongContentType = () =>
  new HttpProblem(415, [issue('UPLOAD_CONTENT_TYPE', 'headers.content-type')]);

/** Fastify's own refusals of a chunk's body, told in the upload's codes; others pass on. */
function chunkRefusal(error: FastifyError): Error {
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return chunkTooLarge();
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return wrongContentType();
  return error;
}

/** Ids are checked by the service, which answers "not found" for a malformed one as for a missing one. */
const ClientId = z
  .string()
  .max(100)
  .transform((id) => id.toLowerCase());

/** What a reader is shown of a photo: not its storage key or perceptual hash. */
const photoView = (p: PhotoEvidence): z.infer<typeof Photo> => ({
  id: p.id,
  screeningId: p.screeningId,
  kind: p.kind,
  source: p.source,
  mime: p.mime,
  width: p.width,
  height: p.height,
  bytes: p.bytes,
  sha256: p.sha256,
  ...(p.takenAt !== undefined && { takenAt: p.takenAt }),
  ...(p.place !== undefined && { place: p.place }),
  uploadedBy: p.uploadedBy,
  flags: p.flags,
});

/** The state as JSON and as tus-style headers: a client may read either. */
function stateOf(reply: FastifyReply, s: UploadState): z.infer<typeof State> {
  void reply.header('Cache-Control', 'no-store');
  if (s.state === 'complete') {
    void reply.header('Upload-Complete', '?1');
    return { uploadId: s.uploadId, state: 'complete', photo: photoView(s.photo) };
  }
  void reply
    .header('Upload-Complete', '?0')
    .header('Upload-Offset', s.offset)
    .header('Upload-Length', s.length);
  return s;
}

/** If-None-Match names this ETag (weak comparison, as RFC 9110 asks for this header). */
const notModified = (header: string | undefined, etag: string): boolean =>
  header !== undefined &&
  header.split(',').some((t) => [etag, `W/${etag}`, '*'].includes(t.trim()));

const refusals = {
  400: ErrorSchema,
  401: ErrorSchema,
  403: ErrorSchema,
  404: ErrorSchema,
  409: ErrorSchema,
  413: ErrorSchema,
  415: ErrorSchema,
  422: ErrorSchema,
};
const UploadParams = z.object({ uploadId: ClientId });
const READERS =
  'Teachers (their classes), school admins, certifiers, area, affiliation and programme officers in scope; anyone else is answered 404.';

/** Evidence photos (issue 4 item 6): resumable uploads in the spirit of tus, and reading them back. */
export const evidenceRoutes =
  (ctx: EvidenceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.addContentTypeParser(
      CHUNK_TYPE,
      { parseAs: 'buffer', bodyLimit: UPLOAD_CHUNK.maxBytes },
      (_request, body, done) => done(null, body),
    );

    app.post(
      '/api/uploads',
      {
        schema: {
          tags: ['evidence'],
          description: `Start a photo upload under the phone's own UUID (it becomes the photo's id), for a screening of your class while it is a draft, returned or submitted. The same start again answers 200 with the upload's state. Then PATCH the bytes in chunks of ${UPLOAD_CHUNK.bytes} bytes.`,
          body: z.object({
            uploadId: ClientId,
            screeningId: ClientId,
            length: z.number().describe('The whole file, in bytes'),
            mime: z.string().max(100),
            kind: z.string().max(100).describe(EVIDENCE_KINDS.join(', ')),
            source: z.string().max(100).describe(PHOTO_SOURCES.join(', ')),
          }),
          response: { 200: State, 201: State, ...refusals },
        },
        onRequest: requireRole('teacher'),
      },
      async (request, reply) => {
        const started = valueOf(await startUpload(ctx, principalOf(request), request.body));
        void reply.status(started.created ? 201 : 200);
        return stateOf(reply, started.upload);
      },
    );

    app.patch(
      '/api/uploads/:uploadId',
      {
        schema: {
          tags: ['evidence'],
          description: `Append a chunk (Content-Type: ${CHUNK_TYPE}, at most ${UPLOAD_CHUNK.maxBytes} bytes) at Upload-Offset. A wrong offset answers 409 with the offset to resume from in the Upload-Offset header; the chunk that completes the file answers the stored photo.`,
          params: UploadParams,
          headers: z.looseObject({ 'upload-offset': z.string().regex(/^\d{1,15}$/) }),
          response: { 200: State, ...refusals },
        },
        onRequest: requireRole('teacher'),
        errorHandler: (error) => {
          throw chunkRefusal(error);
        },
      },
      async (request, reply) => {
        if (!Buffer.isBuffer(request.body)) throw wrongContentType();
        const appended = await appendChunk(
          ctx,
          principalOf(request).userId,
          request.params.uploadId,
          Number(request.headers['upload-offset']),
          request.body,
        );
        const mismatch = appended.ok
          ? undefined
          : appended.issues.find((i) => i.code === 'UPLOAD_OFFSET_MISMATCH');
        if (mismatch !== undefined) void reply.header('Upload-Offset', mismatch.params['current']);
        return stateOf(reply, valueOf(appended));
      },
    );

    app.get(
      '/api/uploads/:uploadId',
      {
        schema: {
          tags: ['evidence'],
          description:
            "Your upload's state, also in the Upload-Offset and Upload-Length headers (HEAD answers the headers alone): where to resume after a lost connection.",
          params: UploadParams,
          response: { 200: State, ...refusals },
        },
        onRequest: requireRole('teacher'),
      },
      async (request, reply) =>
        stateOf(
          reply,
          valueOf(await uploadStatus(ctx, principalOf(request).userId, request.params.uploadId)),
        ),
    );

    app.get(
      '/api/screenings/:id/photos',
      {
        schema: {
          tags: ['evidence'],
          description: `A screening's photos with their review flags. ${READERS}`,
          params: z.object({ id: ClientId }),
          response: { 200: Photos, ...refusals },
        },
        onRequest: requireRole(),
      },
      async (request) => {
        const photos = valueOf(await screeningPhotos(ctx, principalOf(request), request.params.id));
        return { photos: photos.map(photoView) };
      },
    );

    app.get(
      '/api/photos/:photoId',
      {
        schema: {
          tags: ['evidence'],
          description: `The stored image (re-encoded, without EXIF), with a strong ETag. ${READERS} Every read but the uploader's own is audited.`,
          params: z.object({ photoId: ClientId }),
          response: {
            200: z.unknown().describe("The image bytes, in the photo's mime type"),
            304: z.undefined().describe('Your copy (If-None-Match) is still good'),
            ...refusals,
          },
        },
        onRequest: requireRole(),
      },
      async (request, reply) => {
        const { photo, content } = valueOf(
          await photoContent(ctx, principalOf(request), request.params.photoId),
        );
        const etag = `"${photo.storageKey}"`;
        void reply
          .header('ETag', etag)
          .header('Cache-Control', PHOTO_CACHE)
          .header('X-Content-Type-Options', 'nosniff');
        if (notModified(request.headers['if-none-match'], etag)) return reply.status(304).send();
        return reply.type(photo.mime).send(await content());
      },
    );
  };
