import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root, for tests that run what a user runs. */
export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export interface RunningServer {
  readonly url: string;
  /** Stops the server and removes its data directory. */
  stop(): Promise<void>;
  /**
   * Kills the server without warning (as a crash or a power cut would) and starts it again on the
   * same port and data directory; `whileDown` runs in between.
   */
  restart(whileDown?: () => Promise<void>): Promise<void>;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/**
 * `npm start` without the build: the built server on a fresh embedded database in a temporary data
 * directory (so with the demo data) and a free port, answered once it says it is running.
 */
export async function startBuiltServer(): Promise<RunningServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'isee-run-'));
  const port = await freePort();
  let server = await spawnServer(port, dataDir);
  const exited = (): Promise<unknown> =>
    server.exitCode !== null || server.signalCode !== null
      ? Promise.resolve()
      : new Promise((resolve) => server.once('exit', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      const gone = exited();
      server.kill('SIGTERM');
      await gone;
      await rm(dataDir, { recursive: true, force: true });
    },
    async restart(whileDown) {
      const gone = exited();
      server.kill('SIGKILL');
      await gone;
      await whileDown?.();
      server = await spawnServer(port, dataDir);
    },
  };
}

/** The built server on a port and data directory, once it says it is running. */
async function spawnServer(port: number, dataDir: string): Promise<ChildProcess> {
  const server: ChildProcess = spawn(process.execPath, [join(ROOT, 'apps/server/dist/main.js')], {
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
  return server;
}
