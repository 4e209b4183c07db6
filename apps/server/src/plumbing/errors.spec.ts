import { issue } from '@isee/domain';
import { openMemoryDatabase, type DatabaseHandle } from '@isee/db';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { testApp } from '../testing/app.js';
import { HttpProblem, installErrorHandler } from './errors.js';

/** A bare app with the error handler and a few routes that fail in each way a route can. */
function probeApp(): FastifyInstance {
  const app = Fastify({ logger: false });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  app.post(
    '/probe/:grade',
    {
      schema: {
        params: z.object({ grade: z.enum(['P1', 'P2']) }),
        body: z.object({ members: z.array(z.object({ age: z.number().int().min(0) })) }),
      },
    },
    async () => ({ ok: true }),
  );
  app.get('/probe/refused', async () => {
    throw new HttpProblem(409, [issue('SEED_NOT_EMPTY', 'school')]);
  });
  app.get('/probe/crash', async () => {
    throw new Error('connection to 10.0.0.5 refused; national_id 1101700203450');
  });
  app.get('/probe/client-error', async () => {
    throw Object.assign(new Error('internal parser detail'), { statusCode: 413 });
  });
  return app;
}

describe('the HTTP error shape', () => {
  const app = probeApp();
  afterAll(() => app.close());

  it('names the field path of each schema failure, with Thai and English text', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/probe/P1',
      payload: { members: [{ age: 3 }, { age: -1 }] },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.status).toBe(400);
    expect(body.error.issues.map((i: { path: string }) => i.path)).toEqual(['body.members.1.age']);
    expect(body.error.issues[0]).toMatchObject({
      code: 'HTTP_INVALID_REQUEST',
      message: { th: expect.stringContaining('คำขอ'), en: expect.stringContaining('Invalid') },
    });
  });

  it('names the part of the request when the whole part is wrong, with no trailing dot', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/probe/M9',
      payload: { members: [] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues.map((i: { path: string }) => i.path)).toEqual([
      'params.grade',
    ]);
    const missing = await app.inject({ method: 'POST', url: '/probe/P2', payload: {} });
    expect(missing.json().error.issues.map((i: { path: string }) => i.path)).toEqual([
      'body.members',
    ]);
    const notAnObject = await app.inject({ method: 'POST', url: '/probe/P2', payload: [] });
    expect(notAnObject.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['body']);
  });

  it("answers a route's refusal with its own status and issues", async () => {
    const response = await app.inject('/probe/refused');
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      error: { status: 409, issues: [{ code: 'SEED_NOT_EMPTY', path: 'school' }] },
    });
  });

  it('never shows the details of an unexpected error: a 500 with a fixed text only', async () => {
    const response = await app.inject('/probe/crash');
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toMatch(/10\.0\.0\.5|1101700203450|refused/);
    expect(response.json()).toMatchObject({
      error: { status: 500, issues: [{ code: 'HTTP_INTERNAL', path: '' }] },
    });
  });

  it("keeps a client error's status but not its internal message", async () => {
    const response = await app.inject('/probe/client-error');
    expect(response.statusCode).toBe(413);
    expect(response.body).not.toContain('parser');
    expect(response.json().error.issues[0].code).toBe('HTTP_BAD_REQUEST');
  });

  it('gives a bad-JSON body the same shape', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/probe/P1',
      headers: { 'content-type': 'application/json' },
      payload: '{"members": [',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].code).toBe('HTTP_BAD_REQUEST');
  });
});

describe('the not-found answer', () => {
  let db: DatabaseHandle;
  let app: FastifyInstance;
  beforeAll(async () => {
    db = await openMemoryDatabase();
    app = await testApp({ db });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('echoes the path but never the query string', async () => {
    const response = await app.inject('/api/nowhere?token=secret-1101700203450');
    expect(response.statusCode).toBe(404);
    const [found] = response.json().error.issues;
    expect(found.params).toEqual({ path: '/api/nowhere' });
    expect(response.body).not.toContain('secret');
    expect(found.code).toBe('HTTP_NOT_FOUND');
  });
});
