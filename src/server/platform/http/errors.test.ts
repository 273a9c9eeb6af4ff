import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.ts';
import { AppError } from './problem.ts';

// The error pipeline is global, so these tests give the real app a few probe routes with
// schemas, as any module's routes will have, and send them bad input.
const Body = Type.Object({
  name: Type.String({ minLength: 1 }),
  capacity: Type.Integer({ minimum: 1 }),
  address: Type.Optional(Type.Object({ city: Type.String() })),
});

describe('errors as problem+json', () => {
  let test: TestDatabase;
  let app: FastifyInstance;
  const logs: string[] = [];
  const written: unknown[] = [];

  beforeAll(async () => {
    test = await createTestDatabase();
    const logStream = new PassThrough();
    logStream.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    app = await buildTestApp({
      db: test.db,
      env: { LOG_LEVEL: 'info', PATHWAYS_BODY_LIMIT: '2048' },
      logStream,
      routes: (probe) => {
        probe.post(
          '/api/v1/probe',
          { config: { access: 'public' }, schema: { body: Body } },
          async (request) => {
            written.push(request.body);
            return { ok: true };
          },
        );
        probe.get(
          '/api/v1/probe',
          {
            config: { access: 'public' },
            schema: { querystring: Type.Object({ limit: Type.Optional(Type.Integer({ maximum: 100 })) }) },
          },
          async (request) => ({ query: request.query }),
        );
        probe.get('/api/v1/probe/crash', { config: { access: 'public' } }, async () => {
          throw new Error('secret internal detail: connection string postgres://x');
        });
        probe.get('/api/v1/probe/refused', { config: { access: 'public' } }, async () => {
          throw new AppError(409, 'probe.conflict', 'Conflict', 'It clashes.');
        });
      },
    });
  });
  afterAll(async () => {
    await app?.close();
    await test?.destroy();
  });

  const post = (payload: string, contentType = 'application/json') =>
    app.inject({ method: 'POST', url: '/api/v1/probe', payload, headers: { 'content-type': contentType } });

  function expectProblem(response: Awaited<ReturnType<typeof post>>, status: number, code: string) {
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    const body = response.json();
    expect(body).toMatchObject({ status, code, type: `urn:pathways:problem:${code}` });
    expect(body.title).toEqual(expect.any(String));
    expect(body.requestId).toBe(response.headers['x-request-id']);
    return body;
  }

  it('accepts a valid body', async () => {
    const response = await post(JSON.stringify({ name: 'Central', capacity: 10 }));
    expect(response.statusCode).toBe(200);
    expect(written).toEqual([{ name: 'Central', capacity: 10 }]);
  });

  it('answers malformed JSON with 400 request.malformed_json', async () => {
    expectProblem(await post('{"name": "Central", capacity'), 400, 'request.malformed_json');
  });

  it('answers an empty JSON body with 400 request.empty_body', async () => {
    expectProblem(await post(''), 400, 'request.empty_body');
  });

  it('answers a wrong content type with 415, including text/plain', async () => {
    expectProblem(
      await post('name=Central', 'application/x-www-form-urlencoded'),
      415,
      'request.unsupported_media_type',
    );
    expectProblem(
      await post('{"name":"Central","capacity":1}', 'text/plain'),
      415,
      'request.unsupported_media_type',
    );
  });

  it('lists every field at fault: unknown, missing, wrong type, nested', async () => {
    const body = expectProblem(
      await post(JSON.stringify({ name: '', capacity: '10', colour: 'red', address: { city: 5, zip: '1' } })),
      400,
      'request.validation',
    );
    const byPath = Object.fromEntries(
      body.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
    );
    expect(byPath).toEqual({
      '/body/name': 'minLength',
      '/body/capacity': 'type',
      '/body/colour': 'unknown_field',
      '/body/address/city': 'type',
      '/body/address/zip': 'unknown_field',
    });
    const missing = expectProblem(await post('{}'), 400, 'request.validation');
    expect(missing.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      '/body/capacity',
      '/body/name',
    ]);
  });

  it('refuses prototype pollution in JSON', async () => {
    const response = await post('{"name":"x","capacity":1,"__proto__":{"admin":true}}');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('answers a body over the documented limit with 413 request.body_too_large', async () => {
    const body = expectProblem(
      await post(JSON.stringify({ name: 'x'.repeat(4000), capacity: 1 })),
      413,
      'request.body_too_large',
    );
    expect(body.detail).toContain('2048 bytes');
  });

  it('validates query strings with coercion and refuses unknown parameters', async () => {
    const ok = await app.inject({ url: '/api/v1/probe?limit=5' });
    expect(ok.json()).toEqual({ query: { limit: 5 } });
    const bad = expectProblem(
      await app.inject({ url: '/api/v1/probe?limit=500&sort=name' }),
      400,
      'request.validation',
    );
    expect(bad.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      '/querystring/limit',
      '/querystring/sort',
    ]);
  });

  it('keeps nothing of a refused request', () => {
    expect(written).toEqual([{ name: 'Central', capacity: 10 }]);
  });

  it('answers unknown API routes and methods with a problem+json 404', async () => {
    const body = expectProblem(await app.inject({ url: '/api/v1/no-such-thing?x=1' }), 404, 'not_found');
    expect(body.instance).toBe('/api/v1/no-such-thing');
    expectProblem(await app.inject({ method: 'DELETE', url: '/api/v1/probe' }), 404, 'not_found');
    expectProblem(await app.inject({ url: '/api' }), 404, 'not_found');
  });

  it('renders typed application errors with their status and code', async () => {
    const body = expectProblem(await app.inject({ url: '/api/v1/probe/refused' }), 409, 'probe.conflict');
    expect(body.detail).toBe('It clashes.');
  });

  it('masks a 500 from the client and logs it with the request id', async () => {
    const response = await app.inject({
      url: '/api/v1/probe/crash',
      headers: { 'x-request-id': 'trace-0123456789' },
    });
    const body = expectProblem(response, 500, 'internal');
    expect(JSON.stringify(body)).not.toMatch(/secret|postgres|stack|Error:/);
    expect(body.requestId).toBe('trace-0123456789');
    const line = logs
      .flatMap((text) => text.split('\n'))
      .find((text) => text.includes('secret internal detail'));
    expect(line).toBeDefined();
    expect(JSON.parse(line ?? '{}')).toMatchObject({ requestId: 'trace-0123456789', level: 50 });
  });

  it('puts the request id on every log line of a request, and never the query string', async () => {
    logs.length = 0;
    await app.inject({ url: '/api/v1/probe?limit=7', headers: { 'x-request-id': 'trace-abcdefghij' } });
    const lines = logs
      .join('')
      .trim()
      .split('\n')
      .map((text) => JSON.parse(text));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line.requestId).toBe('trace-abcdefghij');
    expect(logs.join('')).not.toContain('limit=7');
  });

  it('replaces a request id that could inject into logs', async () => {
    const response = await app.inject({
      url: '/healthz',
      headers: { 'x-request-id': 'bad id\n{"level":60}' },
    });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
