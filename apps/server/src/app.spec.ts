import { describe, expect, it } from 'vitest';
import { describeEachEngine } from '@isee/db/testing';
import { openMemoryDatabase } from '@isee/db';
import { testApp } from './testing/app.js';

describeEachEngine('the HTTP application', (engine) => {
  const app = async () => testApp({ db: engine.handle() });

  it('answers liveness and readiness, naming the engine', async () => {
    const server = await app();
    expect((await server.inject('/api/health')).json()).toEqual({ status: 'ok' });
    expect((await server.inject('/api/ready')).json()).toEqual({
      status: 'ready',
      database: engine.kind,
    });
    await server.close();
  });

  it('gives headline counts from the database (empty after migration: 0 everywhere)', async () => {
    const server = await app();
    const response = await server.inject('/api/stats');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      provinces: 0,
      schools: 0,
      students: 0,
      screenings: 0,
      poor: 0,
      extremelyPoor: 0,
    });
    await server.close();
  });

  it('refuses an unknown address with a stable code and Thai and English text', async () => {
    const server = await app();
    const response = await server.inject('/api/nowhere');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({
      error: {
        status: 404,
        issues: [{ code: 'HTTP_NOT_FOUND', message: { th: expect.stringContaining('ไม่พบ') } }],
      },
    });
    await server.close();
  });

  it('serves its OpenAPI document and viewer locally', async () => {
    const server = await app();
    const doc = (await server.inject('/api/docs/json')).json() as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/ready', '/api/stats']),
    );
    expect((await server.inject('/api/docs/')).statusCode).toBe(200);
    await server.close();
  });
});

describe('readiness without a database', () => {
  it('answers 503 with HTTP_NOT_READY when the database does not answer', async () => {
    const closed = await openMemoryDatabase();
    await closed.close();
    const server = await testApp({ db: closed });
    const response = await server.inject('/api/ready');
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ error: { issues: [{ code: 'HTTP_NOT_READY' }] } });
    await server.close();
  });
});
