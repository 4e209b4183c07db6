import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { issue } from '@isee/domain';
import { ErrorSchema, HttpProblem } from '../../plumbing/errors.js';
import type { Database } from '../../plumbing/database.js';
import { databaseReachable } from './repository.js';

/** Liveness (the process answers) and readiness (the database answers too). */
export const healthRoutes =
  (db: Database): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/health',
      { schema: { tags: ['health'], response: { 200: z.object({ status: z.literal('ok') }) } } },
      async () => ({ status: 'ok' as const }),
    );
    app.get(
      '/api/ready',
      {
        schema: {
          tags: ['health'],
          response: {
            200: z.object({ status: z.literal('ready'), database: z.string() }),
            503: ErrorSchema,
          },
        },
      },
      async () => {
        if (await databaseReachable(db)) return { status: 'ready' as const, database: db.kind };
        throw new HttpProblem(503, [issue('HTTP_NOT_READY', '')]);
      },
    );
  };
