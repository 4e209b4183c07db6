import { describeEachEngine } from '@isee/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../testing/app.js';
import { createUser, TEST_PASSWORD } from '../testing/users.js';
import { loggerOptions, type LoggerOptions } from './logging.js';

const options = (env: Record<string, string>): LoggerOptions => {
  const result = loggerOptions(env);
  if (!result.ok) throw new Error(result.issues[0]?.code);
  return result.value;
};

describe('logger options', () => {
  it('logs warnings and errors by default, and the level LOG_LEVEL names', () => {
    expect(options({}).level).toBe('warn');
    expect(options({ LOG_LEVEL: ' info ' }).level).toBe('info');
  });

  it('refuses a level pino does not know, naming the ones it does', () => {
    const result = loggerOptions({ LOG_LEVEL: 'verbose' });
    expect(result.ok ? undefined : result.issues[0]).toMatchObject({
      code: 'CONFIG_LOG_LEVEL',
      path: 'LOG_LEVEL',
      params: { value: 'verbose', levels: 'fatal, error, warn, info, debug, trace, silent' },
    });
  });
});

describeEachEngine('request logs', (engine) => {
  // A national ID typed as a username, as people do: it must reach no log line.
  const NATIONAL_ID = '1101700203450';
  const lines: string[] = [];
  let app: FastifyInstance;

  beforeAll(async () => {
    await createUser(engine.handle(), { username: NATIONAL_ID, roles: [{ role: 'analyst' }] });
    app = await testApp({
      db: engine.handle(),
      logger: { ...options({ LOG_LEVEL: 'info' }), stream: { write: (line) => lines.push(line) } },
    });
  });
  afterAll(() => app.close());

  const logged = (reqId: string) =>
    lines.map((line) => JSON.parse(line)).filter((entry) => entry.reqId === reqId);

  it('tags a login’s lines with the caller’s request id and keeps out password, cookie and IDs', async () => {
    const reqId = '0b7e3c1a-5d2f-4e8a-9c6b-1f2e3d4c5b6a';
    const oldCookie = 'isee_session=an-old-session-token-value';
    const response = await app.inject({
      method: 'POST',
      url: `/api/auth/login?nationalId=${NATIONAL_ID}`,
      headers: { 'x-request-id': reqId.toUpperCase(), cookie: oldCookie },
      payload: { username: NATIONAL_ID, password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-request-id']).toBe(reqId);
    const mine = logged(reqId);
    expect(mine.map((entry) => entry.msg)).toEqual(['incoming request', 'request completed']);
    expect(mine[0].req).toEqual({ method: 'POST', route: '/api/auth/login', reqId });
    expect(mine[1].res).toEqual({ statusCode: 200 });

    const text = lines.join('');
    const token = response.cookies.find((c) => c.name === 'isee_session')?.value ?? '';
    expect(token).not.toBe('');
    for (const secret of [TEST_PASSWORD, token, 'an-old-session-token-value'])
      expect(text).not.toContain(secret);
    expect(text).not.toMatch(/(?<!\d)\d{13}(?!\d)/);
  });

  it('makes up a UUID when the caller sends none or something else, and answers with it', async () => {
    for (const headers of [{}, { 'x-request-id': 'free text; DROP TABLE' }]) {
      const response = await app.inject({ url: '/api/health', headers });
      const reqId = String(response.headers['x-request-id']);
      expect(reqId).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(logged(reqId)).toHaveLength(2);
    }
    expect(lines.join('')).not.toContain('DROP TABLE');
  });
});
