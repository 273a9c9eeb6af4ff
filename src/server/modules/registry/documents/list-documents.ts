import type { OrganisationDocuments } from '../../../../contracts/registry-documents.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { findOrganisation } from '../organisations/repository.ts';
import { organisationDocumentPolicy } from './policy.ts';
import { presentDocuments } from './presenter.ts';
import { documentsOf } from './repository.ts';

/** A civil society organisation's documents, newest first, superseded ones included. Audited as `record.read`. */
export async function listDocuments(
  tx: Tx,
  access: AccessContext,
  organisationId: string,
): Promise<OrganisationDocuments> {
  const organisation = await findOrganisation(tx, organisationId);
  if (!organisation) throw notFound();
  const { actions } = authorize(access, organisationDocumentPolicy, 'read', organisation);
  // Other kinds of organisation are not in the registry: nothing here, as for an unknown id.
  if (organisation.kind !== 'civil_society') throw notFound();
  access.audit({
    action: 'record.read',
    outcome: 'allowed',
    subject: { type: 'organisation', id: organisationId },
    personId: null,
    details: { view: 'documents' },
  });
  return { items: presentDocuments(await documentsOf(tx, organisationId)), actions };
}
