import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { AppError } from './problem.ts';

/**
 * A per-address ceiling on API requests, against scraping and floods. Kept in process memory for
 * now: with several processes each keeps its own count (see docs/architecture.md). Sign-in gets
 * its own, much stricter throttling per account and address in the identity module.
 */
export async function setUpRateLimit(app: FastifyInstance, options: { max: number; windowMs: number }) {
  await app.register(rateLimit, {
    global: true,
    max: options.max,
    timeWindow: options.windowMs,
    allowList: (request) => !request.url.startsWith('/api/'),
    errorResponseBuilder: (_request, context) =>
      new AppError(
        429,
        'rate_limited',
        'Too many requests',
        `Too many requests from this address; try again in ${Math.ceil(context.ttl / 1000)} seconds.`,
      ),
  });
}
