import type { Lang, ScreeningStatus } from '@isee/domain';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { DraftForm } from '../form/wizard.js';

export interface Session {
  readonly user: { readonly id: number; readonly username: string; readonly displayName: string };
  readonly roles: readonly { readonly role: string }[];
  readonly csrfToken: string;
}

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
}

interface Meta {
  session: Session;
  cycle: Cycle;
  cursor: string;
  syncedAt: string;
  lang: Lang;
}

interface FieldDb extends DBSchema {
  meta: { key: keyof Meta; value: Meta[keyof Meta] };
  students: { key: number; value: StudentRow };
  drafts: { key: number; value: Draft };
}

const NAME = 'isee-field';
let opened: Promise<IDBPDatabase<FieldDb>> | undefined;

/** Everything the app needs offline lives here; the service worker caches only the app shell. */
function db(): Promise<IDBPDatabase<FieldDb>> {
  opened ??= openDB<FieldDb>(NAME, 1, {
    upgrade(database) {
      database.createObjectStore('meta');
      database.createObjectStore('students', { keyPath: 'studentId' });
      database.createObjectStore('drafts', { keyPath: 'studentId' });
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
