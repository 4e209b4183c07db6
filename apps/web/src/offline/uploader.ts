import type { Issue } from '@isee/domain';
import { call, type Answer, type UploadState as UploadAnswer } from '../api.js';
import type { Evidence, EvidenceOutcome } from './outbox.js';
import { photo as storedPhoto, photosOf, savePhoto, type LocalPhoto } from './store.js';

/**
 * Sends a screening's photos and signature over the resumable upload API (docs/API.md): start (or
 * find) the upload under the photo's own UUID, then append chunks from the offset the server
 * confirms. A connection lost mid-chunk costs that chunk only; a closed tab resumes from the server.
 */

/** Small enough to finish on a weak 2G link between drop-outs; the server takes up to 1 MiB. */
export const CHUNK_BYTES = 256 * 1024;

/** The server's state of one upload, as far as the uploader reads it. */
type UploadState =
  | Pick<Extract<UploadAnswer, { state: 'partial' }>, 'state' | 'offset' | 'length'>
  | Pick<Extract<UploadAnswer, { state: 'complete' }>, 'state'>;

export interface UploadTransport {
  start(photo: LocalPhoto): Promise<Answer<UploadState>>;
  append(photo: LocalPhoto, offset: number, chunk: Blob): Promise<Answer<UploadState>>;
}

export function httpUploads(csrfToken: string): UploadTransport {
  return {
    start: (photo) =>
      call<UploadState>('/api/uploads', {
        method: 'POST',
        csrfToken,
        body: {
          uploadId: photo.id,
          screeningId: photo.screeningId,
          length: photo.blob.size,
          mime: photo.mime,
          kind: photo.kind,
          source: photo.source,
        },
      }),
    append: (photo, offset, chunk) =>
      call<UploadState>(`/api/uploads/${photo.id}`, {
        method: 'PATCH',
        csrfToken,
        headers: { 'upload-offset': String(offset) },
        bytes: { data: chunk, type: 'application/offset+octet-stream' },
        // A chunk on 2G takes a while; a minute without an answer is a lost connection.
        timeoutMs: 60_000,
      }),
  };
}

/** The offset to go on from after a 409: the server names it in the refusal's params. */
function resumeOffset(issues: readonly Issue[]): number | undefined {
  const current = issues.find((i) => i.code === 'UPLOAD_OFFSET_MISMATCH')?.params['current'];
  return typeof current === 'number' ? current : undefined;
}

/** Uploads one photo to the end; the confirmed offset is kept on the phone after every chunk. */
export async function uploadPhoto(
  photo: LocalPhoto,
  transport: UploadTransport,
  keep: (photo: LocalPhoto) => Promise<void>,
): Promise<EvidenceOutcome> {
  let current = photo;
  const record = async (uploaded: number, done: boolean): Promise<void> => {
    current = { ...current, uploaded, done };
    await keep(current);
  };
  const started = await transport.start(current);
  if (started.kind === 'offline') return { kind: 'offline' };
  if (started.kind === 'refused') return refusal(started);
  let state = started.value;
  // Each round moves the offset forward or ends; a server that repeats an offset is not looped on.
  for (let rounds = 0; rounds < Math.ceil(current.blob.size / CHUNK_BYTES) + 3; rounds++) {
    if (state.state === 'complete') {
      await record(current.blob.size, true);
      return { kind: 'done' };
    }
    await record(state.offset, false);
    const chunk = current.blob.slice(state.offset, state.offset + CHUNK_BYTES);
    const answer = await transport.append(current, state.offset, chunk);
    if (answer.kind === 'offline') return { kind: 'offline' };
    if (answer.kind === 'refused') {
      const offset = resumeOffset(answer.issues);
      if (offset === undefined) return refusal(answer);
      state = { state: 'partial', offset, length: current.blob.size };
      continue;
    }
    state = answer.value;
  }
  return { kind: 'offline' };
}

/** Busy or failing servers are tried again later; anything else needs the teacher (a new photo). */
function refusal(answer: {
  readonly status: number;
  readonly issues: readonly Issue[];
}): EvidenceOutcome {
  if (answer.status >= 500 || answer.status === 429) return { kind: 'offline' };
  return { kind: 'refused', issues: answer.issues };
}

/** Writes only the upload's progress: the photo's other facts (its place) may have come meanwhile. */
async function keepProgress(progress: LocalPhoto): Promise<void> {
  const now = await storedPhoto(progress.id);
  if (now === undefined) return; // Removed by the teacher while it was being sent.
  await savePhoto({ ...now, uploaded: progress.uploaded, done: progress.done });
}

/** The outbox's view of the photos kept on this phone. */
export function phoneEvidence(transport: UploadTransport): Evidence {
  const unfinished = async (screeningId: string): Promise<LocalPhoto[]> =>
    (await photosOf(screeningId)).filter((p) => !p.done);
  return {
    pending: async (screeningId) => (await unfinished(screeningId)).length > 0,
    async upload(screeningId) {
      for (const photo of await unfinished(screeningId)) {
        const outcome = await uploadPhoto(photo, transport, keepProgress);
        if (outcome.kind !== 'done') return outcome;
      }
      return { kind: 'done' };
    },
  };
}
