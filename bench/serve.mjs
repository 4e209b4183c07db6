// The server side of the HTTP benches, in a worker thread: it gets an event loop of its own, so the
// load generator on the main thread is not measured as part of the server. workerData.kind 'app' is
// the real application on workerData.databaseUrl, wired as apps/server/src/main.ts wires it; 'bare'
// is Fastify with one PUT /bare/:id route and nothing else (no database, no plugins), the ceiling.
// Posts { port } once listening on 127.0.0.1; closes everything on the message 'close'.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import Fastify from 'fastify';
import { buildApp } from '../apps/server/dist/app.js';
import { uploadArea } from '../apps/server/dist/modules/evidence/uploads.js';
import { localBlobStore } from '../apps/server/dist/plumbing/storage.js';
import { openPostgres } from '../packages/db/dist/connection/open.js';
import { BENCH_ID_KEYS } from './http.mjs';
import { unwrap } from './lib.mjs';

async function realApp(databaseUrl) {
  const db = unwrap(await openPostgres(databaseUrl));
  const dir = await mkdtemp(join(tmpdir(), 'isee-bench-files-'));
  const app = await buildApp({
    db,
    idKeys: BENCH_ID_KEYS,
    files: {
      store: localBlobStore(join(dir, 'files')),
      uploads: uploadArea(join(dir, 'uploads')),
    },
    logger: false,
  });
  app.addHook('onClose', async () => {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  });
  return app;
}

function bareApp() {
  const app = Fastify({ logger: false });
  // Fastify's own JSON parser reads the body, as the real route's does before zod checks it.
  app.put('/bare/:id', async (request, reply) =>
    reply.status(201).send({ id: request.params.id, created: true }),
  );
  return app;
}

const app = workerData.kind === 'app' ? await realApp(workerData.databaseUrl) : bareApp();
await app.listen({ host: '127.0.0.1', port: 0 });
parentPort.once('message', async () => {
  await app.close();
  parentPort.close();
});
parentPort.postMessage({ port: app.server.address().port });
