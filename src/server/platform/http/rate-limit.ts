import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './problem.ts';

/**
 * What the ceiling counts: the API, and the pages the server writes from the database (each public
 * library entry's page reads the entry, so a flood of them is a flood of database reads). The web
 * app's files and the health checks are not counted.
 */
const COUNTED_PREFIXES = ['/api/', '/library/entries/'] as const;

/**
 * Whether a request counts towards the per-address ceiling: by the path the router matched (it
 * decodes percent-escapes, so `/%61pi/…` reaches `/api/…`), else by the request's path decoded.
 */
export function isCounted(
  request: Pick<FastifyRequest, 'url'> & { routeOptions?: { url?: string } },
): boolean {
  const path = request.routeOptions?.url ?? decodedPath(request.url);
  return COUNTED_PREFIXES.some((prefix) => path.startsWith(prefix));
}

/** The path of a request URL with its percent-escapes decoded (undecodable: as it came). */
function decodedPath(url: string): string {
  const path = url.split('?')[0] ?? '';
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * A per-address ceiling on API requests and database-written pages, against scraping and floods.
 * Kept in process memory for now: with several processes each keeps its own count (see
 * docs/architecture.md). Sign-in gets its own, much stricter throttling per account and address in
 * the identity module.
 */
export async function setUpRateLimit(app: FastifyInstance, options: { max: number; windowMs: number }) {
  await app.register(rateLimit, {
    global: true,
    max: options.max,
    timeWindow: options.windowMs,
    allowList: (request) => !isCounted(request),
    errorResponseBuilder: (_request, context) =>
      new AppError(
        429,
        'rate_limited',
        'Too many requests',
        `Too many requests from this address; try again in ${Math.ceil(context.ttl / 1000)} seconds.`,
      ),
  });
}
