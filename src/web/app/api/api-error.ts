import type { FieldError, Problem } from '../../../contracts/problem';

/**
 * The server answered with an error status. `code` is the problem's stable code (or `http.<status>`
 * when the body was not a problem document, e.g. from a proxy); `retryAfterSeconds` is read from
 * the Retry-After header (seconds or an HTTP date), null when absent.
 */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: readonly FieldError[];
  readonly requestId: string | undefined;
  readonly retryAfterSeconds: number | null;

  constructor(status: number, problem: Partial<Problem>, retryAfterSeconds: number | null) {
    super(problem.detail ?? problem.title ?? `the server answered ${status}`);
    this.status = status;
    this.code = problem.code ?? `http.${status}`;
    this.title = problem.title ?? '';
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.requestId = problem.requestId;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** No answer at all: offline, DNS, connection refused or reset. The request may be retried. */
export class NetworkError extends Error {
  override name = 'NetworkError';
  constructor(
    readonly method: string,
    readonly path: string,
    options?: { cause: unknown },
  ) {
    super(`${method} ${path} got no answer`, options);
  }
}

/** An answer that is not what the contract promises (e.g. HTML where JSON was expected). */
export class UnexpectedResponseError extends Error {
  override name = 'UnexpectedResponseError';
}

/** A session that has ended (expired, revoked, signed out elsewhere): the user must sign in again. */
export function isSessionEnded(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && error.code === 'auth.unauthenticated';
}

/**
 * Seconds to wait from a Retry-After header: delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Null when absent or unreadable; never negative.
 */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | null {
  if (header === null || header.trim() === '') return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number.parseInt(value, 10);
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now) / 1000));
}
