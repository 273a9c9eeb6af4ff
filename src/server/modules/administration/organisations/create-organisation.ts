import type { AdminOrganisation, CreateOrganisationRequest } from '../../../../contracts/administration.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { allowedActions } from '../../access/policy.ts';
import { isUniqueViolation } from '../users/errors.ts';
import { organisationNameTaken } from './errors.ts';
import { organisationPolicy } from './policy.ts';
import { presentOrganisation } from './presenter.ts';
import { findOrganisation, insertOrganisation, isOrganisationNameTaken } from './repository.ts';

/** Adds an organisation of any kind to the actor's tenant. Audited as `organisation.created`. */
export async function createOrganisation(
  tx: Tx,
  access: AccessContext,
  request: CreateOrganisationRequest,
): Promise<AdminOrganisation> {
  const { actor } = access;
  authorize(access, organisationPolicy, 'create', { tenantId: actor.tenantId, id: null, kind: request.kind });
  if (await isOrganisationNameTaken(tx, actor.tenantId, request.name)) throw organisationNameTaken();

  const id = await insertOrganisation(tx, {
    tenantId: actor.tenantId,
    kind: request.kind,
    name: request.name,
  }).catch((error: unknown) => {
    // Two requests for one new name: the second finds it taken only at the insert.
    throw isUniqueViolation(error) ? organisationNameTaken() : error;
  });
  access.audit({
    action: 'organisation.created',
    outcome: 'allowed',
    subject: { type: 'organisation', id },
    personId: null,
    details: { kind: request.kind, name: request.name },
  });
  const created = await findOrganisation(tx, id);
  if (!created) throw new Error(`organisation ${id} was created but cannot be read back`);
  return presentOrganisation(created, allowedActions(organisationPolicy, actor, created));
}
