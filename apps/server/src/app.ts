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
import { accessContext, type AccessOptions } from './modules/access/service.js';
import { dashboardRoutes } from './modules/dashboard/routes.js';
import { healthRoutes } from './modules/health/routes.js';
import type { Database } from './plumbing/database.js';
import { installErrorHandler } from './plumbing/errors.js';

export interface AppOptions {
  readonly db: Database;
  readonly logger?: FastifyServerOptions['logger'];
  /** The clock and TOTP secret reader of sessions (tests inject them). */
  readonly access?: AccessOptions;
}

/** The HTTP application: plumbing first, then one plugin per capability (STYLE.md). */
export async function buildApp({
  db,
  logger = false,
  access: accessOptions,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();
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
  const access = accessContext(db, accessOptions);
  await installAccess(app, access);
  await app.register(accessRoutes(access));
  await app.register(healthRoutes(db));
  await app.register(dashboardRoutes(db));
  return app;
}
