import type { AdminOrganisation, UpdateOrganisationRequest } from '../../../../contracts/administration.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { isUniqueViolation } from '../users/errors.ts';
import { organisationNameTaken } from './errors.ts';
import { organisationPolicy } from './policy.ts';
import { presentOrganisation } from './presenter.ts';
import { findOrganisation, isOrganisationNameTaken, renameOrganisation } from './repository.ts';

/**
 * Renames an organisation of the actor's tenant (its kind is fixed). Audited as
 * `organisation.updated` with the names before and after; the same name again changes nothing.
 */
export async function updateOrganisation(
  tx: Tx,
  access: AccessContext,
  id: string,
  change: UpdateOrganisationRequest,
): Promise<AdminOrganisation> {
  const found = await findOrganisation(tx, id);
  if (!found) throw notFound();
  const { actions } = authorize(access, organisationPolicy, 'update', found);
  if (change.name === found.name) return presentOrganisation(found, actions);
  if (await isOrganisationNameTaken(tx, found.tenantId, change.name, id)) throw organisationNameTaken();

  await renameOrganisation(tx, id, change.name).catch((error: unknown) => {
    throw isUniqueViolation(error) ? organisationNameTaken() : error;
  });
  access.audit({
    action: 'organisation.updated',
    outcome: 'allowed',
    subject: { type: 'organisation', id },
    personId: null,
    details: { fields: 'name', name: change.name, previousName: found.name },
  });
  return presentOrganisation({ ...found, name: change.name }, actions);
}
