import {
  DOCUMENT_CONTENT_TYPE_NAMES,
  DOCUMENT_CONTENT_TYPES,
  DOCUMENT_MAX_BYTES,
  type DocumentContentType,
} from '../../../../contracts/registry-documents.ts';
import { AppError } from '../../../platform/http/problem.ts';
import { invalidRequest } from '../organisations/errors.ts';

// What an upload or a download can go wrong with. Refusals of the request reuse the codes every
// route has (415, 413, an empty body, a field at fault); two are the documents' own:
// `document.content_mismatch` and `document.corrupt`.

export const unsupportedDocumentType = () =>
  new AppError(
    415,
    'request.unsupported_media_type',
    'Unsupported media type',
    `Send the file as the request body with its Content-Type: ${DOCUMENT_CONTENT_TYPE_NAMES.join(', ')}.`,
  );

export const documentTooLarge = () =>
  new AppError(
    413,
    'request.body_too_large',
    'Body too large',
    `Documents are limited to 10 MiB (${DOCUMENT_MAX_BYTES} bytes).`,
  );

export const emptyDocument = () =>
  new AppError(400, 'request.empty_body', 'Empty body', 'The request carries no file.', [
    { path: '/body', code: 'empty', message: 'is empty' },
  ]);

export const extensionMismatch = (contentType: DocumentContentType) =>
  invalidRequest([
    {
      path: '/querystring/fileName',
      code: 'extension_mismatch',
      message: `must end in ${DOCUMENT_CONTENT_TYPES[contentType].join(' or ')} for ${contentType}`,
    },
  ]);

/** The bytes are not what the Content-Type says (a PNG sent as a PDF, say). */
export const contentMismatch = (contentType: DocumentContentType) =>
  new AppError(
    400,
    'document.content_mismatch',
    'Content does not match its type',
    `The file’s content is not ${contentType}.`,
    [{ path: '/body', code: 'content_mismatch', message: `is not ${contentType} content` }],
  );

/**
 * The stored file is missing or is not what was uploaded (its size or SHA-256 differs): it is never
 * served. A 500, because nothing the caller can change will fix it; the log says which and why.
 */
export class DocumentCorrupt extends AppError {
  override name = 'DocumentCorrupt';
  constructor(
    readonly documentId: string,
    readonly reason: 'missing' | 'size' | 'checksum',
  ) {
    super(
      500,
      'document.corrupt',
      'Document unavailable',
      'The stored file does not match what was uploaded, so it is not served. Quote the request id when reporting it.',
    );
  }
}
