import type { FastifyServerOptions } from 'fastify';
import type { Config } from '../config/config.ts';

/**
 * JSON log lines (pino) with the request id on every line of a request. Only the method and the
 * path of a request are logged: query strings may carry names, headers carry credentials.
 */
export function loggerOptions(
  level: Config['logLevel'],
  stream?: NodeJS.WritableStream,
): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      req: (request: { method: string; url: string }) => ({
        method: request.method,
        path: request.url.split('?')[0],
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
    },
  };
}
