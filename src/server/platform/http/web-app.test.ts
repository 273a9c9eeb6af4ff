import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.ts';

describe('serving the web app', () => {
  let test: TestDatabase;
  let app: FastifyInstance;
  let webRoot: string;

  beforeAll(async () => {
    test = await createTestDatabase();
    webRoot = await mkdtemp(path.join(tmpdir(), 'pathways-web-'));
    await mkdir(path.join(webRoot, 'assets'));
    await writeFile(
      path.join(webRoot, 'index.html'),
      '<!doctype html><html><head><meta name="csp-nonce" content="__CSP_NONCE__"></head><body></body></html>',
    );
    await writeFile(path.join(webRoot, 'assets', 'index-Ab12Cd34.js'), 'console.log(1)');
    await writeFile(path.join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    app = await buildTestApp({ db: test.db, webRoot });
  });
  afterAll(async () => {
    await app?.close();
    await test?.destroy();
    await rm(webRoot, { recursive: true, force: true });
  });

  const nonceOf = (html: string) => /content="([^"]+)"/.exec(html)?.[1];

  it('serves index.html at / with a fresh style nonce that the policy admits, never cached', async () => {
    const first = await app.inject({ url: '/' });
    const second = await app.inject({ url: '/' });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(first.headers['cache-control']).toBe('no-cache');
    const nonce = nonceOf(first.body);
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
    expect(nonceOf(second.body)).not.toBe(nonce);
    const policy = String(first.headers['content-security-policy']);
    expect(policy).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('falls back to index.html for client-side routes, not for files or the API', async () => {
    const route = await app.inject({ url: '/sign-in?next=%2F', headers: { accept: 'text/html' } });
    expect(route.statusCode).toBe(200);
    expect(route.body).toContain('csp-nonce');
    const missingFile = await app.inject({ url: '/assets/missing-123.js' });
    expect(missingFile.statusCode).toBe(404);
    expect(missingFile.headers['content-type']).toContain('application/problem+json');
    const api = await app.inject({ url: '/api/v1/unknown' });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
    const post = await app.inject({ method: 'POST', url: '/sign-in' });
    expect(post.statusCode).toBe(404);
  });

  it('caches hashed assets for a year and other files briefly', async () => {
    const asset = await app.inject({ url: '/assets/index-Ab12Cd34.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await app.inject({ url: '/favicon.svg' });
    expect(icon.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('does not serve the raw index.html with its placeholder', async () => {
    const raw = await app.inject({ url: '/index.html' });
    expect(raw.body).not.toContain('__CSP_NONCE__');
  });

  it('puts the security headers on every response', async () => {
    for (const url of ['/', '/healthz', '/api/v1/platform', '/assets/index-Ab12Cd34.js', '/api/nothing']) {
      const response = await app.inject({ url });
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['x-frame-options'], url).toBe('DENY');
      expect(response.headers['referrer-policy'], url).toBe('no-referrer');
      expect(response.headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
      expect(response.headers['x-request-id'], url).toEqual(expect.any(String));
      expect(response.headers['strict-transport-security'], url).toBeUndefined();
    }
  });

  it('answers 503 with a clear problem when the web app is not built', async () => {
    const bare = await buildTestApp({ db: test.db, webRoot: path.join(webRoot, 'nothing-here') });
    const response = await bare.inject({ url: '/' });
    await bare.close();
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ code: 'web.not_built' });
  });
});
