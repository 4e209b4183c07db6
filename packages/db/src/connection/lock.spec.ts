import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, LOCK_FILE, type DataDirLock } from './lock.js';

const held: DataDirLock[] = [];
afterEach(async () => {
  for (const lock of held.splice(0)) await lock.release();
});

const tempDir = () => mkdtemp(path.join(tmpdir(), 'isee-lock-'));

async function acquire(dir: string) {
  const lock = await acquireDataDirLock(dir);
  if (lock.ok) held.push(lock.value);
  return lock;
}

/** A pid that surely belonged to a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

const record = (pid: number, host = hostname()) =>
  `${JSON.stringify({ pid, hostname: host, startedAt: '2025-01-01T00:00:00.000Z', nonce: 'ab' })}\n`;

/** How the lock names a file in its claims: the digest of its exact bytes. */
const identityOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

describe('acquireDataDirLock', () => {
  it('creates the data directory and a lock naming this process, removed on release', async () => {
    const dir = path.join(await tempDir(), 'nested', 'data');
    const lock = await acquire(dir);
    expect(lock.ok).toBe(true);
    const content = JSON.parse(await readFile(path.join(dir, LOCK_FILE), 'utf8'));
    expect(content).toMatchObject({ pid: process.pid, hostname: hostname() });
    if (lock.ok) await lock.value.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a second holder of the same directory, with the holder in the message', async () => {
    const dir = await tempDir();
    expect((await acquire(dir)).ok).toBe(true);
    const second = await acquire(dir);
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.issues[0]?.code).toBe('DATA_DIR_LOCKED');
    expect(second.issues[0]?.message.en).toContain(`pid ${process.pid}`);
    expect(second.issues[0]?.message.th).toContain('กำลังถูกใช้');
  });

  it('gives one of two opens racing inside one process the lock, and refuses the other', async () => {
    const dir = await tempDir();
    const results = await Promise.all([acquire(dir), acquire(dir), acquire(dir)]);
    expect(results.map((r) => (r.ok ? 'ok' : r.issues[0]?.code)).sort()).toEqual([
      'DATA_DIR_LOCKED',
      'DATA_DIR_LOCKED',
      'ok',
    ]);
    const winner = results.find((r) => r.ok);
    const content = JSON.parse(await readFile(path.join(dir, LOCK_FILE), 'utf8'));
    expect(winner?.ok && content.nonce).toBe(
      winner?.ok && JSON.parse(await readFile(winner.value.file, 'utf8')).nonce,
    );
    expect(await readdir(dir)).toEqual([LOCK_FILE]);
  });

  it('keeps a damaged leftover (it may be a live rival still writing its file)', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, LOCK_FILE), record(deadPid()));
    await writeFile(path.join(dir, `${LOCK_FILE}.0123.tmp`), '{"pid": 4');
    expect((await acquire(dir)).ok).toBe(true);
    expect((await readdir(dir)).sort()).toEqual([LOCK_FILE, `${LOCK_FILE}.0123.tmp`]);
  });

  it('can be taken again once released', async () => {
    const dir = await tempDir();
    const first = await acquire(dir);
    if (first.ok) await first.value.release();
    expect((await acquire(dir)).ok).toBe(true);
  });

  it('takes over a stale lock whose process has ended, and sweeps the leftovers', async () => {
    const dir = await tempDir();
    const pid = deadPid();
    await writeFile(path.join(dir, LOCK_FILE), record(pid));
    await writeFile(path.join(dir, `${LOCK_FILE}.claim-0123`), record(pid));
    await writeFile(path.join(dir, `${LOCK_FILE}.ffff.tmp`), record(pid));
    expect((await acquire(dir)).ok).toBe(true);
    expect(await readdir(dir)).toEqual([LOCK_FILE]);
    const content = JSON.parse(await readFile(path.join(dir, LOCK_FILE), 'utf8'));
    expect(content.pid).toBe(process.pid);
  });

  it('takes over a damaged lock file (a live holder always writes whole files)', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, LOCK_FILE), '{"pid": 12');
    expect((await acquire(dir)).ok).toBe(true);
  });

  it('takes over a stale claim left by a process that died while taking over', async () => {
    const dir = await tempDir();
    const stale = record(deadPid());
    await writeFile(path.join(dir, LOCK_FILE), stale);
    await writeFile(path.join(dir, `${LOCK_FILE}.claim-${identityOf(stale)}`), record(deadPid()));
    expect((await acquire(dir)).ok).toBe(true);
    expect(await readdir(dir)).toEqual([LOCK_FILE]);
  });

  it('refuses while a live process (here: the test runner) claims the takeover', async () => {
    const dir = await tempDir();
    const stale = record(deadPid());
    await writeFile(path.join(dir, LOCK_FILE), stale);
    await writeFile(
      path.join(dir, `${LOCK_FILE}.claim-${identityOf(stale)}`),
      record(process.ppid),
    );
    const lock = await acquire(dir);
    expect(lock.ok ? 'ok' : lock.issues[0]?.code).toBe('DATA_DIR_LOCKED');
  });

  it('refuses a lock held on another host, whose process it cannot check', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, LOCK_FILE), record(deadPid(), 'another-host.example'));
    const lock = await acquire(dir);
    expect(lock.ok ? '' : lock.issues[0]?.message.en).toContain('another-host.example');
  });

  it('takes over a lock naming this pid when this process does not hold it (restarted container)', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, LOCK_FILE), record(process.pid));
    expect((await acquire(dir)).ok).toBe(true);
  });

  it('reports a data directory it cannot create', async () => {
    const file = path.join(await tempDir(), 'a-file');
    await writeFile(file, '');
    const lock = await acquire(path.join(file, 'data'));
    expect(lock.ok ? 'ok' : lock.issues[0]?.code).toBe('DATA_DIR_UNAVAILABLE');
  });
});
