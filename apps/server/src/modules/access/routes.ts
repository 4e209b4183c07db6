import { schema } from '@isee/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { issue } from '@isee/domain';
import { ErrorSchema, HttpProblem } from '../../plumbing/errors.js';
import { LOGIN_PATH, principalOf, requireRole } from './guard.js';
import { PASSWORD_MAX, PASSWORD_MIN, SESSION_ABSOLUTE_MS, SESSION_COOKIE } from './policy.js';
import type { Principal } from './principal.js';
import { csrfTokenOf } from './secrets.js';
import { adminResetPassword, login, logout, type AccessContext } from './service.js';

const Scope = z.object({
  kind: z.enum(['school', 'area', 'affiliation', 'national', 'none']),
  schoolId: z.number().int().optional(),
  provinceCode: z.string().optional(),
  districtCode: z.string().optional(),
  serviceAreaId: z.number().int().optional(),
  affiliationCode: z.string().optional(),
  deidentified: z.boolean().optional(),
});

const Me = z.object({
  user: z.object({ id: z.number().int(), username: z.string(), displayName: z.string() }),
  roles: z.array(z.object({ role: z.enum(schema.ROLES), scope: Scope })),
  csrfToken: z.string(),
});

const me = (principal: Principal, csrfToken: string): z.infer<typeof Me> => ({
  user: { id: principal.userId, username: principal.username, displayName: principal.displayName },
  roles: principal.roles.map((grant) => ({ role: grant.role, scope: grant.scope })),
  csrfToken,
});

const refusals = { 401: ErrorSchema, 403: ErrorSchema };

/** Login, logout, who am I, and the admin's password reset. */
export const accessRoutes =
  (ctx: AccessContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      LOGIN_PATH,
      {
        schema: {
          tags: ['access'],
          body: z.object({
            username: z.string().trim().min(1).max(100),
            password: z.string().min(1).max(PASSWORD_MAX),
            totp: z.string().max(10).optional(),
          }),
          response: { 200: Me, ...refusals },
        },
      },
      async (request, reply) => {
        const result = await login(ctx, request.body);
        if (!result.ok) throw new HttpProblem(401, result.issues);
        const { principal, sessionToken, csrfToken } = result.value;
        // Lax, not Strict: a teacher opening a link to iSEE from LINE or e-mail arrives logged in;
        // cross-site POSTs still carry no cookie, and every unsafe request needs the CSRF token too.
        void reply.setCookie(SESSION_COOKIE, sessionToken, {
          httpOnly: true,
          sameSite: 'lax',
          secure: request.protocol === 'https',
          path: '/',
          maxAge: SESSION_ABSOLUTE_MS / 1000,
        });
        return me(principal, csrfToken);
      },
    );

    app.post(
      '/api/auth/logout',
      {
        schema: { tags: ['access'], response: { 204: z.null(), ...refusals } },
        preHandler: requireRole(),
      },
      async (request, reply) => {
        await logout(ctx, request.cookies[SESSION_COOKIE] ?? '');
        void reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/auth/me',
      {
        schema: { tags: ['access'], response: { 200: Me, ...refusals } },
        preHandler: requireRole(),
      },
      async (request) =>
        me(principalOf(request), csrfTokenOf(request.cookies[SESSION_COOKIE] ?? '')),
    );

    app.post(
      '/api/admin/users/:id/password',
      {
        schema: {
          tags: ['access'],
          params: z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) }),
          body: z.object({ password: z.string().min(PASSWORD_MIN).max(PASSWORD_MAX) }),
          response: { 204: z.null(), 404: ErrorSchema, ...refusals },
        },
        preHandler: requireRole('system_admin'),
      },
      async (request, reply) => {
        const { id } = request.params;
        if (!(await adminResetPassword(ctx, principalOf(request), id, request.body.password)))
          throw new HttpProblem(404, [issue('HTTP_NOT_FOUND', 'params.id', { path: request.url })]);
        return reply.status(204).send(null);
      },
    );
  };
