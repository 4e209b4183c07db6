import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * docs/API.md's walk-through, run as a user would: the built server on a fresh embedded database
 * (`npm start` without the build), then docs/api-walkthrough.sh against it with curl.
 */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MAIN = join(ROOT, 'apps/server/dist/main.js');
const SCRIPT = join(ROOT, 'docs/api-walkthrough.sh');

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

function run(
  command: string,
  args: readonly string[],
  env: Record<string, string>,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('the curl walk-through of docs/API.md', () => {
  let dataDir: string;
  let server: ChildProcess;
  let url: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'isee-walk-'));
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [MAIN], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'] ?? '', PORT: String(port), ISEE_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let printed = '';
    await new Promise<void>((resolve, reject) => {
      server.stdout?.on('data', (d: Buffer) => {
        printed += d.toString();
        if (printed.includes('iSEE is running')) resolve();
      });
      server.stderr?.on('data', (d: Buffer) => (printed += d.toString()));
      server.once('exit', (code) => reject(new Error(`server exited ${code}: ${printed}`)));
    });
  }, 120_000);

  afterAll(async () => {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    await rm(dataDir, { recursive: true, force: true });
  });

  it('walks a household from draft to scored with the demo accounts', async () => {
    const walk = await run('bash', [SCRIPT], { ISEE_URL: url });
    expect(walk.err).toBe('');
    expect(walk.code).toBe(0);
    const lines = walk.out.trim().split('\n');
    expect(lines).toContain('submitted');
    expect(lines).toContain('certified');
    expect(lines).toContain('confirmed');
    expect(lines.at(-1)).toBe('scored');
    expect(JSON.parse(lines.at(-2) ?? '{}')).toMatchObject({ score: expect.any(Number) });
  }, 60_000);

  it('is the walk docs/API.md shows, command for command', async () => {
    const doc = await readFile(join(ROOT, 'docs/API.md'), 'utf8');
    const script = await readFile(SCRIPT, 'utf8');
    const commands = script
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'));
    for (const command of commands) expect(doc).toContain(command);
  });
});
