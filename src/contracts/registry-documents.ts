import { type Static, Type } from 'typebox';

/**
 * An organisation's documents in the registry: what kinds there are, which files are taken, the
 * list and the upload's parameters. Shared by the server (route schemas, checks) and the web app
 * (the `Static` types, the paths, what a file picker should accept). Imports nothing but typebox.
 */

/** The kinds of document an organisation files, as `organisation_documents.kind` allows them. */
export const ORGANISATION_DOCUMENT_KINDS = [
  'registration_certificate',
  'statutes',
  'agreement',
  'insurance',
  'reference',
] as const;
export type OrganisationDocumentKind = (typeof ORGANISATION_DOCUMENT_KINDS)[number];

/** The file types taken, each with the file name endings that go with it. */
export const DOCUMENT_CONTENT_TYPES = {
  'application/pdf': ['.pdf'],
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
} as const satisfies Record<string, readonly string[]>;
export type DocumentContentType = keyof typeof DOCUMENT_CONTENT_TYPES;
export const DOCUMENT_CONTENT_TYPE_NAMES = Object.keys(DOCUMENT_CONTENT_TYPES) as DocumentContentType[];

/** The largest file taken: 10 MiB. */
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

/** What a caller may do with an organisation's documents, in the order answers list them. */
export const ORGANISATION_DOCUMENT_ACTIONS = ['read', 'upload'] as const;
export type OrganisationDocumentAction = (typeof ORGANISATION_DOCUMENT_ACTIONS)[number];

export const REGISTRY_DOCUMENT_PATHS = {
  documents: (organisationId: string) =>
    `/api/v1/registry/organisations/${encodeURIComponent(organisationId)}/documents`,
  content: (documentId: string) => `/api/v1/registry/documents/${encodeURIComponent(documentId)}/content`,
} as const;

const Id = Type.String({ format: 'uuid' });

export const OrganisationDocumentsParams = Type.Object({ id: Id }, { additionalProperties: false });
export type OrganisationDocumentsParams = Static<typeof OrganisationDocumentsParams>;

export const DocumentParams = Type.Object({ documentId: Id }, { additionalProperties: false });
export type DocumentParams = Static<typeof DocumentParams>;

/**
 * The upload's query; the file itself is the raw body, sent with its own Content-Type. The name is
 * kept for the download only: no path separators, control characters or bidirectional overrides
 * (which can make a name ending in .pdf display as one ending in .png).
 */
export const DocumentUploadQuery = Type.Object(
  {
    kind: Type.Enum([...ORGANISATION_DOCUMENT_KINDS]),
    fileName: Type.String({
      minLength: 1,
      maxLength: 255,
      pattern: '^[^/\\\\\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]+$',
      description:
        'The file’s name, 1 to 255 characters, ending as its type does (.pdf, .png, .jpg or .jpeg); no path.',
    }),
  },
  { additionalProperties: false },
);
export type DocumentUploadQuery = Static<typeof DocumentUploadQuery>;

/** One uploaded file, as the registry keeps it. */
export const OrganisationDocument = Type.Object({
  id: Id,
  kind: Type.Enum([...ORGANISATION_DOCUMENT_KINDS]),
  fileName: Type.String(),
  contentType: Type.Enum(DOCUMENT_CONTENT_TYPE_NAMES),
  sizeBytes: Type.Integer(),
  /** SHA-256 of the content, lower-case hex: what the download is checked against. */
  sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
  uploadedBy: Type.Object({ id: Id, displayName: Type.String() }),
  uploadedAt: Type.String({ format: 'date-time' }),
  /** Whether a newer document of the same kind exists: the older stays, as history. */
  superseded: Type.Boolean(),
});
export type OrganisationDocument = Static<typeof OrganisationDocument>;

export const OrganisationDocuments = Type.Object({
  items: Type.Array(OrganisationDocument, { description: 'Newest first.' }),
  actions: Type.Array(Type.Enum([...ORGANISATION_DOCUMENT_ACTIONS])),
});
export type OrganisationDocuments = Static<typeof OrganisationDocuments>;
