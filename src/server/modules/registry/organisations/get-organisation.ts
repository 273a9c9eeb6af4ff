import type { RegistryOrganisation } from '../../../../contracts/registry-organisations.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { registryOrganisationPolicy } from './policy.ts';
import { loadRegistryRecord } from './registry-record.ts';
import { findOrganisation } from './repository.ts';

/**
 * One civil society organisation's registry record: profile, accreditation with its whole history,
 * agreements. Recorded as `record.read`: the history names who decided and why.
 */
export async function getRegistryOrganisation(
  tx: Tx,
  access: AccessContext,
  id: string,
): Promise<RegistryOrganisation> {
  const organisation = await findOrganisation(tx, id);
  if (!organisation) throw notFound();
  const { actions } = authorize(access, registryOrganisationPolicy, 'read', organisation);
  // Other kinds of organisation are not in the registry: nothing here, as for an unknown id.
  if (organisation.kind !== 'civil_society') throw notFound();
  access.audit({
    action: 'record.read',
    outcome: 'allowed',
    subject: { type: 'organisation', id: organisation.id },
    personId: null,
    details: { view: 'registry' },
  });
  return loadRegistryRecord(tx, organisation, actions);
}
