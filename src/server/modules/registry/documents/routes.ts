import path from 'node:path';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyError, FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  DOCUMENT_CONTENT_TYPE_NAMES,
  DocumentParams,
  OrganisationDocuments,
  OrganisationDocumentsParams,
} from '../../../../contracts/registry-documents.ts';
import type { Config } from '../../../platform/config/config.ts';
import type { Database } from '../../../platform/db/database.ts';
import { Problem } from '../../../platform/http/problem.ts';
import { withAccess } from '../../access/with-access.ts';
import { DocumentCorrupt } from './errors.ts';
import { listDocuments } from './list-documents.ts';
import { openDocument } from './open-document.ts';
import { DocumentStore } from './store.ts';
import { documentUploadRoute } from './upload-route.ts';

// Which organisation's documents each caller may see is the document policy's say (404 otherwise);
// these roles may ask at all (others: 403 from the marking, audited).
const READERS = {
  access: { roles: ['administrator', 'director', 'security_officer', 'cso_coordinator'] },
} as const;
const READ_ERRORS = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

/** A file in the answer: bytes, sent as they are (the serializer never sees a Buffer). */
const fileOf = (contentMediaType: string) => Type.Unsafe<Buffer>({ type: 'string', contentMediaType });

/** An attachment's name as RFC 6266 and RFC 8187 want it: UTF-8, percent-encoded, nothing to inject. */
export function attachmentDisposition(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename*=UTF-8''${encoded}`;
}

/** An organisation's documents: upload, list, download. Files live in <dataDir>/documents. */
export async function registryDocumentRoutes(
  app: FastifyInstance,
  options: { db: Database; config: Pick<Config, 'dataDir'> },
) {
  const { db } = options;
  const store = new DocumentStore(path.join(options.config.dataDir, 'documents'));
  await app.register(documentUploadRoute, { db, store });

  // A stored file that is not what was uploaded is an operator's matter: logged here, answered 500.
  app.setErrorHandler((error: FastifyError, request) => {
    if (error instanceof DocumentCorrupt) {
      request.log.error(
        { documentId: error.documentId, reason: error.reason },
        'a stored document does not match what was uploaded; not served',
      );
    }
    throw error;
  });
  const routes = app.withTypeProvider<TypeBoxTypeProvider>();

  routes.get(
    '/api/v1/registry/organisations/:id/documents',
    {
      config: READERS,
      schema: {
        tags: ['registry'],
        summary:
          'The organisation’s documents, newest first, superseded ones included, with the actions the caller may take; audited',
        params: OrganisationDocumentsParams,
        response: { 200: OrganisationDocuments, ...READ_ERRORS },
      },
    },
    async (request, reply) => {
      const documents = await withAccess(db, request, (tx, access) =>
        listDocuments(tx, access, request.params.id),
      );
      return reply.header('cache-control', 'no-store').send(documents);
    },
  );

  routes.get(
    '/api/v1/registry/documents/:documentId/content',
    {
      config: READERS,
      schema: {
        tags: ['registry'],
        summary:
          'One document’s file, as an attachment, only if it matches the SHA-256 recorded at upload (else 500 document.corrupt); audited',
        params: DocumentParams,
        response: {
          200: {
            description: 'The file, with its own content type',
            content: Object.fromEntries(
              DOCUMENT_CONTENT_TYPE_NAMES.map((type) => [type, { schema: fileOf(type) }]),
            ),
          },
          ...READ_ERRORS,
          500: Problem,
        },
      },
    },
    async (request, reply) => {
      const { document, content } = await withAccess(db, request, (tx, access) =>
        openDocument(tx, access, store, request.params.documentId),
      );
      return reply
        .type(document.contentType)
        .header('content-disposition', attachmentDisposition(document.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(content);
    },
  );
}
