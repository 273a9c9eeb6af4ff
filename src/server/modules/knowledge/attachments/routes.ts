import path from 'node:path';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyError, FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  ATTACHMENT_CONTENT_TYPES,
  ATTACHMENT_MAX_BYTES,
  Attachment,
  AttachmentParams,
  AttachmentUploadQuery,
  EntryParams,
  KNOWLEDGE_PATHS,
} from '../../../../contracts/knowledge.ts';
import type { Config } from '../../../platform/config/config.ts';
import type { Database } from '../../../platform/db/database.ts';
import { Problem } from '../../../platform/http/problem.ts';
import { withAccess } from '../../access/with-access.ts';
import { attachmentDisposition } from '../../registry/documents/routes.ts';
import { DocumentStore, withStaging } from '../../registry/documents/store.ts';
import { READ_ERRORS, ROUTE, WRITE_ERRORS } from '../entries/route-paths.ts';
import { addAttachment, openAttachment } from './add-attachment.ts';
import { attachmentTooLarge, checkAttachment, unsupportedAttachmentType } from './file-checks.ts';

// Attachments of entries: the upload, in a scope of its own that reads the five attachment types as
// raw bytes up to 10 MiB (and no JSON), and the download. Files live in <dataDir>/knowledge/<tenant>/<id>.

const SIGNED_IN = { access: 'signed-in' } as const;

const fileOf = (contentMediaType: string) =>
  Type.Unsafe<Buffer>({ contentMediaType, description: 'The file itself, at most 10 MiB.' });
const fileContent = Object.fromEntries(
  ATTACHMENT_CONTENT_TYPES.map((type) => [type, { schema: fileOf(type) }]),
);

export async function attachmentRoutes(app: FastifyInstance, options: { db: Database; config: Config }) {
  const { db } = options;
  const store = new DocumentStore(path.join(options.config.dataDir, 'knowledge'));
  await app.register(uploadRoute, { db, store });

  app.withTypeProvider<TypeBoxTypeProvider>().get(
    ROUTE.attachment,
    {
      config: SIGNED_IN,
      schema: {
        tags: ['knowledge'],
        summary:
          'An attachment’s file, for anyone who may read its entry, only if it matches what was uploaded',
        params: AttachmentParams,
        response: {
          200: { description: 'The file, with its own content type', content: fileContent },
          ...READ_ERRORS,
          500: Problem,
        },
      },
    },
    async (request, reply) => {
      const { id, attachmentId } = request.params;
      const { attachment, content } = await withAccess(db, request, (tx, access) =>
        openAttachment(tx, access, store, id, attachmentId),
      );
      return reply
        .type(attachment.contentType)
        .header('content-disposition', attachmentDisposition(attachment.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(content);
    },
  );
}

async function uploadRoute(app: FastifyInstance, options: { db: Database; store: DocumentStore }) {
  const { db, store } = options;
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    [...ATTACHMENT_CONTENT_TYPES],
    { parseAs: 'buffer', bodyLimit: ATTACHMENT_MAX_BYTES },
    (_request, body, done) => done(null, body),
  );
  // Fastify's refusals of the body, in the words of an attachment; rendered by the app's handler.
  app.setErrorHandler((error: FastifyError) => {
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') throw unsupportedAttachmentType();
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') throw attachmentTooLarge();
    throw error;
  });

  app.withTypeProvider<TypeBoxTypeProvider>().post(
    ROUTE.attachments,
    {
      bodyLimit: ATTACHMENT_MAX_BYTES,
      config: SIGNED_IN,
      schema: {
        tags: ['knowledge'],
        summary:
          'Attach a file to an entry: the raw body (PDF, PNG, JPEG, CSV or plain text, at most 10 MiB); its proposer while a draft, or an editor; audited',
        params: EntryParams,
        querystring: AttachmentUploadQuery,
        body: { content: fileContent },
        response: { 201: Attachment, ...WRITE_ERRORS, 413: Problem, 415: Problem },
      },
    },
    async (request, reply) => {
      const upload = checkAttachment({
        fileName: request.query.fileName,
        contentTypeHeader: request.headers['content-type'],
        body: request.body,
      });
      const attachment = await withStaging(store, request.log, (staging) =>
        withAccess(db, request, (tx, access) =>
          addAttachment(tx, access, staging, request.params.id, upload),
        ),
      );
      return reply
        .code(201)
        .header('cache-control', 'no-store')
        .header('location', KNOWLEDGE_PATHS.attachment(request.params.id, attachment.id))
        .send(attachment);
    },
  );
}
