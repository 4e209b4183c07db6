import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorSchema } from '../../plumbing/errors.js';
import {
  addRole,
  adminResetPassword,
  assignTeacherClasses,
  createUser,
  listUsers,
  removeRole,
  removeTotp,
  setUserActive,
} from './admin-service.js';
import type { UserRow } from './admin-repository.js';
import { principalOf, requireRole } from './guard.js';
import { PASSWORD_MAX, PASSWORD_MIN } from './policy.js';
import { scopeOf } from './principal.js';
import { answer, Id, refusals, RoleSchema, ScopeSchema } from './schemas.js';
import type { AccessContext } from './service.js';

const STATUS = {
  USER_NOT_FOUND: 404,
  USER_ROLE_NOT_FOUND: 404,
  TEACHER_NOT_FOUND: 404,
  USER_USERNAME_TAKEN: 409,
  USER_ROLE_DUPLICATE: 409,
  USER_SELF_LOCKOUT: 409,
  TEACHER_CLASS_NOT_SCHOOL_ADMIN: 403,
};

const Role = z.object({
  role: RoleSchema,
  schoolId: Id.optional(),
  provinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  districtCode: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  serviceAreaId: Id.optional(),
  affiliationCode: z.string().min(1).max(20).optional(),
});

const User = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  active: z.boolean(),
  lockedUntil: z.string().nullable(),
  hasTotp: z.boolean(),
  hasPin: z.boolean(),
  roles: z.array(
    z.object({
      id: z.number().int(),
      role: RoleSchema,
      /** null: the row's columns do not fit its role, so it grants nothing (principal.ts). */
      scope: ScopeSchema.nullable(),
    }),
  ),
});

const userOut = (user: UserRow): z.infer<typeof User> => ({
  ...user,
  roles: user.roles.map((a) => ({
    id: a.id,
    role: RoleSchema.parse(a.role),
    scope: scopeOf(a) ?? null,
  })),
});

const UserParams = z.object({ id: Id });
const Password = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX);
const errors = { 404: ErrorSchema, 409: ErrorSchema, 422: ErrorSchema, ...refusals };

/** Accounts and roles for system admins (SPEC §2); teachers' classes for their director. */
export const adminRoutes =
  (ctx: AccessContext): FastifyPluginAsyncZod =>
  async (app) => {
    const admin = { preHandler: requireRole('system_admin') };
    const tags = ['access'];

    app.get(
      '/api/admin/users',
      {
        ...admin,
        schema: {
          tags,
          description: 'Accounts in id order, a page at a time: pass `next` as `after`.',
          querystring: z.object({
            after: z.coerce.number().int().min(0).max(2_147_483_647).default(0),
            limit: z.coerce.number().int().min(1).max(200).default(50),
          }),
          response: {
            200: z.object({ users: z.array(User), next: z.number().int().nullable() }),
            ...refusals,
          },
        },
      },
      async (request) => {
        const page = await listUsers(ctx, request.query.after, request.query.limit);
        return { users: page.users.map(userOut), next: page.next };
      },
    );

    app.post(
      '/api/admin/users',
      {
        ...admin,
        schema: {
          tags,
          body: z.object({
            username: z
              .string()
              .trim()
              .regex(/^[A-Za-z0-9._@-]{3,100}$/),
            displayName: z.string().trim().min(1).max(200),
            password: Password,
            roles: z.array(Role).max(20),
          }),
          response: { 201: User, ...errors },
        },
      },
      async (request, reply) => {
        const user = answer(await createUser(ctx, principalOf(request), request.body), STATUS);
        return reply.status(201).send(userOut(user));
      },
    );

    app.post(
      '/api/admin/users/:id/roles',
      {
        ...admin,
        schema: { tags, params: UserParams, body: Role, response: { 201: User, ...errors } },
      },
      async (request, reply) => {
        const { id } = request.params;
        const user = answer(await addRole(ctx, principalOf(request), id, request.body), STATUS);
        return reply.status(201).send(userOut(user));
      },
    );

    app.delete(
      '/api/admin/users/:id/roles/:assignmentId',
      {
        ...admin,
        schema: {
          tags,
          params: z.object({ id: Id, assignmentId: Id }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        const { id, assignmentId } = request.params;
        answer(await removeRole(ctx, principalOf(request), id, assignmentId), STATUS);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/admin/users/:id/active',
      {
        ...admin,
        schema: {
          tags,
          description: 'Deactivating an account also ends its sessions.',
          params: UserParams,
          body: z.object({ active: z.boolean() }),
          response: { 200: User, ...errors },
        },
      },
      async (request) => {
        const { id } = request.params;
        const active = request.body.active;
        return userOut(answer(await setUserActive(ctx, principalOf(request), id, active), STATUS));
      },
    );

    app.post(
      '/api/admin/users/:id/password',
      {
        ...admin,
        schema: {
          tags,
          description: 'Sets a new password, lifts any lockout and ends the user’s sessions.',
          params: UserParams,
          body: z.object({ password: Password }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        const { password } = request.body;
        answer(await adminResetPassword(ctx, principalOf(request), id, password), STATUS);
        return reply.status(204).send(null);
      },
    );

    app.delete(
      '/api/admin/users/:id/totp',
      {
        ...admin,
        schema: { tags, params: UserParams, response: { 204: z.null(), ...errors } },
      },
      async (request, reply) => {
        answer(await removeTotp(ctx, principalOf(request), request.params.id), STATUS);
        return reply.status(204).send(null);
      },
    );

    app.put(
      '/api/schools/:schoolId/teachers/:userId/classes',
      {
        preHandler: requireRole('school_admin'),
        schema: {
          tags,
          description:
            'The director replaces a teacher’s classes of one semester; the teacher then sees those classes’ students.',
          params: z.object({ schoolId: Id, userId: Id }),
          body: z.object({
            semesterId: Id,
            classes: z
              .array(
                z.object({
                  grade: z.string().min(1).max(10),
                  room: z.string().trim().max(20).default(''),
                }),
              )
              .max(50),
          }),
          response: {
            200: z.object({
              semesterId: z.number().int(),
              classes: z.array(z.object({ grade: z.string(), room: z.string() })),
            }),
            ...errors,
          },
        },
      },
      async (request) => {
        const { schoolId, userId } = request.params;
        const { semesterId, classes } = request.body;
        const done = answer(
          await assignTeacherClasses(ctx, principalOf(request), {
            userId,
            schoolId,
            semesterId,
            classes,
          }),
          STATUS,
        );
        return { semesterId: done.semesterId, classes: [...done.classes] };
      },
    );
  };
