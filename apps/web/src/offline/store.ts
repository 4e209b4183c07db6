import { isEditable, type Lang, type ScreeningStatus } from '@isee/domain';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Changes, Cycle, Session, SyncedStudent } from '../api.js';
import type { DraftForm } from '../form/wizard.js';

export type { Cycle, Grant, Session } from '../api.js';

export const hasRole = (session: Session, ...roles: readonly string[]): boolean =>
  session.roles.some((g) => roles.includes(g.role));

/** A student of the teacher's classes, kept as GET /api/sync/changes answers it. */
export type StudentRow = SyncedStudent;

/** A screening being filled in on this phone, named by its own UUID so a resend is harmless. */
export interface Draft {
  readonly studentId: number;
  readonly id: string;
  readonly cycleId: number;
  /** The server's version this draft was started from; null for a screening the server has not seen. */
  readonly baseVersion: string | null;
  readonly form: DraftForm;
  readonly step: number;
  readonly savedAt: string;
  /** When the teacher pressed "submit" on this phone; the outbox sends it when it can. */
  readonly submittedAt?: string;
}

interface Meta {
  session: Session;
  cycle: Cycle;
  cursor: string;
  syncedAt: string;
  lang: Lang;
}

/** What the phone may upload as evidence: the form's photos, and the guardian's signature. */
export type EvidenceKind = 'outside' | 'inside' | 'school_sign' | 'signature';

/** A photo (or signature) taken on this phone, kept here until the server has all of it. */
export interface LocalPhoto {
  /** The upload's UUID: it becomes the photo's id on the server and the form's `ref`. */
  readonly id: string;
  readonly screeningId: string;
  readonly studentId: number;
  readonly kind: EvidenceKind;
  readonly source: 'teacher_visit' | 'sent_by_student';
  /** Already compressed on the phone (JPEG; PNG for a signature). */
  readonly blob: Blob;
  readonly mime: string;
  readonly width: number;
  readonly height: number;
  readonly capturedAt: string;
  readonly place?: { readonly lat: number; readonly lon: number; readonly accuracyM?: number };
  /** Bytes the server has confirmed; equal to the blob's size once the upload is complete. */
  readonly uploaded: number;
  readonly done: boolean;
}

/** One entry of the outbox (offline/outbox.ts defines what it holds). */
export interface StoredOutboxItem {
  readonly id: string;
}

interface FieldDb extends DBSchema {
  meta: { key: keyof Meta; value: Meta[keyof Meta] };
  students: { key: number; value: StudentRow };
  drafts: { key: number; value: Draft };
  outbox: { key: string; value: StoredOutboxItem };
  photos: { key: string; value: LocalPhoto; indexes: { byScreening: string } };
}

const NAME = 'isee-field';
let opened: Promise<IDBPDatabase<FieldDb>> | undefined;

/** Everything the app needs offline lives here; the service worker caches only the app shell. */
function db(): Promise<IDBPDatabase<FieldDb>> {
  opened ??= openDB<FieldDb>(NAME, 2, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        database.createObjectStore('meta');
        database.createObjectStore('students', { keyPath: 'studentId' });
        database.createObjectStore('drafts', { keyPath: 'studentId' });
      }
      if (oldVersion < 2) {
        database.createObjectStore('outbox', { keyPath: 'id' });
        const photos = database.createObjectStore('photos', { keyPath: 'id' });
        photos.createIndex('byScreening', 'screeningId');
      }
    },
  });
  return opened;
}

export async function readMeta<K extends keyof Meta>(key: K): Promise<Meta[K] | undefined> {
  return (await (await db()).get('meta', key)) as Meta[K] | undefined;
}

export async function writeMeta<K extends keyof Meta>(key: K, value: Meta[K]): Promise<void> {
  await (await db()).put('meta', value, key);
}

/** Signing out forgets the session and the class lists; drafts not yet sent stay on the phone. */
export async function forgetSession(): Promise<void> {
  const database = await db();
  const tx = database.transaction(['meta', 'students'], 'readwrite');
  await Promise.all([
    tx.objectStore('meta').delete('session'),
    tx.objectStore('meta').delete('cursor'),
    tx.objectStore('meta').delete('syncedAt'),
    tx.objectStore('students').clear(),
    tx.done,
  ]);
}

