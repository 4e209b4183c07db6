import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deriveIdKeys, type IdKeys } from '@isee/db';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppFiles, type AppOptions } from '../app.js';
import { uploadArea } from '../modules/evidence/uploads.js';
import { localBlobStore } from '../plumbing/storage.js';

/** The keys tests encrypt with: fixed, so a test can compute the hash it expects. */
export const TEST_ID_KEYS: IdKeys = deriveIdKeys(new Uint8Array(32).fill(7));

/** Files in a fresh temporary directory; `remove` deletes it. */
export async function testFiles(): Promise<AppFiles & { readonly remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'isee-server-'));
  return {
    store: localBlobStore(join(dir, 'files')),
    uploads: uploadArea(join(dir, 'uploads')),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** The application on a test database, with test keys and its own file directory, removed on close. */
export async function testApp(
  options: Omit<AppOptions, 'idKeys' | 'files'> & Partial<Pick<AppOptions, 'idKeys'>>,
): Promise<FastifyInstance> {
  const files = await testFiles();
  const app = await buildApp({ idKeys: TEST_ID_KEYS, files, ...options });
  app.addHook('onClose', files.remove);
  return app;
}
