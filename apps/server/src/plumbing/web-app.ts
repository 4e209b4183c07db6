import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { issue } from '@isee/domain';
import { HttpProblem } from './errors.js';

/** Vite names every built asset by its content hash, so a browser may keep it forever. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html, the service worker and the manifest must be checked each time, or updates never arrive. */
const REVALIDATE = 'no-cache';

/** Whether a directory holds a built field app (`npm run build -w apps/web`). */
export const isWebApp = (root: string): boolean => existsSync(join(root, 'index.html'));

/**
 * Serves the field app at `/`: its files, and index.html for any other page address so a reload on
 * `/anything` still opens the app. `/api/…` keeps answering the API's own 404.
 */
export async function serveWebApp(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    cacheControl: false,
    setHeaders: (res, path) => {
      res.setHeader('cache-control', path.includes('/assets/') ? IMMUTABLE : REVALIDATE);
    },
  });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path === '/api' || path.startsWith('/api/'))
      throw new HttpProblem(404, [issue('HTTP_NOT_FOUND', '', { path })]);
    return reply.header('cache-control', REVALIDATE).sendFile('index.html');
  });
}
