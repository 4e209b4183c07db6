import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { issue } from '@isee/domain';
import { HttpProblem } from '../../plumbing/errors.js';
import { CSRF_HEADER, SESSION_COOKIE } from './policy.js';
import { hasRole, type Principal, type Role } from './principal.js';
import { csrfMatches, resumeSession, type AccessContext, type SessionState } from './service.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller's live session, or null for an anonymous request. */
    access: SessionState | null;
  }
}

export const LOGIN_PATH = '/api/auth/login';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Installs sessions on the root instance (not in a plugin), so every module's routes see
 * `request.access`. A cookie with no live session is ignored: the request is anonymous. An unsafe
 * request with a live session must carry the session's CSRF token, except login itself.
 */
export async function installAccess(app: FastifyInstance, ctx: AccessContext): Promise<void> {
  await app.register(cookie);
  app.decorateRequest('access', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token === undefined || token === '') return;
    const state = await resumeSession(ctx, token);
    if (state === undefined) return;
    const unsafe = UNSAFE.has(request.method) && request.routeOptions.url !== LOGIN_PATH;
    const header = request.headers[CSRF_HEADER];
    if (unsafe && !csrfMatches(state, typeof header === 'string' ? header : undefined))
      throw new HttpProblem(403, [issue('AUTH_CSRF', `headers.${CSRF_HEADER}`)]);
    request.access = state;
  });
}

/** The caller, or 401: for handlers behind requireRole. */
export function principalOf(request: FastifyRequest): Principal {
  const principal = request.access?.principal;
  if (principal === undefined) throw new HttpProblem(401, [issue('AUTH_REQUIRED', '')]);
  return principal;
}

/**
 * A route's preHandler: 401 without a session, 403 unless the caller holds one of the roles (any
 * role when none is named). What the caller may see is decided by the repositories (scopeFilter).
 */
export const requireRole =
  (...roles: Role[]): preHandlerAsyncHookHandler =>
  async (request) => {
    const principal = principalOf(request);
    if (roles.length > 0 && !hasRole(principal, roles))
      throw new HttpProblem(403, [issue('AUTH_FORBIDDEN', '', { roles: roles.join(', ') })]);
  };
