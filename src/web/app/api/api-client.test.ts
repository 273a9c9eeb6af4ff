import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, noContent, problem, stubApi, unreachable } from '../../testing/fake-api';
import { createApiClient } from './api-client';
import {
  ApiError,
  isSessionEnded,
  NetworkError,
  parseRetryAfter,
  UnexpectedResponseError,
} from './api-error';

afterEach(() => {
  vi.unstubAllGlobals();
});

function client(token = 'csrf-123') {
  return createApiClient({ csrfToken: () => token });
}

describe('the API client', () => {
  it('sends JSON with the same-origin cookie and answers the parsed body', async () => {
    const api = stubApi({ 'POST /api/v1/things': json({ id: 7 }, 201) });

    const answer = await client().post<{ id: number }>('/api/v1/things', { body: { name: 'x' } });

    expect(answer).toEqual({ id: 7 });
    const [request] = api.to('POST /api/v1/things');
    expect(request?.credentials).toBe('same-origin');
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(request?.headers.get('accept')).toBe('application/json');
    expect(request?.body).toEqual({ name: 'x' });
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'] as const)('sends X-CSRF-Token on %s', async (method) => {
    const api = stubApi({ [`${method} /api/v1/things/1`]: noContent() });

    await client('token-of-this-session').request(method, '/api/v1/things/1');

    expect(api.requests[0]?.headers.get('x-csrf-token')).toBe('token-of-this-session');
  });

  it('never sends the CSRF token on GET, nor a header when there is no session', async () => {
    const api = stubApi({ 'GET /api/v1/things': json([]), 'POST /api/v1/things': noContent() });

    await client().get('/api/v1/things');
    await createApiClient({ csrfToken: () => undefined }).post('/api/v1/things');

    expect(api.requests.map((request) => request.headers.has('x-csrf-token'))).toEqual([false, false]);
  });

  it('reads the token at each request, so a new sign-in takes effect at once', async () => {
    const api = stubApi({ 'DELETE /api/v1/things/1': noContent() });
    let token = 'first';
    const shared = createApiClient({ csrfToken: () => token });

    await shared.delete('/api/v1/things/1');
    token = 'second';
    await shared.delete('/api/v1/things/1');

    expect(api.requests.map((request) => request.headers.get('x-csrf-token'))).toEqual(['first', 'second']);
  });

  it('answers undefined for 204', async () => {
    stubApi({ 'POST /api/v1/auth/logout': noContent() });
    expect(await client().post('/api/v1/auth/logout')).toBeUndefined();
  });

  it('turns a problem document into an ApiError with status, code, field errors and request id', async () => {
    const errors = [{ path: '/body/username', code: 'required', message: 'is required' }];
    stubApi({ 'POST /api/v1/auth/login': problem(400, 'request.validation', { errors }) });

    const error = await client()
      .post('/api/v1/auth/login', { body: {} })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'request.validation', errors, requestId: 'req-1' });
    expect((error as ApiError).retryAfterSeconds).toBeNull();
  });

  it('reads Retry-After in seconds', async () => {
    stubApi({ 'POST /api/v1/auth/login': problem(429, 'auth.throttled', {}, { 'retry-after': '840' }) });

    const error = await client()
      .post('/api/v1/auth/login')
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ status: 429, code: 'auth.throttled', retryAfterSeconds: 840 });
  });

  it('keeps the status when the error body is not a problem document', async () => {
    stubApi({
      'GET /api/v1/things': () =>
        new Response('<h1>Bad gateway</h1>', { status: 502, headers: { 'content-type': 'text/html' } }),
    });

    const error = await client()
      .get('/api/v1/things')
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ status: 502, code: 'http.502', errors: [] });
  });

  it('ignores problem fields of the wrong type', async () => {
    stubApi({ 'GET /api/v1/things': json({ code: 42, errors: [{ path: 1 }, 'x'] }, 400) });

    const error = await client()
      .get('/api/v1/things')
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ status: 400, code: 'http.400', errors: [] });
  });

  it('reports no answer at all as a NetworkError', async () => {
    stubApi({ 'GET /api/v1/things': unreachable() });

    const error = await client()
      .get('/api/v1/things')
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).cause).toBeInstanceOf(TypeError);
  });

  it('refuses a success answer that is not JSON', async () => {
    stubApi({
      'GET /api/v1/things': () => new Response('<html></html>', { headers: { 'content-type': 'text/html' } }),
    });

    await expect(client().get('/api/v1/things')).rejects.toBeInstanceOf(UnexpectedResponseError);
  });

  it('lets an abort through as it is, not as a network failure', async () => {
    const controller = new AbortController();
    stubApi({
      'GET /api/v1/things': () => {
        controller.abort();
        return Promise.reject(new DOMException('aborted', 'AbortError'));
      },
    });

    const error = await client()
      .get('/api/v1/things', { signal: controller.signal })
      .catch((caught: unknown) => caught);

    expect(error).not.toBeInstanceOf(NetworkError);
    expect((error as Error).name).toBe('AbortError');
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 2, 9, 12, 0, 0);

  it.each([
    [null, null],
    ['', null],
    ['120', 120],
    ['0', 0],
    ['Mon, 09 Mar 2026 12:01:30 GMT', 90],
    ['Mon, 09 Mar 2026 11:00:00 GMT', 0],
    ['soon', null],
  ])('reads %j as %j seconds', (header, seconds) => {
    expect(parseRetryAfter(header, now)).toBe(seconds);
  });
});

describe('isSessionEnded', () => {
  it('is true only for 401 auth.unauthenticated', () => {
    expect(isSessionEnded(new ApiError(401, { code: 'auth.unauthenticated' }, null))).toBe(true);
    expect(isSessionEnded(new ApiError(401, { code: 'auth.invalid_credentials' }, null))).toBe(false);
    expect(isSessionEnded(new ApiError(403, { code: 'auth.csrf' }, null))).toBe(false);
    expect(isSessionEnded(new Error('x'))).toBe(false);
  });
});
