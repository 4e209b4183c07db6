import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startBuiltServer, type RunningServer } from './testing/server-process.js';

/**
 * docs/API.md's walk-through, run as a user would: the built server on a fresh embedded database
 * (`npm start` without the build), then docs/api-walkthrough.sh against it with curl.
 */
const SCRIPT = join(ROOT, 'docs/api-walkthrough.sh');

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
  let server: RunningServer;

  beforeAll(async () => {
    server = await startBuiltServer();
  }, 120_000);
  afterAll(() => server.stop());

  it('walks a household from draft to scored with the demo accounts', async () => {
    const walk = await run('bash', [SCRIPT], { ISEE_URL: server.url });
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
