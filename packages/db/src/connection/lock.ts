import { readFileSync, unlinkSync } from 'node:fs';
import { mkdir, readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fail, issue, ok, type Issue, type Result } from '@isee/domain';
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

/** Lock files held by this process: a second open of the same directory here is refused too. */
const heldHere = new Set<string>();

type Claim =
  | { readonly won: true; readonly files: readonly string[] }
  | { readonly won: false; readonly busy: boolean };

/** Wins the right to replace the stale file with this identity, or says someone alive is at it. */
async function claim(lockFile: string, identity: string, temp: string): Promise<Claim> {
  const claimFile = `${lockFile}.claim-${identity}`;
  if (await linkExclusive(temp, claimFile)) return { won: true, files: [claimFile] };
  const claimant = await readRecord(claimFile);
  if (claimant === undefined) return { won: false, busy: false };
  if (mayBeAlive(claimant.record, false)) return { won: false, busy: true };
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

/** Leftovers of processes that died while acquiring (temporary files, claims); never a live one's. */
async function sweepLeftovers(dataDir: string): Promise<void> {
  for (const name of await readdir(dataDir)) {
    if (!name.startsWith(`${LOCK_FILE}.`)) continue;
    const file = path.join(dataDir, name);
    const leftover = await readRecord(file);
    if (leftover !== undefined && !mayBeAlive(leftover.record, false)) await unlinkQuietly(file);
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

function unavailable(dir: string, error: unknown): Issue {
  return issue('DATA_DIR_UNAVAILABLE', '', {
    dir,
    reason: error instanceof Error ? error.message : String(error),
  });
}

/** Holds the lock from now on: released by release(), at exit, and on a fatal signal. */
function hold(lockFile: string, text: string): DataDirLock {
  heldHere.add(lockFile);
  const releaseNow = (): void => {
    if (!heldHere.delete(lockFile)) return;
    process.off('exit', releaseNow);
    for (const signal of SIGNALS) process.off(signal, onSignal);
    try {
      if (readFileSync(lockFile, 'utf8') === text) unlinkSync(lockFile);
    } catch {
      // already gone: nothing to release
    }
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    // Another handler owns shutdown and will close the database (which releases the lock).
    if (process.listenerCount(signal) > 1) return;
    releaseNow();
    process.kill(process.pid, signal);
  };
  process.on('exit', releaseNow);
  for (const signal of SIGNALS) process.on(signal, onSignal);
  return { file: lockFile, release: async () => releaseNow() };
}

/** Takes the data directory's lock, taking over a stale one; refused while a live process holds it. */
export async function acquireDataDirLock(dataDir: string): Promise<Result<DataDirLock>> {
  const lockFile = path.join(dataDir, LOCK_FILE);
  const record = newRecord();
  const text = `${JSON.stringify(record)}\n`;
  if (heldHere.has(lockFile)) return fail([locked(dataDir, (await readRecord(lockFile))?.record)]);
  let temp: string;
  try {
    await mkdir(dataDir, { recursive: true });
    temp = await writeTemp(lockFile, text, record.nonce);
  } catch (error) {
    return fail([unavailable(dataDir, error)]);
  }
  try {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (await linkExclusive(temp, lockFile)) return ok(hold(lockFile, text));
      const current = await readRecord(lockFile);
      if (current === undefined) continue;
      if (mayBeAlive(current.record, false)) return fail([locked(dataDir, current.record)]);
      const outcome = await takeOver(lockFile, current.identity, temp);
      if (outcome.won) {
        await sweepLeftovers(dataDir);
        return ok(hold(lockFile, text));
      }
      if (outcome.busy) await sleep(RETRY_MS);
    }
    return fail([locked(dataDir, (await readRecord(lockFile))?.record)]);
  } catch (error) {
    return fail([unavailable(dataDir, error)]);
  } finally {
    await unlinkQuietly(temp);
  }
}
