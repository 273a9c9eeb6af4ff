import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { findOrganisation } from '../organisations/repository.ts';
import { DocumentCorrupt } from './errors.ts';
import { organisationDocumentPolicy } from './policy.ts';
import { type DocumentRow, findDocument } from './repository.ts';
import type { DocumentStore } from './store.ts';

/**
 * One document's content, for download, checked against the size and SHA-256 recorded at upload:
 * a file missing or changed on disk is never served (`DocumentCorrupt`). Audited as `record.read`
 * of its organisation.
 */
export async function openDocument(
  tx: Tx,
  access: AccessContext,
  store: DocumentStore,
  documentId: string,
): Promise<{ document: DocumentRow; content: Buffer }> {
  const document = await findDocument(tx, documentId);
  if (!document) throw notFound();
  const organisation = await findOrganisation(tx, document.organisationId);
  // The foreign key makes this impossible; answered as a missing document all the same.
  if (!organisation) throw notFound();
  authorize(access, organisationDocumentPolicy, 'read', organisation);

  const stored = await store.read(document.tenantId, document.id, document);
  if (!stored.found) throw new DocumentCorrupt(document.id, stored.reason);
  access.audit({
    action: 'record.read',
    outcome: 'allowed',
    subject: { type: 'organisation', id: organisation.id },
    personId: null,
    details: { view: 'document', documentId: document.id },
  });
  return { document, content: stored.content };
}
