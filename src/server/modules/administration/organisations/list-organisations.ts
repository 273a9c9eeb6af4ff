import type { OrganisationList } from '../../../../contracts/administration.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { allowedActions } from '../../access/policy.ts';
import { visibleRowsCondition } from '../../access/visible-rows.ts';
import { organisations } from '../../identity/schema.ts';
import { organisationPolicy } from './policy.ts';
import { presentOrganisation } from './presenter.ts';
import { listOrganisations as findOrganisations } from './repository.ts';

/**
 * Every organisation of the actor's tenant that the policy lets them read. Not paginated: a tenant
 * has tens of organisations, not thousands (a cursor comes when one does).
 */
export async function listOrganisations(tx: Tx, access: AccessContext): Promise<OrganisationList> {
  const visible = visibleRowsCondition(organisationPolicy, access.actor, {
    tenantId: organisations.tenantId,
  });
  const rows = await findOrganisations(tx, visible);
  return {
    organisations: rows.map((row) =>
      presentOrganisation(row, allowedActions(organisationPolicy, access.actor, row)),
    ),
  };
}
