import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyError, FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  DOCUMENT_CONTENT_TYPE_NAMES,
  DOCUMENT_MAX_BYTES,
  DocumentUploadQuery,
  OrganisationDocument,
  OrganisationDocumentsParams,
  REGISTRY_DOCUMENT_PATHS,
} from '../../../../contracts/registry-documents.ts';
import type { Database } from '../../../platform/db/database.ts';
import { Problem } from '../../../platform/http/problem.ts';
import { withAccess } from '../../access/with-access.ts';
import { documentTooLarge, unsupportedDocumentType } from './errors.ts';
import { checkUpload } from './file-checks.ts';
import type { DocumentStore } from './store.ts';
import { withStaging } from './store.ts';
import { uploadDocument } from './upload-document.ts';

// The upload, in a scope of its own: the only route of Pathways that takes a body other than JSON.
// Here, and only here, the three document types are read as raw bytes (up to 10 MiB) and JSON is not
// taken at all; Fastify's refusals of a body are reworded for documents, then answered by the one
// error handler of the app.

// The file's bytes: described for the API's readers, never validated as JSON (the checks are
// checkUpload's, with the field at fault).
const fileOf = (contentMediaType: string) =>
  Type.Unsafe<Buffer>({ contentMediaType, description: 'The file itself, at most 10 MiB.' });

const UPLOADERS = { access: { roles: ['administrator', 'cso_coordinator'] } } as const;

/** What Fastify refuses while reading the body, in the words of a document upload. */
function uploadRefusalOf(error: FastifyError) {
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return unsupportedDocumentType();
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return documentTooLarge();
  return undefined;
}

export async function documentUploadRoute(
  app: FastifyInstance,
  options: { db: Database; store: DocumentStore },
) {
  const { db, store } = options;
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    DOCUMENT_CONTENT_TYPE_NAMES,
    { parseAs: 'buffer', bodyLimit: DOCUMENT_MAX_BYTES },
    (_request, body, done) => done(null, body),
  );
  // Thrown on to the app's error handler, which renders it.
  app.setErrorHandler((error: FastifyError) => {
    throw uploadRefusalOf(error) ?? error;
  });

  app.withTypeProvider<TypeBoxTypeProvider>().post(
    '/api/v1/registry/organisations/:id/documents',
    {
      bodyLimit: DOCUMENT_MAX_BYTES,
      config: UPLOADERS,
      schema: {
        tags: ['registry'],
        summary:
          'Upload one of the organisation’s documents: the file is the raw body (application/pdf, image/png or image/jpeg, at most 10 MiB); earlier ones of the kind stay, superseded; audited',
        params: OrganisationDocumentsParams,
        querystring: DocumentUploadQuery,
        body: {
          content: Object.fromEntries(
            DOCUMENT_CONTENT_TYPE_NAMES.map((type) => [type, { schema: fileOf(type) }]),
          ),
        },
        response: {
          201: OrganisationDocument,
          400: Problem,
          401: Problem,
          403: Problem,
          404: Problem,
          409: Problem,
          413: Problem,
          415: Problem,
        },
      },
    },
    async (request, reply) => {
      const upload = checkUpload({
        ...request.query,
        contentTypeHeader: request.headers['content-type'],
        body: request.body,
      });
      const document = await withStaging(store, request.log, (staging) =>
        withAccess(db, request, (tx, access) =>
          uploadDocument(tx, access, staging, request.params.id, upload),
        ),
      );
      return reply
        .code(201)
        .header('cache-control', 'no-store')
        .header('location', REGISTRY_DOCUMENT_PATHS.content(document.id))
        .send(document);
    },
  );
}
