import { randomBytes } from 'node:crypto';
import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { renderApiDocs } from './openapi-page.ts';
import { allowPageStyles } from './security-headers.ts';

/** Generates the OpenAPI 3.1 document from the route schemas; must be registered before the routes. */
export async function setUpOpenApi(app: FastifyInstance, version: string) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Pathways API',
        version,
        description:
          'The API of Pathways. Errors are application/problem+json (RFC 9457) with a stable `code`; ' +
          'a record the caller may not see answers 404, exactly as one that does not exist.',
      },
      tags: [
        { name: 'operations', description: 'Health and readiness of the service' },
        { name: 'platform', description: 'What this installation is' },
      ],
    },
  });

  app.get('/api/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, async () =>
    app.swagger(),
  );

  app.get('/api/docs', { schema: { hide: true }, config: { access: 'public' } }, async (_request, reply) => {
    const nonce = randomBytes(16).toString('base64');
    allowPageStyles(reply, nonce);
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(renderApiDocs(app.swagger() as unknown as OpenApiDocument, nonce));
  });
}

export interface OpenApiDocument {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, OpenApiOperation>>;
}

export interface OpenApiOperation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}
