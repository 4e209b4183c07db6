import { isEditable, SCREENING_STATUSES, type Issue, type ScreeningStatus } from '@isee/domain';
import type { Answer, Saved as SavedAnswer, ScreeningView } from '../api.js';
import type { Fix } from '../capture/gps.js';
import type { DraftForm } from '../form/wizard.js';

/**
 * The outbox: every screening the phone has to tell the server, one item per screening UUID holding
 * only its latest content. Pure rules here (what an edit or an answer does to an item, when to try
 * again); `Outbox` below runs them against a storage and a transport, so the property test drives
 * the same code against the real server.
 */

/** Where an item stands, as the teacher sees it. */
export type OutboxState = 'waiting' | 'sending' | 'sent' | 'attention';

/** The server's view of a screening, as far as the outbox reads it. */
export type ServerScreening = Pick<
  ScreeningView,
  'id' | 'status' | 'version' | 'form' | 'updatedAt'
>;

export interface OutboxItem {
  readonly id: string;
  readonly studentId: number;
  readonly cycleId: number;
  readonly form: DraftForm;
  readonly submit: boolean;
  /** Where the phone stood when the teacher pressed "submit" or saved: the server keeps it on the event. */
  readonly fix?: Fix;
  /** The server version the content was edited from; null while the server has never answered. */
  readonly baseVersion: string | null;
  /** Counts local edits, so an answer about older content never marks newer content sent. */
  readonly revision: number;
  /** The revision the server last confirmed; equal to `revision` once sent. */
  readonly sentRevision: number;
  /**
   * Keys (contentKey) of the contents sent since the last answer: any of them may have reached the
   * server. The server holding one of them is our own write, not another phone's: the item is
   * re-based on it instead of reported as a conflict.
   */
  readonly unanswered: readonly string[];
  readonly state: OutboxState;
  /** Failed attempts in a row (network, server busy); the back-off grows with them. */
  readonly attempts: number;
  /** Not before this time (ms since the epoch). */
  readonly nextAttemptAt: number;
  /** Why it needs the teacher: the server's refusal. */
  readonly issues: readonly Issue[];
  /** On a conflict: the server's whole version, for the conflict screen. */
  readonly server?: ServerScreening;
  /** The server's status and version after the last confirmed send. */
  readonly serverStatus?: string;
  readonly updatedAt: string;
  readonly sentAt?: string;
}

/** What the teacher did: the form as it stands now, and whether it is to be submitted. */
export interface Edit {
  readonly id: string;
  readonly studentId: number;
  readonly cycleId: number;
  readonly form: DraftForm;
  readonly submit: boolean;
  readonly baseVersion: string | null;
  readonly fix?: Fix;
}

/** Drafts wait for the teacher to pause, so typing does not send a request per key. */
export const QUIET_MS = 3_000;
const FIRST_RETRY_MS = 2_000;
const LONGEST_RETRY_MS = 5 * 60_000;
/**
 * Every content sent since the last answer must be remembered: a lost answer may hide any of them
 * landing. Keys are small, so a day of flaky signal fits; past this, a false conflict is shown
 * (the teacher keeps their version), never a lost one.
 */
const KEEP_UNANSWERED = 512;

/** The item without a conflict's server version (a parameter, so nothing is left unused). */
const withoutServer = ({ server: _server, ...rest }: OutboxItem): Omit<OutboxItem, 'server'> =>
  rest;

