import type { Problem } from '../../../contracts/problem';
import { ApiError, NetworkError, parseRetryAfter, UnexpectedResponseError } from './api-error';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiRequestOptions {
  body?: unknown;
  signal?: AbortSignal;
}

/** Calls the Pathways API; every method resolves to the parsed JSON answer (undefined for 204). */
export interface ApiClient {
  request<T>(method: HttpMethod, path: string, options?: ApiRequestOptions): Promise<T>;
  get<T>(path: string, options?: ApiRequestOptions): Promise<T>;
  post<T>(path: string, options?: ApiRequestOptions): Promise<T>;
  delete<T>(path: string, options?: ApiRequestOptions): Promise<T>;
}

export interface ApiClientOptions {
  /** The current session's CSRF token, read at each request (it changes with every sign-in). */
  csrfToken: () => string | undefined;
  /** Defaults to the global `fetch`, looked up at call time so tests can stub it. */
  fetch?: typeof fetch;
}

const STATE_CHANGING: ReadonlySet<HttpMethod> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A thin fetch wrapper for the same-origin JSON API: sends the session cookie (`same-origin`), the
 * CSRF token on state-changing methods (docs/security.md), and turns every error answer into an
 * `ApiError` carrying the problem's code, field errors and Retry-After; no answer at all becomes a
 * `NetworkError`. Answers are typed by the caller from src/contracts and not checked at run time:
 * they come from our own server, serialised through the same schemas.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  async function request<T>(method: HttpMethod, path: string, init: ApiRequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const token = STATE_CHANGING.has(method) ? options.csrfToken() : undefined;
    if (token) headers['x-csrf-token'] = token;

    const send = options.fetch ?? globalThis.fetch;
    let response: Response;
    try {
      response = await send(path, {
        method,
        headers,
        credentials: 'same-origin',
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: init.signal,
      });
    } catch (error) {
      // An abort is the caller's own decision (react-query cancelling a query), not a network failure.
      if (init.signal?.aborted) throw error;
      throw new NetworkError(method, path, { cause: error });
    }

    if (!response.ok) throw await apiErrorOf(response);
    if (response.status === 204) return undefined as T;
    return (await readJson(response, method, path)) as T;
  }

  return {
    request,
    get: (path, init) => request('GET', path, init),
    post: (path, init) => request('POST', path, init),
    delete: (path, init) => request('DELETE', path, init),
  };
}

async function readJson(response: Response, method: string, path: string): Promise<unknown> {
  const type = response.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new UnexpectedResponseError(`${method} ${path} answered ${type || 'no content type'}, not JSON`);
  }
  return response.json();
}

/** The error answer as an ApiError; a body that is not a problem document still gives status and code. */
async function apiErrorOf(response: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  const type = response.headers.get('content-type') ?? '';
  let problem: Partial<Problem> = {};
  if (/^application\/(?:problem\+)?json\b/i.test(type)) {
    try {
      problem = problemFields(await response.json());
    } catch (error) {
      // A truncated or malformed error body: the status alone must still reach the user.
      if (!(error instanceof SyntaxError)) throw error;
    }
  }
  return new ApiError(response.status, problem, retryAfter);
}

/** Keeps only the problem fields that have the promised types, so a stray body cannot mislead the UI. */
function problemFields(body: unknown): Partial<Problem> {
  if (typeof body !== 'object' || body === null) return {};
  const candidate = body as Record<string, unknown>;
  const text = (key: string) => (typeof candidate[key] === 'string' ? (candidate[key] as string) : undefined);
  const errors = Array.isArray(candidate.errors)
    ? candidate.errors.filter(
        (entry): entry is NonNullable<Problem['errors']>[number] =>
          typeof entry === 'object' &&
          entry !== null &&
          typeof (entry as Record<string, unknown>).path === 'string' &&
          typeof (entry as Record<string, unknown>).code === 'string' &&
          typeof (entry as Record<string, unknown>).message === 'string',
      )
    : undefined;
  return {
    code: text('code'),
    title: text('title'),
    detail: text('detail'),
    requestId: text('requestId'),
    errors,
  };
}
