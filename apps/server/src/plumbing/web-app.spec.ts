import Fastify from 'fastify';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installErrorHandler } from './errors.js';
import { isWebApp, serveWebApp } from './web-app.js';

describe('serving the built field app', () => {
  let root: string;
  const app = Fastify();

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'isee-webroot-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>iSEE</title>');
    await writeFile(join(root, 'sw.js'), 'self;');
    await writeFile(join(root, 'assets/index-abc123.js'), 'export {};');
    installErrorHandler(app);
    await serveWebApp(app, root);
  });

  afterAll(async () => {
    await app.close();
    await rm(root, { recursive: true, force: true });
  });

  it('knows a built app from an empty directory', () => {
    expect(isWebApp(root)).toBe(true);
    expect(isWebApp(join(root, 'assets'))).toBe(false);
  });

  it('lets browsers keep hashed assets forever but revalidate the page and the service worker', async () => {
    const asset = await app.inject('/assets/index-abc123.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/', '/sw.js']) {
      const res = await app.inject(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it("answers the app's page for any other address, but the API's 404 under /api", async () => {
    const page = await app.inject('/student/12?x=1');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>iSEE</title>');
    expect(page.headers['cache-control']).toBe('no-cache');
    const api = await app.inject('/api/nothing');
    expect(api.statusCode).toBe(404);
    expect(api.json().error.issues[0].code).toBe('HTTP_NOT_FOUND');
  });
});
