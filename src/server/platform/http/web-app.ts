import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { apiNotFound, sendProblem } from './errors.ts';
import { AppError, notFound } from './problem.ts';
import { allowPageStyles } from './security-headers.ts';

const NONCE_PLACEHOLDER = /__CSP_NONCE__/g;

/**
 * A client-side page the server also describes in its HTML (title, link-preview tags, content
 * readable without JavaScript), such as a public knowledge entry: `render` answers the status and
 * how to write the page into index.html, or a 404 with index.html as it is (the app then shows its
 * own "not found"). Pages are given by the modules that own them (app.ts).
 */
export interface ServerPage {
  url: string;
  render(request: FastifyRequest): Promise<{ status: 200 | 404; write?: (indexHtml: string) => string }>;
}
const YEAR = 'public, max-age=31536000, immutable';

/**
 * Serves the built web app: hashed assets cached for a year, and index.html (never cached, with a
 * fresh style nonce) for `/` and every client-side route. Unknown /api addresses stay problem+json.
 */
export async function setUpWebApp(app: FastifyInstance, webRoot: string, pages: readonly ServerPage[] = []) {
  const indexFile = path.join(webRoot, 'index.html');
  const indexHtml = existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : undefined;

  if (indexHtml !== undefined) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: false,
      cacheControl: false,
      allowedPath: (pathName) => pathName !== '/index.html',
      setHeaders: (response, filePath) => {
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        response.header('cache-control', immutable ? YEAR : 'public, max-age=3600');
      },
    });
  }

  const sendIndex = (
    _request: FastifyRequest,
    reply: FastifyReply,
    page: { status: number; write?: (indexHtml: string) => string } = { status: 200 },
  ) => {
    if (indexHtml === undefined) {
      throw new AppError(
        503,
        'web.not_built',
        'Web app not built',
        'Run "npm run build" (npm start does it).',
      );
    }
    const nonce = randomBytes(16).toString('base64');
    allowPageStyles(reply, nonce);
    // The nonce first, the page after: text of the page that looks like the placeholder stays text.
    const html = indexHtml.replace(NONCE_PLACEHOLDER, nonce);
    return reply
      .code(page.status)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(page.write ? page.write(html) : html);
  };

  app.get('/', { schema: { hide: true }, config: { access: 'public' } }, (request, reply) =>
    sendIndex(request, reply),
  );
  for (const page of pages) {
    app.get(page.url, { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) =>
      sendIndex(request, reply, indexHtml === undefined ? { status: 200 } : await page.render(request)),
    );
  }

  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    if (pathname === '/api' || pathname.startsWith('/api/')) return apiNotFound(request, reply);
    const isPageAddress = (request.method === 'GET' || request.method === 'HEAD') && !path.extname(pathname);
    if (isPageAddress) return sendIndex(request, reply);
    return sendProblem(request, reply, notFound());
  });
}
