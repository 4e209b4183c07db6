import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBody, ErrorSchema, HttpProblem, IssueSchema } from '../../plumbing/errors.js';
import { issue } from '@isee/domain';
import { principalOf, requireRole } from '../access/guard.js';
import type { Principal } from '../access/principal.js';
import { currentCycle } from './repository.js';
import {
  BatchBody,
  BatchResult,
  CertifyBody,
  Changes,
  ConfirmBody,
  CurrentCycle,
  Id,
  Progress,
  QueuePage,
  Refusal,
  ReturnBody,
  Saved,
  SaveBody,
  ScreeningView,
  Status,
  Uuid,
} from './schemas.js';
import {
  changesSince,
  progressOf,
  READER_ROLES,
  readScreening,
  review,
  saveScreening,
  scoreCycle,
  screeningQueue,
  type Outcome,
  type Refusal as RefusalValue,
  type ScreeningContext,
} from './service.js';

/** The HTTP status of a refusal, from its first issue's code; anything else is unprocessable. */
const STATUS_OF: Readonly<Record<string, number>> = {
  SCREENING_NOT_FOUND: 404,
  SCREENING_STUDENT_NOT_IN_CLASS: 404,
  SCREENING_CYCLE_NOT_FOUND: 404,
  HTTP_NOT_FOUND: 404,
  SCREENING_CONFLICT: 409,
  SCREENING_STUDENT_ALREADY_SCREENED: 409,
  SCREENING_TRANSITION_INVALID: 409,
  SCREENING_MOVED: 409,
  AUTH_PIN_WRONG: 403,
  AUTH_PIN_NOT_SET: 403,
  AUTH_LOCKED: 403,
  AUTH_FAILED: 403,
  SYNC_CURSOR_INVALID: 400,
};

export const statusOf = (refusal: RefusalValue): number =>
  STATUS_OF[refusal.issues[0]?.code ?? ''] ?? 422;

function answer<T>(reply: FastifyReply, outcome: Outcome<T>, success = 200): T {
  if (outcome.ok) {
    void reply.status(success);
    return outcome.value;
  }
  const status = statusOf(outcome);
  if (outcome.server === undefined) throw new HttpProblem(status, outcome.issues);
  // A conflict: the refusal and the server's version, for the phone's compare screen.
  void reply.status(status).send({ ...errorBody(status, outcome.issues), server: outcome.server });
  return undefined as never;
}

const refusals = {
  400: ErrorSchema,
  401: ErrorSchema,
  403: ErrorSchema,
  404: ErrorSchema,
  409: Refusal,
  422: ErrorSchema,
};

const IdParams = z.object({ id: Uuid });

