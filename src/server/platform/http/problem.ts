// The problem document's schema is shared with the web app; the server re-exports it so that routes
// keep importing their error vocabulary from one place.
import { FieldError, Problem } from '../../../contracts/problem.ts';

export { FieldError, Problem };

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** A failure with a stable code that clients may rely on, rendered once as problem+json. */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? title);
  }
}

export const notFound = (detail = 'There is nothing at this address, or you may not see it.') =>
  new AppError(404, 'not_found', 'Not found', detail);

export function problemOf(error: AppError, instance: string, requestId: string): Problem {
  return {
    type: `urn:pathways:problem:${error.code}`,
    title: error.title,
    status: error.status,
    code: error.code,
    ...(error.detail ? { detail: error.detail } : {}),
    instance,
    requestId,
    ...(error.errors ? { errors: error.errors } : {}),
  };
}
