import {
  ATTACHMENT_CONTENT_TYPES,
  ATTACHMENT_EXTENSIONS,
  ATTACHMENT_MAX_BYTES,
} from '../../../../contracts/knowledge.ts';
import { AppError } from '../../../platform/http/problem.ts';
import { sha256Of } from '../../registry/documents/file-checks.ts';
import { invalidRequest } from '../../registry/organisations/errors.ts';

// What an attachment must be before anything is written, as an organisation's documents are checked
// (registry/documents/file-checks.ts): a type we take, a name ending as the type does, some content,
// and content that starts as files of the type start. Text (CSV, plain) has no magic bytes: it must
// be UTF-8 without NUL bytes, which a binary file passed off as text is not.

export type AttachmentContentType = (typeof ATTACHMENT_CONTENT_TYPES)[number];

const SIGNATURES: Partial<Record<AttachmentContentType, Buffer>> = {
  'application/pdf': Buffer.from('%PDF-', 'latin1'),
  'image/png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/jpeg': Buffer.from([0xff, 0xd8, 0xff]),
};

export interface CheckedAttachment {
  fileName: string;
  contentType: AttachmentContentType;
  content: Buffer;
  sizeBytes: number;
  sha256: string;
}

export const unsupportedAttachmentType = () =>
  new AppError(
    415,
    'request.unsupported_media_type',
    'Unsupported media type',
    `Send the file as the request body with its Content-Type: ${ATTACHMENT_CONTENT_TYPES.join(', ')}.`,
  );

export const attachmentTooLarge = () =>
  new AppError(
    413,
    'request.body_too_large',
    'Body too large',
    `Attachments are limited to 10 MiB (${ATTACHMENT_MAX_BYTES} bytes).`,
  );

export function attachmentTypeOf(header: string | undefined): AttachmentContentType | undefined {
  const mediaType = header?.split(';')[0]?.trim().toLowerCase();
  return ATTACHMENT_CONTENT_TYPES.find((name) => name === mediaType);
}

export function contentMatches(content: Buffer, contentType: AttachmentContentType): boolean {
  const signature = SIGNATURES[contentType];
  if (signature) return content.subarray(0, signature.length).equals(signature);
  if (content.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
    return true;
  } catch {
    // Not UTF-8: not text as we take it.
    return false;
  }
}

/** Checks an upload as the route received it; throws the first problem found, naming the field. */
export function checkAttachment(upload: {
  fileName: string;
  contentTypeHeader: string | undefined;
  body: unknown;
}): CheckedAttachment {
  const contentType = attachmentTypeOf(upload.contentTypeHeader);
  if (contentType === undefined) throw unsupportedAttachmentType();
  const endings = ATTACHMENT_EXTENSIONS[contentType];
  if (!endings.some((ending) => upload.fileName.toLowerCase().endsWith(ending))) {
    throw invalidRequest([
      {
        path: '/querystring/fileName',
        code: 'extension_mismatch',
        message: `must end in ${endings.join(' or ')} for ${contentType}`,
      },
    ]);
  }
  if (!Buffer.isBuffer(upload.body) || upload.body.length === 0) {
    throw new AppError(400, 'request.empty_body', 'Empty body', 'The request carries no file.', [
      { path: '/body', code: 'empty', message: 'is empty' },
    ]);
  }
  if (!contentMatches(upload.body, contentType)) {
    throw new AppError(
      400,
      'document.content_mismatch',
      'Content does not match its type',
      `The file’s content is not ${contentType}.`,
      [{ path: '/body', code: 'content_mismatch', message: `is not ${contentType} content` }],
    );
  }
  return {
    fileName: upload.fileName,
    contentType,
    content: upload.body,
    sizeBytes: upload.body.length,
    sha256: sha256Of(upload.body),
  };
}
