import { type Static, Type } from 'typebox';

/** One field at fault in a request, as a JSON pointer into the request part (`/body/name`). */
export const FieldError = Type.Object({
  path: Type.String(),
  code: Type.String(),
  message: Type.String(),
});
export type FieldError = Static<typeof FieldError>;

/** An RFC 9457 problem document, the body of every error Pathways answers. */
export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.String(),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    requestId: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(FieldError)),
  },
  { description: 'An RFC 9457 problem document (application/problem+json).' },
);
export type Problem = Static<typeof Problem>;

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
