import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, notFound, PROBLEM_CONTENT_TYPE, problemOf } from './problem.ts';
import { fieldErrors } from './validation.ts';

/** Fastify's own request errors, each with the stable code and words Pathways answers. */
const FRAMEWORK_ERRORS: Record<string, (error: FastifyError, limit: number) => AppError> = {
  FST_ERR_CTP_INVALID_JSON_BODY: () =>
    new AppError(400, 'request.malformed_json', 'Malformed JSON', 'The request body is not valid JSON.'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () =>
    new AppError(
      400,
      'request.empty_body',
      'Empty body',
      'The request says it carries JSON but its body is empty.',
    ),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () =>
    new AppError(
      415,
      'request.unsupported_media_type',
      'Unsupported media type',
      'Send the request body as application/json.',
    ),
  FST_ERR_CTP_BODY_TOO_LARGE: (_error, limit) =>
    new AppError(
      413,
      'request.body_too_large',
      'Body too large',
      `Request bodies are limited to ${limit} bytes.`,
    ),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () =>
    new AppError(
      400,
      'request.invalid_content_length',
      'Invalid Content-Length',
      'The body does not match its length.',
    ),
};

/** Renders an AppError as problem+json. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
  const instance = request.url.split('?')[0] ?? request.url;
  return reply
    .code(error.status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .header('cache-control', 'no-store')
    .send(JSON.stringify(problemOf(error, instance, request.id)));
}

/** Maps anything thrown in a request to a problem; what is not ours becomes a masked 500. */
export function toAppError(error: FastifyError, request: FastifyRequest, bodyLimit: number): AppError {
  if (error instanceof AppError) return error;
  if (error.validation) {
    const part = error.validationContext ?? 'body';
    return new AppError(
      400,
      'request.validation',
      'Invalid request',
      'Some fields are missing or not valid; see errors.',
      fieldErrors(error.validation as Parameters<typeof fieldErrors>[0], part),
    );
  }
  const known = error.code ? FRAMEWORK_ERRORS[error.code] : undefined;
  if (known) return known(error, bodyLimit);
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return new AppError(status, 'request.invalid', 'Invalid request', 'The request could not be understood.');
  }
  request.log.error({ err: error }, 'request failed');
  return new AppError(
    500,
    'internal',
    'Internal error',
    'Something went wrong on our side. Quote the request id when reporting it.',
  );
}

/** The one error handler and the not-found handler of the API. */
export function setUpErrorHandling(app: FastifyInstance, bodyLimit: number) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toAppError(error, request, bodyLimit);
    if (problem.status < 500)
      request.log.info({ code: problem.code, status: problem.status }, 'request refused');
    return sendProblem(request, reply, problem);
  });
}

export function apiNotFound(request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(
    request,
    reply,
    notFound(`No API route matches ${request.method} ${request.url.split('?')[0]}.`),
  );
}
