import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorSchema, HttpProblem } from '../../plumbing/errors.js';
import { adminRoutes } from './admin-routes.js';
import { confirmTotpEnrolment, startTotpEnrolment } from './enrolment.js';
import { LOGIN_PATH, principalOf, requireRole } from './guard.js';
import { PASSWORD_MAX, SESSION_ABSOLUTE_MS, SESSION_COOKIE } from './policy.js';
import type { Principal } from './principal.js';
import { answer, Me, refusals } from './schemas.js';
import { csrfTokenOf } from './secrets.js';
import { login, logout, setSigningPin, type AccessContext } from './service.js';

const me = (principal: Principal, csrfToken: string): z.infer<typeof Me> => ({
  user: { id: principal.userId, username: principal.username, displayName: principal.displayName },
  roles: principal.roles.map((grant) => ({ role: grant.role, scope: grant.scope })),
  csrfToken,
});

/** Re-entering a credential: wrong or locked is 403 (the session stays; the request is refused). */
const CREDENTIAL_STATUS = {
  AUTH_FAILED: 401,
  AUTH_LOCKED: 403,
  AUTH_PASSWORD_WRONG: 403,
};

const credentialRefusals = { ...refusals, 422: ErrorSchema };
const Password = z.string().min(1).max(PASSWORD_MAX);

/** Login, logout, who am I, and the caller's own signing PIN and authenticator app. */
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
            password: Password,
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

    app.put(
      '/api/auth/me/pin',
      {
        schema: {
          tags: ['access'],
          description:
            'Sets the signing PIN a certifier re-enters to sign: 6 digits, confirmed by the password.',
          body: z.object({ password: Password, pin: z.string().max(64) }),
          response: { 204: z.null(), ...credentialRefusals },
        },
        preHandler: requireRole(),
      },
      async (request, reply) => {
        answer(
          await setSigningPin(ctx, principalOf(request).userId, request.body),
          CREDENTIAL_STATUS,
        );
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/auth/me/totp',
      {
        schema: {
          tags: ['access'],
          description:
            'Starts enrolling an authenticator app: a new secret, its otpauth:// URI and a token to confirm with; nothing is stored yet.',
          body: z.object({ password: Password }),
          response: {
            200: z.object({
              secret: z.string(),
              otpauthUri: z.string(),
              enrolmentToken: z.string(),
            }),
            ...credentialRefusals,
          },
        },
        preHandler: requireRole(),
      },
      async (request) =>
        answer(
          await startTotpEnrolment(ctx, principalOf(request).userId, request.body.password),
          CREDENTIAL_STATUS,
        ),
    );

    app.post(
      '/api/auth/me/totp/confirm',
      {
        schema: {
          tags: ['access'],
          description:
            'Confirms the enrolment with a first code from the app; from now on, logins need a code.',
          body: z.object({
            enrolmentToken: z.string().min(1).max(1000),
            code: z.string().max(10),
          }),
          response: { 204: z.null(), ...credentialRefusals },
        },
        preHandler: requireRole(),
      },
      async (request, reply) => {
        answer(
          await confirmTotpEnrolment(ctx, principalOf(request).userId, request.body),
          CREDENTIAL_STATUS,
        );
        return reply.status(204).send(null);
      },
    );

    await app.register(adminRoutes(ctx));
  };