/** Exponential back-off with full jitter, so 400,000 phones coming back online do not knock at once. */
export function retryDelay(attempts: number, random: () => number): number {
  const ceiling = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** An edit queues the latest content; it never discards what the server already confirmed. */
export function afterEdit(item: OutboxItem | undefined, edit: Edit, now: number): OutboxItem {
  const at = new Date(now).toISOString();
  const due = edit.submit ? now : now + QUIET_MS;
  if (item === undefined)
    return {
      ...edit,
      revision: 1,
      sentRevision: 0,
      unanswered: [],
      state: 'waiting',
      attempts: 0,
      nextAttemptAt: due,
      issues: [],
      updatedAt: at,
    };
  const rest = withoutServer(item);
  return {
    ...rest,
    form: edit.form,
    submit: edit.submit,
    ...(edit.fix === undefined ? {} : { fix: edit.fix }),
    revision: item.revision + 1,
    // A teacher editing again after a refusal or conflict has answered it; the next send tells.
    state: item.state === 'sending' ? 'sending' : 'waiting',
    attempts: 0,
    nextAttemptAt: due,
    issues: [],
    updatedAt: at,
  };
}

/** What one send was: the content at that revision. */
export interface Sending {
  readonly revision: number;
  readonly form: DraftForm;
  readonly submit: boolean;
}

/** The item as it goes out: its content remembered until an answer comes back. */
export function beforeSend(item: OutboxItem): { item: OutboxItem; sending: Sending } {
  const sending = { revision: item.revision, form: item.form, submit: item.submit };
  const key = contentKey(item.form);
  const unanswered = item.unanswered.includes(key)
    ? item.unanswered
    : [...item.unanswered, key].slice(-KEEP_UNANSWERED);
  return { item: { ...item, state: 'sending', unanswered }, sending };
}

/** The server's answer to a save, as far as the outbox reads it. */
export type Saved = Omit<SavedAnswer, 'screening'> & {
  readonly screening: Pick<SavedAnswer['screening'], 'id' | 'status' | 'version'>;
};

export type SaveAnswer = Answer<Saved> & { readonly server?: ServerScreening };

/** Canonical JSON: the server's JSONB does not keep key order, so contents compare by value. */
export function sameContent(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/**
 * A 53-bit key of a content's canonical JSON (cyrb53: two 32-bit multiply-xor lanes). Not for
 * security: it only tells this phone's own sends apart, a few hundred at most, so a collision
 * (about 1 in 10^13 there) would at worst take another phone's save for ours.
 */
export function contentKey(value: unknown): string {
  const text = canonical(value);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2_654_435_761);
    h2 = Math.imul(h2 ^ c, 1_597_334_677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2_246_822_507) ^ Math.imul(h2 ^ (h2 >>> 13), 3_266_489_909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2_246_822_507) ^ Math.imul(h1 ^ (h1 >>> 13), 3_266_489_909);
  return (4_294_967_296 * (2_097_151 & h2) + (h1 >>> 0)).toString(36);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const RETRY_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

/**
 * What an answer does to the item as it stands now (it may have been edited while the request was
 * out). Returns the next item and whether to try again at once (a conflict with our own lost write).
 */
export function afterAnswer(
  item: OutboxItem,
  sent: Sending,
  answer: SaveAnswer,
  now: number,
  random: () => number,
): OutboxItem {
  const at = new Date(now).toISOString();
  const editedMeanwhile = item.revision !== sent.revision;
  const again = (attempts: number): OutboxItem => ({
    ...item,
    state: 'waiting',
    attempts,
    nextAttemptAt: now + retryDelay(attempts, random),
  });
  if (answer.kind === 'offline') return again(item.attempts + 1);
  if (answer.kind === 'ok') {
    const rest = withoutServer(item);
    return {
      ...rest,
      baseVersion: answer.value.screening.version,
      sentRevision: sent.revision,
      unanswered: [],
      serverStatus: answer.value.screening.status,
      state: editedMeanwhile ? 'waiting' : 'sent',
      attempts: 0,
      nextAttemptAt: editedMeanwhile ? item.nextAttemptAt : Number.POSITIVE_INFINITY,
      issues: [],
      sentAt: at,
    };
  }
  if (RETRY_STATUSES.has(answer.status)) return again(item.attempts + 1);
  const server = answer.server;
  const conflict = answer.issues.some((i) => i.code === 'SCREENING_CONFLICT');
  if (conflict && server !== undefined) {
    // The server holds content this phone sent (its answer was lost): build on it and send again.
    const ours = item.unanswered.includes(contentKey(server.form));
    if (ours && isEditableStatus(server.status) && !sameContent(item.form, server.form))
      return {
        ...item,
        baseVersion: server.version,
        unanswered: [],
        state: 'waiting',
        attempts: 0,
        nextAttemptAt: now,
      };
  }
  if (editedMeanwhile)
    // The refusal was about older content; the newer edit is tried on its own merits.
    return { ...item, state: 'waiting', attempts: 0 };
  return {
    ...item,
    state: 'attention',
    issues: answer.issues,
    ...(server === undefined ? {} : { server }),
    nextAttemptAt: Number.POSITIVE_INFINITY,
  };
}

/** The item rests on what the server holds: nothing left to send. */
function settled(item: OutboxItem, server: ServerScreening, at: string): OutboxItem {
  const rest = withoutServer(item);
  return {
    ...rest,
    baseVersion: server.version,
    sentRevision: item.revision,
    unanswered: [],
    serverStatus: server.status,
    state: 'sent',
    attempts: 0,
    nextAttemptAt: Number.POSITIVE_INFINITY,
    issues: [],
    sentAt: at,
  };
}

const isEditableStatus = (status: string): boolean =>
  (SCREENING_STATUSES as readonly string[]).includes(status) &&
  isEditable(status as ScreeningStatus);

/** The teacher takes the server's version (conflict screen): the item is settled on it. */
export function takeServer(item: OutboxItem, server: ServerScreening, now: number): OutboxItem {
  return settled(
    { ...item, form: server.form as DraftForm, submit: false },
    server,
    new Date(now).toISOString(),
  );
}

/** The teacher keeps their own version (conflict screen): it is sent again on the server's version. */
export function keepMine(item: OutboxItem, server: ServerScreening, now: number): OutboxItem {
  const rest = withoutServer(item);
  return {
    ...rest,
    baseVersion: server.version,
    state: 'waiting',
    attempts: 0,
    nextAttemptAt: now,
    issues: [],
  };
}

/** Where the outbox keeps its items (IndexedDB on the phone, a Map in tests). */
export interface OutboxStorage {
  all(): Promise<readonly OutboxItem[]>;
  get(id: string): Promise<OutboxItem | undefined>;
  put(item: OutboxItem): Promise<void>;
}

/** What one pass of the uploader made of a screening's photos and signature. */
export type EvidenceOutcome =
  | { readonly kind: 'done' }
  | { readonly kind: 'offline' }
  | { readonly kind: 'refused'; readonly issues: readonly Issue[] };

/** The screening's evidence files kept on the phone (offline/uploader.ts in the app). */
export interface Evidence {
  /** Whether some file of the screening is not yet complete on the server (a local look only). */
  pending(screeningId: string): Promise<boolean>;
  /** Uploads what the server lacks, resuming partial uploads. */
  upload(screeningId: string): Promise<EvidenceOutcome>;
}

export interface OutboxDeps {
  readonly storage: OutboxStorage;
  /** PUT /api/screenings/{id} with the content being sent. */
  readonly save: (item: OutboxItem, sending: Sending) => Promise<SaveAnswer>;
  /** The screening's photos; absent where there are none (the property test). */
  readonly evidence?: Evidence;
  readonly now: () => number;
  readonly random: () => number;
  /** Serialises read-modify-write of items; across tabs in the browser (Web Locks). */
  readonly lock: <T>(work: () => Promise<T>) => Promise<T>;
}

/** A lock for one JavaScript realm: each holder waits for the one before. */
export function realmLock(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
}

/**
 * Runs the outbox: edits queue content, `run()` sends whatever is due, one request per screening at
 * a time, never holding the lock across the network so the teacher's typing is never blocked.
 */
export class Outbox {
  private running: Promise<void> | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly deps: OutboxDeps) {}

  /** Queues the teacher's latest content for a screening. */
  async edit(edit: Edit): Promise<OutboxItem> {
    const item = await this.deps.lock(async () => {
      const next = afterEdit(await this.deps.storage.get(edit.id), edit, this.deps.now());
      await this.deps.storage.put(next);
      return next;
    });
    this.changed();
    return item;
  }

  /** Applies the teacher's choice on the conflict screen. */
  async resolve(id: string, choice: 'mine' | 'server'): Promise<OutboxItem | undefined> {
    const item = await this.deps.lock(async () => {
      const current = await this.deps.storage.get(id);
      if (current?.server === undefined) return current;
      const now = this.deps.now();
      const next =
        choice === 'mine'
          ? keepMine(current, current.server, now)
          : takeServer(current, current.server, now);
      await this.deps.storage.put(next);
      return next;
    });
    this.changed();
    return item;
  }

  /** Makes every waiting item due now (the network came back, or the teacher asked). */
  async wake(): Promise<void> {
    await this.deps.lock(async () => {
      for (const item of await this.deps.storage.all())
        if (item.state === 'waiting' && item.nextAttemptAt > this.deps.now())
          await this.deps.storage.put({ ...item, nextAttemptAt: this.deps.now() });
    });
  }

  async items(): Promise<readonly OutboxItem[]> {
    return this.deps.storage.all();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends what is due; a call while a run is going joins it, then runs again for what came meanwhile. */
  run(): Promise<void> {
    const previous = this.running ?? Promise.resolve();
    const next = previous.then(() => this.pass());
    this.running = next.finally(() => {
      if (this.running === next) this.running = undefined;
    });
    return next;
  }

  /** The earliest time something is due, for the caller's timer (Infinity: nothing to do). */
  async nextDue(): Promise<number> {
    const items = await this.deps.storage.all();
    return items.reduce(
      (soonest, i) => (i.state === 'waiting' ? Math.min(soonest, i.nextAttemptAt) : soonest),
      Number.POSITIVE_INFINITY,
    );
  }

  private async pass(): Promise<void> {
    const items = await this.deps.storage.all();
    for (const listed of items) {
      if (listed.state === 'attention') continue;
      if (listed.state === 'sent') {
        if (await this.uploadEvidence(listed.id)) return;
        continue;
      }
      // A submission held for its photos goes on in the same pass: draft, photos, submission.
      for (let step = 0; step < 3; step++) {
        const outcome = await this.sendOne(listed.id);
        if (outcome === 'offline') return; // The network is gone: the rest waits for the next pass.
        if (outcome === 'idle') break;
      }
    }
  }

  /**
   * Uploads a known screening's photos and records a failure on the item. True when offline.
   * A screening the server has never answered for cannot take photos yet.
   */
  private async uploadEvidence(id: string): Promise<boolean> {
    const evidence = this.deps.evidence;
    const item = await this.deps.storage.get(id);
    if (evidence === undefined || item === undefined || item.baseVersion === null) return false;
    if (!(await evidence.pending(id))) return false;
    const outcome = await evidence.upload(id);
    this.changed();
    if (outcome.kind === 'done') return false;
    await this.deps.lock(async () => {
      const current = await this.deps.storage.get(id);
      if (current === undefined) return;
      const now = this.deps.now();
      const attempts = current.attempts + 1;
      await this.deps.storage.put(
        outcome.kind === 'offline'
          ? {
              ...current,
              state: current.state === 'sent' ? 'sent' : 'waiting',
              attempts,
              nextAttemptAt: now + retryDelay(attempts, this.deps.random),
            }
          : {
              ...current,
              state: 'attention',
              issues: outcome.issues,
              nextAttemptAt: Number.POSITIVE_INFINITY,
            },
      );
    });
    this.changed();
    return outcome.kind === 'offline';
  }

  /** One step of one item: 'sent' something, nothing due ('idle'), or the network is unreachable. */
  private async sendOne(id: string): Promise<'sent' | 'idle' | 'offline'> {
    const due = (item: OutboxItem | undefined): item is OutboxItem =>
      item !== undefined && item.state === 'waiting' && item.nextAttemptAt <= this.deps.now();
    const peek = await this.deps.storage.get(id);
    if (!due(peek)) return 'idle';
    // A submission waits for its photos, so a certifier never sees a form whose photos are missing.
    const photosFirst =
      peek.submit && this.deps.evidence !== undefined && (await this.deps.evidence.pending(id));
    if (photosFirst && peek.baseVersion !== null) {
      if (await this.uploadEvidence(id)) return 'offline';
      if (await this.deps.evidence?.pending(id)) return 'idle';
    }
    const started = await this.deps.lock(async () => {
      const item = await this.deps.storage.get(id);
      if (!due(item)) return undefined;
      const out = beforeSend(item);
      // The server must know the screening before it takes photos: a draft goes ahead of them.
      const sending =
        photosFirst && item.baseVersion === null ? { ...out.sending, submit: false } : out.sending;
      await this.deps.storage.put(out.item);
      return { item: out.item, sending };
    });
    if (started === undefined) return 'idle';
    this.changed();
    const answer = await this.deps.save(started.item, started.sending);
    await this.deps.lock(async () => {
      const current = await this.deps.storage.get(id);
      if (current === undefined) return;
      const next = afterAnswer(current, started.sending, answer, this.deps.now(), this.deps.random);
      const heldBack = answer.kind === 'ok' && started.sending.submit !== current.submit;
      // The draft went ahead of its photos: the submission itself is still to be sent.
      await this.deps.storage.put(
        heldBack && next.state === 'sent'
          ? { ...next, state: 'waiting', sentRevision: 0, nextAttemptAt: this.deps.now() }
          : next,
      );
    });
    this.changed();
    return answer.kind === 'offline' ? 'offline' : 'sent';
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
