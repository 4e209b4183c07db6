import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { installAccess } from './modules/access/guard.js';
import { accessRoutes } from './modules/access/routes.js';
import { scheduleSessionSweep } from './modules/access/sweep.js';
import { accessContext, verifySigningPin, type AccessOptions } from './modules/access/service.js';
import type { IdKeys } from '@isee/db';
import { dashboardRoutes } from './modules/dashboard/routes.js';
import { healthRoutes } from './modules/health/routes.js';
import { screeningRoutes } from './modules/screening/routes.js';
import { evidenceRoutes } from './modules/evidence/routes.js';
import { scheduleUploadSweep } from './modules/evidence/sweep.js';
import type { UploadArea } from './modules/evidence/uploads.js';
import type { Database } from './plumbing/database.js';
import { frameworkErrors, installErrorHandler } from './plumbing/errors.js';
import { echoRequestId, requestIdOptions } from './plumbing/logging.js';
import type { BlobStore } from './plumbing/storage.js';
import { serveWebApp } from './plumbing/web-app.js';

/** Where evidence photos are kept (content-addressed) and where partial uploads wait. */
export interface AppFiles {
  readonly store: BlobStore;
  readonly uploads: UploadArea;
}

export interface AppOptions {
  readonly db: Database;
  /** Encrypt and hash the national IDs a form carries (the keys of @isee/db's crypto). */
  readonly idKeys: IdKeys;
  readonly files: AppFiles;
  /** The built field app (apps/web/dist), served at `/` when given. */
  readonly webRoot?: string;
  readonly logger?: FastifyServerOptions['logger'];
  /** The clock and TOTP secret reader of sessions (tests inject them). */
  readonly access?: AccessOptions;
}

/** The HTTP application: plumbing first, then one plugin per capability (STYLE.md). */
export async function buildApp({
  db,
  idKeys,
  files,
  webRoot,
  logger = false,
  access: accessOptions,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    frameworkErrors,
    ...requestIdOptions,
  }).withTypeProvider<ZodTypeProvider>();
  echoRequestId(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'iSEE API',
        description: 'ทุนเสมอภาค — screening, grants, conditions, tracking and equity dashboards',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  // The viewer's assets ship inside the package: /api/docs works offline, with no CDN.
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  // Before every module, so each route sees request.access and unsafe requests are CSRF-checked.
  const access = accessContext(db, idKeys, accessOptions);
  await installAccess(app, access);
  scheduleSessionSweep(app, access);
  await app.register(accessRoutes(access));
  await app.register(healthRoutes(db));
  await app.register(dashboardRoutes(db));
  await app.register(
    screeningRoutes({
      db,
      idKeys,
      verifyPin: (userId, pin) => verifySigningPin(access, userId, pin),
    }),
  );
  await app.register(evidenceRoutes({ db, ...files }));
  scheduleUploadSweep(app, files.uploads);
  if (webRoot !== undefined) await serveWebApp(app, webRoot);
  return app;
}
