import type { FastifyInstance } from 'fastify';
import type { UploadArea } from './uploads.js';

export const SWEEP_EVERY_MS = 86_400_000;

/**
 * Removes abandoned uploads when the application is ready, then daily. The timer is unref'd, so it
 * never keeps a stopping process alive, and cleared on close. A failed sweep is logged and retried
 * the next day: leftover partial files cost disk space, never correctness.
 */
export function scheduleUploadSweep(app: FastifyInstance, uploads: UploadArea): void {
  const sweep = (): Promise<void> =>
    uploads.sweep(new Date()).then(
      (removed) => {
        if (removed > 0) app.log.info({ removed }, 'abandoned uploads removed');
      },
      (error: unknown) => app.log.warn({ err: error }, 'sweeping abandoned uploads failed'),
    );
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    await sweep();
    timer = setInterval(() => void sweep(), SWEEP_EVERY_MS).unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}