export async function allStudents(): Promise<StudentRow[]> {
  return (await db()).getAll('students');
}

export async function student(id: number): Promise<StudentRow | undefined> {
  return (await db()).get('students', id);
}

/**
 * Applies one delta-sync answer in one transaction: changed students replaced, students no longer in
 * the classes forgotten, and the cursor kept only together with the rows it describes.
 */
export async function applyChanges(
  changes: Pick<Changes, 'cursor' | 'studentIds' | 'students'>,
): Promise<void> {
  const database = await db();
  const tx = database.transaction(['students', 'meta'], 'readwrite');
  const students = tx.objectStore('students');
  const keep = new Set(changes.studentIds);
  const known = await students.getAllKeys();
  await Promise.all([
    ...known.filter((id) => !keep.has(id)).map((id) => students.delete(id)),
    ...changes.students.map((row) => students.put(row)),
    tx.objectStore('meta').put(changes.cursor, 'cursor'),
    tx.objectStore('meta').put(new Date().toISOString(), 'syncedAt'),
    tx.done,
  ]);
}

export async function draftOf(studentId: number): Promise<Draft | undefined> {
  return (await db()).get('drafts', studentId);
}

export async function allDrafts(): Promise<Draft[]> {
  return (await db()).getAll('drafts');
}

export async function saveDraft(draft: Draft): Promise<void> {
  await (await db()).put('drafts', draft);
}

export async function savePhoto(photo: LocalPhoto): Promise<void> {
  await (await db()).put('photos', photo);
}

export async function photo(id: string): Promise<LocalPhoto | undefined> {
  return (await db()).get('photos', id);
}

export async function photosOf(screeningId: string): Promise<LocalPhoto[]> {
  return (await db()).getAllFromIndex('photos', 'byScreening', screeningId);
}

export async function deletePhoto(id: string): Promise<void> {
  await (await db()).delete('photos', id);
}

export async function deleteDraft(studentId: number): Promise<void> {
  await (await db()).delete('drafts', studentId);
}

/** The outbox's own storage; only offline/outbox.ts reads and writes it. */
export const outboxStorage = {
  async all(): Promise<StoredOutboxItem[]> {
    return (await db()).getAll('outbox');
  },
  async get(id: string): Promise<StoredOutboxItem | undefined> {
    return (await db()).get('outbox', id);
  },
  async put(item: StoredOutboxItem): Promise<void> {
    await (await db()).put('outbox', item);
  },
  async delete(id: string): Promise<void> {
    await (await db()).delete('outbox', id);
  },
};

/**
 * Frees the phone of screenings the reviewers have taken past the teacher's reach (certified and
 * later): their uploaded photos, the sent outbox item and the submitted draft. Cheap phones have
 * little storage, and these copies can no longer change. What never reached the server is kept.
 */
export async function forgetSettled(rows: readonly StudentRow[]): Promise<void> {
  const settled = rows.filter((r) => r.screening !== undefined && isSettled(r.screening.status));
  if (settled.length === 0) return;
  const database = await db();
  const tx = database.transaction(['photos', 'outbox', 'drafts'], 'readwrite');
  const work: Promise<unknown>[] = [];
  for (const row of settled) {
    const id = row.screening?.id ?? '';
    work.push(
      tx
        .objectStore('photos')
        .index('byScreening')
        .getAll(id)
        .then((photos) =>
          Promise.all(
            photos.filter((p) => p.done).map((p) => tx.objectStore('photos').delete(p.id)),
          ),
        ),
      tx
        .objectStore('outbox')
        .get(id)
        .then((item) =>
          (item as { state?: string } | undefined)?.state === 'sent'
            ? tx.objectStore('outbox').delete(id)
            : undefined,
        ),
      tx
        .objectStore('drafts')
        .get(row.studentId)
        .then((draft) =>
          draft?.id === id && draft.submittedAt !== undefined
            ? tx.objectStore('drafts').delete(row.studentId)
            : undefined,
        ),
    );
  }
  await Promise.all([...work, tx.done]);
}

/** Past the teacher and past return: certified, confirmed, scored (domain workflow statuses). */
const isSettled = (status: ScreeningStatus): boolean =>
  !isEditable(status) && status !== 'submitted';
