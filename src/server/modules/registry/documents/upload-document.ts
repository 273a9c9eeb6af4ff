import type { OrganisationDocument } from '../../../../contracts/registry-documents.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { notCivilSociety } from '../organisations/errors.ts';
import { findOrganisation } from '../organisations/repository.ts';
import type { CheckedUpload } from './file-checks.ts';
import { organisationDocumentPolicy } from './policy.ts';
import { presentDocument } from './presenter.ts';
import { insertDocument } from './repository.ts';
import type { DocumentStaging } from './store.ts';

/**
 * Files a document for a civil society organisation: the file is staged beside its place, the row
 * inserted, and the file moved into place as the last step, so a row never points at a missing or
 * half-written file. Audited as `registry.profile_updated` with the document's id, kind, size and
 * SHA-256 (the hash-chained trail then vouches for the content); never its name, which is free text.
 */
export async function uploadDocument(
  tx: Tx,
  access: AccessContext,
  staging: DocumentStaging,
  organisationId: string,
  upload: CheckedUpload,
): Promise<OrganisationDocument> {
  const organisation = await findOrganisation(tx, organisationId);
  if (!organisation) throw notFound();
  authorize(access, organisationDocumentPolicy, 'upload', organisation);
  if (organisation.kind !== 'civil_society') throw notCivilSociety();

  const id = uuidv7();
  const staged = await staging.stage(organisation.tenantId, id, upload.content);
  const row = await insertDocument(tx, {
    id,
    tenantId: organisation.tenantId,
    organisationId,
    kind: upload.kind,
    fileName: upload.fileName,
    contentType: upload.contentType,
    sizeBytes: upload.sizeBytes,
    sha256: upload.sha256,
    uploadedBy: access.actor.userId,
  });
  access.audit({
    action: 'registry.profile_updated',
    outcome: 'allowed',
    subject: { type: 'organisation', id: organisationId },
    personId: null,
    details: { documentId: id, kind: upload.kind, sizeBytes: upload.sizeBytes, sha256: upload.sha256 },
  });
  await staged.keep();
  // The newest of its kind as this transaction sees it.
  return presentDocument(row, false);
}
