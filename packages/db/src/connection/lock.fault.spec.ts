import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChild, TS_NODE_ARGS } from '../testing/ts-child.js';
import { LOCK_FILE } from './lock.js';

/**
 * Fault tests with real processes: what one test process cannot show (a crash, a rival process).
 * The child opens the embedded database as the app will and reports like the CLI: exit 0, or the
 * issues on stderr and exit 2.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const CHILD = `
import { acquireDataDirLock } from ${JSON.stringify(path.join(here, 'lock.ts'))};
import { migrateDatabase } from ${JSON.stringify(path.join(here, 'migrate.ts'))};
import { openPglite } from ${JSON.stringify(path.join(here, 'open.ts'))};
const [mode, dir] = process.argv.slice(2);
const fatal = (result) => {
  for (const i of result.issues) console.error(i.code + ': ' + i.message.th + ' / ' + i.message.en);
  process.exit(2);
};
if (mode === 'lock') {
  const lock = await acquireDataDirLock(dir);
  if (!lock.ok) fatal(lock);
  console.log('locked');
  setTimeout(() => process.exit(0), 1500);
} else if (mode === 'lock-two') {
  for (const d of [dir, dir + '-b']) {
    const lock = await acquireDataDirLock(d);
    if (!lock.ok) fatal(lock);
  }
  console.log('ready');
  setInterval(() => {}, 1000);
} else {
  const db = await openPglite(dir);
  if (!db.ok) fatal(db);
  const migrated = await migrateDatabase(db.value);
  if (!migrated.ok) fatal(migrated);
  const [row] = await db.value.sql('select count(*) as n from affiliation');
  console.log('ready ' + row.n);
  if (mode === 'hold') setInterval(() => {}, 1000);
  else await db.value.close();
}
`;

let script: string;
let dir: string;
const children: ReturnType<typeof spawn>[] = [];

beforeAll(async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'isee-fault-'));
  script = path.join(root, 'child.mjs');
  dir = path.join(root, 'data');
  await writeFile(script, CHILD);
});
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Starts a child that opens the database and keeps it open; resolves once it is ready. */
async function startHolder(mode = 'hold', on = dir) {
  const child = spawn(process.execPath, [...TS_NODE_ARGS, script, mode, on], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => out.includes('ready') && resolve());
    child.on('exit', (code) => reject(new Error(`holder exited ${code}: ${err}`)));
  });
  return child;
}

describe('the data-directory lock across processes', () => {
  it('refuses a second process on the same directory: non-zero exit, Thai and English message', async () => {
    const holder = await startHolder();
    const second = await runChild(script, ['open', dir]);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('DATA_DIR_LOCKED');
    expect(second.stderr).toContain(`pid ${holder.pid}`);
    expect(second.stderr).toContain('กำลังถูกใช้');
    holder.kill('SIGTERM');
    await once(holder, 'exit');
  });

  it('releases the lock when the holder is stopped by SIGTERM', async () => {
    const holder = await startHolder();
    holder.kill('SIGTERM');
    const [, signal] = await once(holder, 'exit');
    expect(signal).toBe('SIGTERM');
    await expect(readFile(path.join(dir, LOCK_FILE))).rejects.toThrow(/ENOENT/);
  });

  it('releases every lock a process holds on SIGTERM, and still dies of it', async () => {
    const twoDir = `${dir}-two`;
    const holder = await startHolder('lock-two', twoDir);
    holder.kill('SIGTERM');
    const [, signal] = await once(holder, 'exit');
    expect(signal).toBe('SIGTERM');
    for (const d of [twoDir, `${twoDir}-b`])
      await expect(readFile(path.join(d, LOCK_FILE))).rejects.toThrow(/ENOENT/);
  });

  it('recovers the stale lock of a SIGKILLed holder, and the database opens intact', async () => {
    const holder = await startHolder();
    holder.kill('SIGKILL');
    await once(holder, 'exit');
    const stale = JSON.parse(await readFile(path.join(dir, LOCK_FILE), 'utf8'));
    expect(stale.pid).toBe(holder.pid);
    const next = await runChild(script, ['open', dir]);
    expect(next.stderr).toBe('');
    expect(next.code).toBe(0);
    expect(next.stdout).toMatch(/^ready \d+/);
  });

  it('lets exactly one of several processes racing for a stale lock take it over', async () => {
    const raceDir = `${dir}-race`;
    await mkdir(raceDir);
    const stale = { pid: 999_999_999, hostname: hostname(), startedAt: '2025-01-01', nonce: 'x' };
    await writeFile(path.join(raceDir, LOCK_FILE), `${JSON.stringify(stale)}\n`);
    const results = await Promise.all(
      Array.from({ length: 6 }, () => runChild(script, ['lock', raceDir])),
    );
    expect(results.filter((r) => r.code === 0)).toHaveLength(1);
    expect(
      results.filter((r) => r.code === 2 && r.stderr.includes('DATA_DIR_LOCKED')),
    ).toHaveLength(5);
  });
});
