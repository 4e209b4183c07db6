import { schema } from '@isee/db';
import type { Result } from '@isee/domain';
import { z } from 'zod';
import { ErrorSchema, HttpProblem } from '../../plumbing/errors.js';

/** The zod schemas and refusal statuses the access routes share. */

export const ScopeSchema = z.object({
  kind: z.enum(['school', 'area', 'affiliation', 'national', 'none']),
  schoolId: z.number().int().optional(),
  provinceCode: z.string().optional(),
  districtCode: z.string().optional(),
  serviceAreaId: z.number().int().optional(),
  affiliationCode: z.string().optional(),
  deidentified: z.boolean().optional(),
});

export const RoleSchema = z.enum(schema.ROLES);

/** Who is signed in, with their roles and the CSRF token: the sign-in and GET /api/auth/me answer. */
export const Me = z.object({
  user: z.object({ id: z.number().int(), username: z.string(), displayName: z.string() }),
  roles: z.array(z.object({ role: RoleSchema, scope: ScopeSchema })),
  csrfToken: z.string(),
});

export const Id = z.coerce.number().int().positive().max(2_147_483_647);

export const refusals = { 401: ErrorSchema, 403: ErrorSchema };

/**
 * The value of a service's answer, or the refusal thrown as an HTTP problem whose status is that
 * of its first issue's code (422 for any code not listed: the request was understood, not accepted).
 */
export function answer<T>(result: Result<T>, statuses: Readonly<Record<string, number>>): T {
  if (result.ok) return result.value;
  throw new HttpProblem(statuses[result.issues[0]?.code ?? ''] ?? 422, result.issues);
}
