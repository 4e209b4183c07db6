import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock } from '../connection/lock.js';

/** The built command, as a user runs it (`npm test` builds before testing). */
const BIN = fileURLToPath(new URL('../../bin/isee.mjs', import.meta.url));

function isee(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env['PATH'] ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

const dirs: string[] = [];
async function dataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'isee-cli-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('the isee command', () => {
  it('lists its commands', async () => {
    const { code, out } = await isee(['--help'], {});
    expect(code).toBe(0);
    expect(out).toMatch(/db[\s\S]*stats/);
  });

  it('creates, migrates and counts an embedded database in a fresh data directory', async () => {
    const { code, out } = await isee(['stats'], { ISEE_DATA_DIR: await dataDir() });
    expect(code).toBe(0);
    expect(out).toMatch(/^school\s+0$/m);
  }, 60_000);

  it('exits 3 with a clear message while another process holds the data directory', async () => {
    const dir = await dataDir();
    const lock = await acquireDataDirLock(dir);
    if (!lock.ok) throw new Error('test could not take the lock');
    try {
      const { code, err } = await isee(['stats'], { ISEE_DATA_DIR: dir });
      expect(code).toBe(3);
      expect(err).toContain('DATA_DIR_LOCKED');
      expect(err).toContain(String(process.pid));
    } finally {
      await lock.value.release();
    }
  }, 60_000);

  it('exits 2 on a bad configuration or an unknown command', async () => {
    expect((await isee(['stats'], { DATABASE_URL: 'mysql://x' })).code).toBe(2);
    expect((await isee(['bogus'], {})).code).toBe(2);
  });
});
