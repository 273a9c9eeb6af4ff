import type { OrganisationDocument } from '../../../../contracts/registry-documents.ts';
import type { DocumentWithUploader } from './repository.ts';

// Document rows as the API answers them; the response schema is the last filter.

export function presentDocument(row: DocumentWithUploader, superseded: boolean): OrganisationDocument {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedBy: { id: row.uploadedBy, displayName: row.uploaderName },
    uploadedAt: row.uploadedAt.toISOString(),
    superseded,
  };
}

/** Documents newest first, each marked superseded when a newer one of its kind comes before it. */
export function presentDocuments(newestFirst: readonly DocumentWithUploader[]): OrganisationDocument[] {
  const seen = new Set<string>();
  return newestFirst.map((row) => {
    const superseded = seen.has(row.kind);
    seen.add(row.kind);
    return presentDocument(row, superseded);
  });
}
