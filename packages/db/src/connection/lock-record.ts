import { createHash, randomBytes } from 'node:crypto';
import { link, readFile, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';

/**
 * What a lock (or a claim on a stale lock) file says about its holder. Files are written whole to
 * a private temporary name and then linked or renamed into place, so a reader never sees half of one.
 */
export interface HolderRecord {
  readonly pid: number;
  readonly hostname: string;
  /** ISO-8601 instant the holder took the file. */
  readonly startedAt: string;
  /** Random, so two records never have the same text even for the same pid and instant. */
  readonly nonce: string;
}

/** A file as read: its parsed record (undefined when damaged) and the digest of its exact bytes. */
export interface ReadRecord {
  readonly record: HolderRecord | undefined;
  readonly identity: string;
}

export function newRecord(): HolderRecord {
  return {
    pid: process.pid,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
    nonce: randomBytes(8).toString('hex'),
  };
}

/** Writes the text to a fresh private file (exclusive create) and answers its path. */
export async function writeTemp(target: string, text: string, nonce: string): Promise<string> {
  const temp = `${target}.${nonce}.tmp`;
  await writeFile(temp, text, { flag: 'wx', mode: 0o644 });
  return temp;
}

/** Links the complete temporary file to target: true if target was free, false if it existed. */
export async function linkExclusive(temp: string, target: string): Promise<boolean> {
  try {
    await link(temp, target);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
}

function parseRecord(text: string): HolderRecord | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { pid, hostname: host, startedAt, nonce } = value as Record<string, unknown>;
    if (!Number.isSafeInteger(pid) || (pid as number) <= 0) return undefined;
    if (typeof host !== 'string' || typeof startedAt !== 'string' || typeof nonce !== 'string')
      return undefined;
    return { pid: pid as number, hostname: host, startedAt, nonce };
  } catch {
    return undefined;
  }
}

/** The file's record and identity, or undefined when it does not exist (any more). */
export async function readRecord(file: string): Promise<ReadRecord | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
  const identity = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  return { record: parseRecord(bytes.toString('utf8')), identity };
}

/**
 * Whether the holder may still be running. Only a holder on this host can be proven gone: its pid
 * no longer exists (ESRCH), or it names our own pid but is not one of `ours` (a restarted container
 * often gets the same pid). A damaged record cannot belong to a live holder, who always writes
 * whole files. Start times are not compared: clocks jump after boot.
 */
export function mayBeAlive(record: HolderRecord | undefined, ours: boolean): boolean {
  if (record === undefined) return false;
  if (record.hostname !== hostname()) return true;
  if (record.pid === process.pid) return ours;
  try {
    process.kill(record.pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) !== 'ESRCH';
  }
}

export async function unlinkQuietly(file: string): Promise<void> {
  try {
    await unlink(file);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}
