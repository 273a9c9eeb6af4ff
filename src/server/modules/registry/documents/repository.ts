import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { users } from '../../identity/schema.ts';
import { organisationDocuments } from './schema.ts';

// Documents as the registry keeps them, in the request's tenant transaction (row-level security is
// the second wall). Rows are only ever added: a newer document of a kind supersedes, never replaces.

export type DocumentRow = typeof organisationDocuments.$inferSelect;
export type DocumentWithUploader = DocumentRow & { uploaderName: string };

const newestFirst = [desc(organisationDocuments.uploadedAt), desc(organisationDocuments.id)];

const withUploader = (tx: Tx) =>
  tx
    .select({ document: organisationDocuments, uploaderName: users.displayName })
    .from(organisationDocuments)
    .innerJoin(
      users,
      and(eq(users.tenantId, organisationDocuments.tenantId), eq(users.id, organisationDocuments.uploadedBy)),
    );

/** Every document of one organisation, newest first, with the name of whoever uploaded it. */
export async function documentsOf(tx: Tx, organisationId: string): Promise<DocumentWithUploader[]> {
  const rows = await withUploader(tx)
    .where(eq(organisationDocuments.organisationId, organisationId))
    .orderBy(...newestFirst);
  return rows.map((row) => ({ ...row.document, uploaderName: row.uploaderName }));
}

/** One document of the tenant, for authorizing on its organisation before anything else. */
export async function findDocument(tx: Tx, documentId: string): Promise<DocumentRow | undefined> {
  const [row] = await tx.select().from(organisationDocuments).where(eq(organisationDocuments.id, documentId));
  return row;
}

/** Adds a document; answers it as stored, with its uploader's name. */
export async function insertDocument(
  tx: Tx,
  document: Omit<DocumentRow, 'uploadedAt'>,
): Promise<DocumentWithUploader> {
  await tx.insert(organisationDocuments).values(document);
  const [row] = await withUploader(tx).where(eq(organisationDocuments.id, document.id));
  if (!row) throw new Error('the document just inserted cannot be read back');
  return { ...row.document, uploaderName: row.uploaderName };
}
