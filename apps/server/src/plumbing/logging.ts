import { randomUUID } from 'node:crypto';
import { fail, issue, ok, type Result } from '@isee/domain';
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifyServerOptions,
  RawRequestDefaultExpression,
} from 'fastify';

/**
 * Structured logs: one JSON object a line (pino, Fastify's logger), each request's lines tagged with
 * its id. What a request carries is never logged: no body, no query string, no header but through
 * the serializers below; cookies, credentials and the CSRF token are redacted should anything log
 * the headers all the same. Times are ISO text, not epoch milliseconds, so a 13-digit number in a
 * log line is always worth a look (a national ID has 13 digits).
 */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
/** Quiet by default: warnings and errors only; LOG_LEVEL=info adds a line per request. */
export const DEFAULT_LOG_LEVEL = 'warn';
export const REQUEST_ID_HEADER = 'x-request-id';

export type LoggerOptions = Exclude<FastifyServerOptions['logger'], boolean | undefined>;

const REDACTED = [
  'req.headers.cookie',
  'req.headers.authorization',
  `req.headers["x-csrf-token"]`,
  'res.headers["set-cookie"]',
];

/** The request as a log line shows it: the route's pattern (`/api/users/:id`), not the URL. */
const requestForLog = (request: FastifyRequest) => ({
  method: request.method,
  route: request.routeOptions.url ?? '(no route)',
  reqId: request.id,
});

const replyForLog = (reply: Pick<FastifyReply, 'statusCode'>) => ({
  statusCode: reply.statusCode,
});

/** Whole milliseconds: Fastify's float (46.8590549999999) would put a run of 13 digits in a line. */
const roundResponseTime = (entry: Record<string, unknown>): Record<string, unknown> =>
  typeof entry['responseTime'] === 'number'
    ? { ...entry, responseTime: Math.round(entry['responseTime']) }
    : entry;

/** Fastify's logger options from the environment (LOG_LEVEL), or why LOG_LEVEL is refused. */
export function loggerOptions(
  env: Readonly<Record<string, string | undefined>>,
): Result<LoggerOptions> {
  const level = env['LOG_LEVEL']?.trim() || DEFAULT_LOG_LEVEL;
  if (!(LOG_LEVELS as readonly string[]).includes(level))
    return fail([
      issue('CONFIG_LOG_LEVEL', 'LOG_LEVEL', { value: level, levels: LOG_LEVELS.join(', ') }),
    ]);
  return ok({
    level,
    redact: { paths: REDACTED, censor: '[redacted]' },
    serializers: { req: requestForLog, res: replyForLog },
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    formatters: { log: roundResponseTime },
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A request's id: the caller's X-Request-ID when it is a UUID (a proxy's or the phone's, so one id
 * follows a request across systems), else a new one. requestIdHeader stays off: Fastify would take
 * the header's value unchecked, and a free-text id would put what the caller likes into every line.
 */
export const requestIdOptions = {
  requestIdHeader: false,
  genReqId: (raw: RawRequestDefaultExpression): string => {
    const given = raw.headers[REQUEST_ID_HEADER];
    return typeof given === 'string' && UUID.test(given) ? given.toLowerCase() : randomUUID();
  },
} as const satisfies FastifyServerOptions;

/** Every answer names its request id, so a user's report can be matched to the log lines. */
export function echoRequestId(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
  });
}
