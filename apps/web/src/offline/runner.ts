import { call } from '../api.js';
import {
  Outbox,
  realmLock,
  type OutboxItem,
  type OutboxStorage,
  type SaveAnswer,
  type Saved,
  type Sending,
  type ServerScreening,
} from './outbox.js';
import { outboxStorage, readMeta } from './store.js';
import { httpUploads, phoneEvidence, type UploadTransport } from './uploader.js';

/**
 * The phone's one outbox, sending in the background while the app is open: at start, when the
 * network comes back, when the app returns to the foreground, and when the next retry is due.
 */

/** Web Locks span the tabs of the app; a browser without them has one realm's lock. */
function phoneLock(): <T>(work: () => Promise<T>) => Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks === undefined) return realmLock();
  return <T>(work: () => Promise<T>) => locks.request('isee-outbox', work) as Promise<T>;
}

/** The session's CSRF token as kept now (it changes when the teacher signs in again). */
async function csrfToken(): Promise<string | undefined> {
  return (await readMeta('session'))?.csrfToken;
}

let sessionEnded: () => void = () => undefined;

async function save(item: OutboxItem, sending: Sending): Promise<SaveAnswer> {
  const token = await csrfToken();
  if (token === undefined) return { kind: 'offline' };
  const answer = await call<Saved>(`/api/screenings/${item.id}`, {
    method: 'PUT',
    csrfToken: token,
    body: {
      cycleId: item.cycleId,
      studentId: item.studentId,
      baseVersion: item.baseVersion,
      form: sending.form,
      submit: sending.submit,
      ...(item.fix === undefined ? {} : { fix: item.fix }),
    },
  });
  if (answer.kind === 'refused' && answer.status === 401) {
    // Signed out on the server: the item waits, unharmed, until the teacher signs in again.
    sessionEnded();
    return { kind: 'offline' };
  }
  if (answer.kind !== 'refused') return answer;
  const server = (answer.body as { server?: ServerScreening } | null)?.server;
  return server === undefined ? answer : { ...answer, server };
}

/** Uploads with the token of the moment, as save() does. */
const uploads: UploadTransport = {
  async start(photo) {
    const token = await csrfToken();
    return token === undefined ? { kind: 'offline' } : httpUploads(token).start(photo);
  },
  async append(photo, offset, chunk) {
    const token = await csrfToken();
    return token === undefined
      ? { kind: 'offline' }
      : httpUploads(token).append(photo, offset, chunk);
  },
};

export const outbox = new Outbox({
  storage: outboxStorage as unknown as OutboxStorage,
  save,
  evidence: phoneEvidence(uploads),
  now: () => Date.now(),
  random: Math.random,
  lock: phoneLock(),
});

const LONGEST_SLEEP_MS = 30_000;

/** Starts sending; the returned function stops it. `onSessionEnded` hears of a 401. */
export function startSending(onSessionEnded: () => void): () => void {
  sessionEnded = onSessionEnded;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const pass = async (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    if (navigator.onLine) await outbox.run();
    if (stopped) return;
    const due = await outbox.nextDue();
    const sleep = Math.min(LONGEST_SLEEP_MS, Math.max(500, due - Date.now()));
    timer = setTimeout(() => void pass(), sleep);
  };
  const soon = (): void => void outbox.wake().then(pass);
  const visible = (): void => {
    if (document.visibilityState === 'visible') soon();
  };
  window.addEventListener('online', soon);
  document.addEventListener('visibilitychange', visible);
  // An edit of a draft is due after a quiet moment; a submission at once.
  const unsubscribe = outbox.subscribe(() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void pass(), 1_000);
  });
  void pass();
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    unsubscribe();
    window.removeEventListener('online', soon);
    document.removeEventListener('visibilitychange', visible);
    sessionEnded = () => undefined;
  };
}
