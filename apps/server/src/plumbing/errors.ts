import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { issue, joinPath, type Issue } from '@isee/domain';

/** The body of every refusal: the domain's issues, each with code, field path, Thai and English text. */
export interface ErrorBody {
  readonly error: { readonly status: number; readonly issues: readonly Issue[] };
}

/** An issue as a zod schema: refusals and review flags alike. */
export const IssueSchema = z.object({
  code: z.string(),
  path: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.object({ th: z.string(), en: z.string() }),
});

/** The same shape as a zod schema, for the OpenAPI document. */
export const ErrorSchema = z.object({
  error: z.object({ status: z.number().int(), issues: z.array(IssueSchema.readonly()).readonly() }),
});

export const errorBody = (status: number, issues: readonly Issue[]): ErrorBody => ({
  error: { status, issues },
});

/** A refusal a route throws: the error handler answers with its status and issues. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly issues: readonly Issue[],
  ) {
    super(issues.map((i) => i.code).join(', '));
  }
}

/** `body.members.0.age` from Fastify's part of the request and the validator's JSON pointer. */
const fieldPath = (context: string | undefined, pointer: string): string =>
  joinPath(context ?? '', ...pointer.split('/').filter((part) => part !== ''));

/** Turns refusals, schema failures and unexpected errors into the same shape; unexpected ones are logged, not shown. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => {
    // The path only: a query string may carry what should not be echoed (tokens, IDs).
    const path = request.url.split('?')[0] ?? '';
    void reply.status(404).send(errorBody(404, [issue('HTTP_NOT_FOUND', '', { path })]));
  });
  app.setErrorHandler((error: FastifyError | HttpProblem, request, reply) => {
    if (error instanceof HttpProblem)
      return reply.status(error.status).send(errorBody(error.status, error.issues));
    if (error.validation) {
      const issues = error.validation.map((v) =>
        issue('HTTP_INVALID_REQUEST', fieldPath(error.validationContext, v.instancePath), {
          detail: v.message ?? '',
        }),
      );
      return reply.status(400).send(errorBody(400, issues));
    }
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 500
        ? error.statusCode
        : 500;
    if (status === 500) request.log.error({ err: error }, 'unexpected error');
    const code = status === 500 ? 'HTTP_INTERNAL' : 'HTTP_BAD_REQUEST';
    return reply.status(status).send(errorBody(status, [issue(code, '')]));
  });
}

/**
 * Fastify's own refusals before routing (a path parameter past maxParamLength, a URL that does not
 * decode): the same error shape as every other refusal, without echoing the URL.
 */
export function frameworkErrors(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const [status, code] =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? ([414, 'HTTP_URI_TOO_LONG'] as const)
      : ([400, 'HTTP_BAD_REQUEST'] as const);
  void reply.status(status).send(errorBody(status, [issue(code, '')]));
}
