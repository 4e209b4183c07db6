import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../plumbing/database.js';
import { nationCounts } from './repository.js';

const Counts = z.object({
  provinces: z.number().int(),
  schools: z.number().int(),
  students: z.number().int(),
  screenings: z.number().int(),
  poor: z.number().int(),
  extremelyPoor: z.number().int(),
});

/** Public headline counts; no personal data (the dashboards of issue 6 build on this module). */
export const dashboardRoutes =
  (db: Database): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/stats',
      { schema: { tags: ['dashboard'], response: { 200: Counts } } },
      async () => nationCounts(db),
    );
  };
