import { readFileSync, unlinkSync } from 'node:fs';
import { mkdir, readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fail, issue, ok, type Issue, type Result } from '@isee/domain';
import { reasonOf } from './reason.js';
import {
  linkExclusive,
  mayBeAlive,
  newRecord,
  readRecord,
  unlinkQuietly,
  writeTemp,
  type HolderRecord,
} from './lock-record.js';

/**
 * PGlite does not lock its data directory, and two processes on one directory corrupt it, so the
 * app holds `${dataDir}/isee.lock` while the database is open.
 *
 * Taking a free lock is one atomic link() of a complete file. Taking over a stale lock (holder gone)
 * must not race with another process doing the same, so the right to replace it is first won by
 * creating `isee.lock.claim-<digest of the stale file>` exclusively: only the winner re-reads the lock
 * and, if it is still that stale file, renames its own file over it (the lock never disappears, so
 * no third process slips in). A claimant that died mid-way is claimed over in turn the same way.
 */
export const LOCK_FILE = 'isee.lock';

export interface DataDirLock {
  readonly file: string;
  /** Removes the lock if it is still ours; safe to call twice. */
  release(): Promise<void>;
}

const MAX_ATTEMPTS = 50;
const RETRY_MS = 20;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Lock files held by this process and the record in each: a second open here is refused too. */
const heldHere = new Map<string, { readonly text: string; readonly nonce: string }>();
/**
 * Nonces of this process's records, held or still being acquired: a record naming our pid is alive
 * only if it is one of these, so two opens racing inside one process cannot take each other's lock.
 */
const ownNonces = new Set<string>();

const alive = (record: HolderRecord | undefined): boolean =>
  mayBeAlive(record, record !== undefined && ownNonces.has(record.nonce));

type Claim =
  | { readonly won: true; readonly files: readonly string[] }
  | { readonly won: false; readonly busy: boolean };

/** Wins the right to replace the stale file with this identity, or says someone alive is at it. */
async function claim(lockFile: string, identity: string, temp: string): Promise<Claim> {
  const claimFile = `${lockFile}.claim-${identity}`;
  if (await linkExclusive(temp, claimFile)) return { won: true, files: [claimFile] };
  const claimant = await readRecord(claimFile);
  if (claimant === undefined) return { won: false, busy: false };
  if (alive(claimant.record)) return { won: false, busy: true };
  const deeper = await claim(lockFile, claimant.identity, temp);
  return deeper.won ? { won: true, files: [...deeper.files, claimFile] } : deeper;
}

/** Replaces the stale lock with ours if we win the claim and it is still the same file. */
async function takeOver(lockFile: string, staleIdentity: string, temp: string): Promise<Claim> {
  const won = await claim(lockFile, staleIdentity, temp);
  if (!won.won) return won;
  try {
    const current = await readRecord(lockFile);
    if (current?.identity !== staleIdentity) return { won: false, busy: false };
    await rename(temp, lockFile);
    return won;
  } finally {
    for (const file of won.files) await unlinkQuietly(file);
  }
}

/**
 * Leftovers of processes that died while acquiring (temporary files, claims); never a live one's.
 * A damaged leftover is kept: it may be a live process's temporary file still being written.
 */
async function sweepLeftovers(dataDir: string): Promise<void> {
  for (const name of await readdir(dataDir)) {
    if (!name.startsWith(`${LOCK_FILE}.`)) continue;
    const file = path.join(dataDir, name);
    const record = (await readRecord(file))?.record;
    if (record !== undefined && !alive(record)) await unlinkQuietly(file);
  }
}

function locked(dir: string, holder: HolderRecord | undefined): Issue {
  return issue('DATA_DIR_LOCKED', '', {
    dir,
    pid: holder?.pid ?? '?',
    host: holder?.hostname ?? '?',
    since: holder?.startedAt ?? '?',
  });
}

/** The data directory (or a file in it: the lock, the key) cannot be used; the variable to fix is the path. */
export function dataDirUnavailable(dir: string, error: unknown): Issue {
  return issue('DATA_DIR_UNAVAILABLE', 'ISEE_DATA_DIR', { dir, reason: reasonOf(error) });
}

/** Removes every lock this process holds whose file is still ours; synchronous, for the exit event. */
function releaseAll(): void {
  for (const file of [...heldHere.keys()]) releaseNow(file);
}

function releaseNow(lockFile: string): void {
  const held = heldHere.get(lockFile);
  if (held === undefined) return;
  heldHere.delete(lockFile);
  ownNonces.delete(held.nonce);
  if (heldHere.size === 0) {
    process.off('exit', releaseAll);
    for (const signal of SIGNALS) process.off(signal, onSignal);
  }
  try {
    if (readFileSync(lockFile, 'utf8') === held.text) unlinkSync(lockFile);
  } catch {
    // already gone: nothing to release
  }
}

/**
 * A fatal signal with no other listener would now be ignored (listening disables the default), so
 * release and die by the same signal. With another listener, that one owns shutdown and closes the
 * database, which releases the lock. One listener serves every lock held here.
 */
function onSignal(signal: NodeJS.Signals): void {
  if (process.listenerCount(signal) > 1) return;
  releaseAll();
  process.kill(process.pid, signal);
}

/** Holds the lock from now on: released by release(), at exit, and on a fatal signal. */
function hold(lockFile: string, text: string, nonce: string): DataDirLock {
  if (heldHere.size === 0) {
    process.on('exit', releaseAll);
    for (const signal of SIGNALS) process.on(signal, onSignal);
  }
  heldHere.set(lockFile, { text, nonce });
  return { file: lockFile, release: async () => releaseNow(lockFile) };
}

/** Takes the data directory's lock, taking over a stale one; refused while a live process holds it. */
export async function acquireDataDirLock(dataDir: string): Promise<Result<DataDirLock>> {
  const lockFile = path.join(dataDir, LOCK_FILE);
  if (heldHere.has(lockFile)) return fail([locked(dataDir, (await readRecord(lockFile))?.record)]);
  const record = newRecord();
  const text = `${JSON.stringify(record)}\n`;
  let temp: string;
  try {
    await mkdir(dataDir, { recursive: true });
    temp = await writeTemp(lockFile, text, record.nonce);
  } catch (error) {
    return fail([dataDirUnavailable(dataDir, error)]);
  }
  ownNonces.add(record.nonce);
  try {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (await linkExclusive(temp, lockFile)) return ok(hold(lockFile, text, record.nonce));
      const current = await readRecord(lockFile);
      if (current === undefined) continue;
      if (alive(current.record)) return fail([locked(dataDir, current.record)]);
      const outcome = await takeOver(lockFile, current.identity, temp);
      if (outcome.won) {
        const lock = hold(lockFile, text, record.nonce);
        // Leftovers are only clutter: failing to remove them must not give up a lock just won.
        await sweepLeftovers(dataDir).catch(() => undefined);
        return ok(lock);
      }
      if (outcome.busy) await sleep(RETRY_MS);
    }
    return fail([locked(dataDir, (await readRecord(lockFile))?.record)]);
  } catch (error) {
    return fail([dataDirUnavailable(dataDir, error)]);
  } finally {
    if (heldHere.get(lockFile)?.nonce !== record.nonce) ownNonces.delete(record.nonce);
    await unlinkQuietly(temp);
  }
}
