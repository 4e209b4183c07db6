import type { FastifyInstance } from 'fastify';
import { SESSION_SWEEP_MS } from './policy.js';
import { sweepSessions, type AccessContext } from './service.js';

/**
 * Deletes expired sessions when the application is ready, then every 10 minutes (policy.ts). The
 * timer is unref'd, so it never keeps a stopping process alive, and cleared on close. A failed
 * sweep is logged and tried again next time: an expired session opens nothing, swept or not.
 */
export function scheduleSessionSweep(app: FastifyInstance, ctx: AccessContext): void {
  const sweep = (): Promise<void> =>
    sweepSessions(ctx).then(
      (deleted) => {
        if (deleted > 0) app.log.info({ deleted }, 'expired sessions deleted');
      },
      (error: unknown) => app.log.warn({ err: error }, 'deleting expired sessions failed'),
    );
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    await sweep();
    timer = setInterval(() => void sweep(), SESSION_SWEEP_MS).unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}
