import { createHash } from 'node:crypto';
import {
  DOCUMENT_CONTENT_TYPE_NAMES,
  DOCUMENT_CONTENT_TYPES,
  type DocumentContentType,
  type OrganisationDocumentKind,
} from '../../../../contracts/registry-documents.ts';
import { contentMismatch, emptyDocument, extensionMismatch, unsupportedDocumentType } from './errors.ts';

// What an upload must be before anything is written: a type we take, a name that ends as the type
// does, some content, and content that starts as files of that type start. Magic bytes are no proof
// that a file is harmless (a PDF may still carry anything a PDF can), but they stop a file from
// being filed, and later downloaded, as something it is not.

const SIGNATURES: Record<DocumentContentType, Buffer> = {
  'application/pdf': Buffer.from('%PDF-', 'latin1'),
  'image/png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/jpeg': Buffer.from([0xff, 0xd8, 0xff]),
};

/** An upload that passed every check, ready to store. */
export interface CheckedUpload {
  kind: OrganisationDocumentKind;
  fileName: string;
  contentType: DocumentContentType;
  content: Buffer;
  sizeBytes: number;
  sha256: string;
}

/** The media type of a Content-Type header, if it is one of the document types. */
export function documentTypeOf(header: string | undefined): DocumentContentType | undefined {
  const mediaType = header?.split(';')[0]?.trim().toLowerCase();
  return DOCUMENT_CONTENT_TYPE_NAMES.find((name) => name === mediaType);
}

export function nameMatchesType(fileName: string, contentType: DocumentContentType): boolean {
  const name = fileName.toLowerCase();
  return DOCUMENT_CONTENT_TYPES[contentType].some((ending) => name.endsWith(ending));
}

export function contentMatchesType(content: Buffer, contentType: DocumentContentType): boolean {
  const signature = SIGNATURES[contentType];
  return content.subarray(0, signature.length).equals(signature);
}

export const sha256Of = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/** Checks an upload as the route received it; throws the first problem found, naming the field. */
export function checkUpload(upload: {
  kind: OrganisationDocumentKind;
  fileName: string;
  contentTypeHeader: string | undefined;
  body: unknown;
}): CheckedUpload {
  const contentType = documentTypeOf(upload.contentTypeHeader);
  if (contentType === undefined) throw unsupportedDocumentType();
  if (!nameMatchesType(upload.fileName, contentType)) throw extensionMismatch(contentType);
  // A declared type with nothing after it arrives as an empty Buffer.
  if (!Buffer.isBuffer(upload.body) || upload.body.length === 0) throw emptyDocument();
  if (!contentMatchesType(upload.body, contentType)) throw contentMismatch(contentType);
  return {
    kind: upload.kind,
    fileName: upload.fileName,
    contentType,
    content: upload.body,
    sizeBytes: upload.body.length,
    sha256: sha256Of(upload.body),
  };
}
