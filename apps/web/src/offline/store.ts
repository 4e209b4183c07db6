import type { Lang, ScreeningStatus } from '@isee/domain';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { DraftForm } from '../form/wizard.js';

/** A role and where it applies, as GET /api/auth/me and the sign-in answer give them. */
export interface Grant {
  readonly role: string;
  readonly scope: { readonly kind: string; readonly schoolId?: number };
}

export interface Session {
  readonly user: { readonly id: number; readonly username: string; readonly displayName: string };
  readonly roles: readonly Grant[];
  readonly csrfToken: string;
}

export const hasRole = (session: Session, ...roles: readonly string[]): boolean =>
  session.roles.some((g) => roles.includes(g.role));

export interface Cycle {
  readonly id: number;
  readonly formRevision: string;
  readonly pmtModelId: string;
  readonly pmtModel: unknown;
}

/** A student of the teacher's classes as GET /api/sync/changes answers it. */
export interface StudentRow {
  readonly studentId: number;
  readonly firstName: string;
  readonly lastName: string;
  readonly sex: string | null;
  readonly birthDate: string | null;
  readonly grade: string;
  readonly room: string;
  readonly candidate: boolean;
  readonly schoolId: number;
  /** The school's PMT region, which the live preview scores with. */
  readonly region?: string;
  readonly screening?: {
    readonly id: string;
    readonly status: ScreeningStatus;
    readonly version: string;
    readonly updatedAt: string;
    readonly form?: unknown;
  };
}

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
export async function applyChanges(changes: {
  readonly cursor: string;
  readonly studentIds: readonly number[];
  readonly students: readonly StudentRow[];
}): Promise<void> {
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