/** Screening, review, scoring and offline sync (issue 4 items 4, 5 and 7). */
export const screeningRoutes =
  (ctx: ScreeningContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/cycles/current',
      {
        schema: {
          tags: ['screening'],
          description:
            'The cycle teachers screen for now, with its PMT model for the live preview.',
          response: { 200: CurrentCycle, ...refusals },
        },
        preHandler: requireRole(),
      },
      async () => {
        const cycle = await currentCycle(ctx.db);
        if (cycle === undefined)
          throw new HttpProblem(404, [
            issue('HTTP_NOT_FOUND', '', { path: '/api/cycles/current' }),
          ]);
        const [model] = await ctx.db.sql('select definition from pmt_model where id = $1', [
          cycle.pmtModelId,
        ]);
        const definition: unknown = model?.['definition'];
        return {
          id: cycle.id,
          semesterId: cycle.semesterId,
          formRevision: cycle.formRevision,
          pmtModelId: cycle.pmtModelId,
          pmtModel: typeof definition === 'string' ? JSON.parse(definition) : definition,
        };
      },
    );

    app.get(
      '/api/screenings',
      {
        schema: {
          tags: ['screening'],
          description: 'Screenings in your scope (review queues), in pages ordered by id.',
          querystring: z.object({
            cycleId: Id,
            schoolId: Id.optional(),
            status: z
              .string()
              .transform((s) => s.split(','))
              .pipe(z.array(Status))
              .optional(),
            after: Uuid.optional(),
            limit: z.coerce.number().int().min(1).max(500).default(100),
          }),
          response: { 200: QueuePage, ...refusals },
        },
        preHandler: requireRole(...READER_ROLES),
      },
      async (request) => {
        const q = request.query;
        const items = await screeningQueue(ctx, principalOf(request), {
          cycleId: q.cycleId,
          schoolId: q.schoolId,
          statuses: q.status,
          after: q.after,
          limit: q.limit,
        });
        return { items };
      },
    );

    app.get(
      '/api/screenings/:id',
      {
        schema: {
          tags: ['screening'],
          params: IdParams,
          response: { 200: ScreeningView, ...refusals },
        },
        preHandler: requireRole(...READER_ROLES),
      },
      async (request, reply) =>
        answer(reply, await readScreening(ctx, principalOf(request), request.params.id)),
    );

    app.put(
      '/api/screenings/:id',
      {
        schema: {
          tags: ['screening'],
          description:
            'Create, save or submit a screening under its client-made UUID. The same content again answers 200 with nothing written; other content on a version you did not edit (baseVersion) answers 409 with the server version.',
          params: IdParams,
          body: SaveBody,
          response: { 200: Saved, 201: Saved, ...refusals },
        },
        preHandler: requireRole('teacher'),
      },
      async (request, reply) => {
        const outcome = await saveScreening(
          ctx,
          principalOf(request),
          request.params.id,
          request.body,
        );
        return answer(reply, outcome, outcome.ok && outcome.value.created ? 201 : 200);
      },
    );

    app.post(
      '/api/screenings/:id/certification',
      {
        schema: {
          tags: ['screening'],
          description: 'The certifier signs: PIN re-entered, time and place kept.',
          params: IdParams,
          body: CertifyBody,
          response: { 200: ScreeningView, ...refusals },
        },
        preHandler: requireRole('certifier'),
      },
      async (request, reply) =>
        answer(
          reply,
          await review(ctx, principalOf(request), request.params.id, 'certify', request.body),
        ),
    );

    app.post(
      '/api/screenings/:id/confirmation',
      {
        schema: {
          tags: ['screening'],
          params: IdParams,
          body: ConfirmBody,
          response: { 200: ScreeningView, ...refusals },
        },
        preHandler: requireRole('school_admin'),
      },
      async (request, reply) =>
        answer(
          reply,
          await review(ctx, principalOf(request), request.params.id, 'confirm', request.body),
        ),
    );

    app.post(
      '/api/screenings/:id/return',
      {
        schema: {
          tags: ['screening'],
          description: 'Return for correction, with the reason the teacher will read.',
          params: IdParams,
          body: ReturnBody,
          response: { 200: ScreeningView, ...refusals },
        },
        preHandler: requireRole('certifier', 'school_admin'),
      },
      async (request, reply) =>
        answer(
          reply,
          await review(ctx, principalOf(request), request.params.id, 'return', request.body),
        ),
    );

    app.post(
      '/api/cycles/:cycleId/scoring',
      {
        schema: {
          tags: ['screening'],
          description: "Score every confirmed screening of the cycle with the cycle's PMT model.",
          params: z.object({ cycleId: Id }),
          response: {
            200: z.object({
              scored: z.number().int(),
              notScored: z
                .array(
                  z.object({
                    screeningId: z.string(),
                    issues: z.array(IssueSchema.readonly()).readonly(),
                  }),
                )
                .readonly(),
            }),
            ...refusals,
          },
        },
        preHandler: requireRole('programme_officer'),
      },
      async (request, reply) =>
        answer(reply, await scoreCycle(ctx, principalOf(request), request.params.cycleId)),
    );

    app.get(
      '/api/schools/:schoolId/progress',
      {
        schema: {
          tags: ['screening'],
          params: z.object({ schoolId: Id }),
          querystring: z.object({ cycleId: Id }),
          response: { 200: Progress, ...refusals },
        },
        preHandler: requireRole(...READER_ROLES),
      },
      async (request, reply) =>
        answer(
          reply,
          await progressOf(
            ctx,
            principalOf(request),
            request.query.cycleId,
            request.params.schoolId,
          ),
        ),
    );

    app.get(
      '/api/sync/changes',
      {
        schema: {
          tags: ['sync'],
          description:
            "Your classes' students and their screenings changed since the cursor (all without one). Keep the answer's cursor for the next call; forget students not in studentIds.",
          querystring: z.object({ cycleId: Id, cursor: z.string().max(4_000).optional() }),
          response: { 200: Changes, ...refusals },
        },
        preHandler: requireRole('teacher'),
      },
      async (request, reply) =>
        answer(
          reply,
          await changesSince(
            ctx,
            principalOf(request),
            request.query.cycleId,
            request.query.cursor,
          ),
        ),
    );

    app.post(
      '/api/sync/batch',
      {
        schema: {
          tags: ['sync'],
          description: `A day's work in one request (at most 100 items), answered item by item in order, each as its own request would be.`,
          body: BatchBody,
          response: { 200: z.object({ results: z.array(BatchResult) }), ...refusals },
        },
        preHandler: requireRole('teacher', 'certifier'),
      },
      async (request) => {
        const principal = principalOf(request);
        const results: Array<z.infer<typeof BatchResult>> = [];
        for (const item of request.body.items) results.push(await batchItem(ctx, principal, item));
        return { results };
      },
    );
  };

type Item = z.infer<typeof BatchBody>['items'][number];

async function batchItem(
  ctx: ScreeningContext,
  principal: Principal,
  item: Item,
): Promise<z.infer<typeof BatchResult>> {
  const mayAct = (role: 'teacher' | 'certifier') => principal.roles.some((g) => g.role === role);
  if (item.kind === 'screening') {
    if (!mayAct('teacher')) return forbidden(item, 'teacher');
    const { kind, id, ...input } = item;
    const outcome = await saveScreening(ctx, principal, id, input);
    if (!outcome.ok) return refused(item, outcome);
    const { created, changed, screening } = outcome.value;
    return { id, kind, status: created ? 201 : 200, created, changed, screening };
  }
  if (!mayAct('certifier')) return forbidden(item, 'certifier');
  const outcome = await review(ctx, principal, item.id, 'certify', item);
  if (!outcome.ok) return refused(item, outcome);
  const { id, status, version, householdId, incomePerPerson, updatedAt } = outcome.value;
  return {
    id: item.id,
    kind: item.kind,
    status: 200,
    screening: { id, status, version, householdId, incomePerPerson, updatedAt },
  };
}

function refused(item: Item, refusal: RefusalValue): z.infer<typeof BatchResult> {
  const status = statusOf(refusal);
  return {
    id: item.id,
    kind: item.kind,
    status,
    error: errorBody(status, refusal.issues).error,
    ...(refusal.server && { server: refusal.server }),
  };
}

function forbidden(item: Item, role: string): z.infer<typeof BatchResult> {
  return {
    id: item.id,
    kind: item.kind,
    status: 403,
    error: errorBody(403, [issue('AUTH_FORBIDDEN', 'kind', { roles: role })]).error,
  };
}
