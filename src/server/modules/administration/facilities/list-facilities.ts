import type { FacilityList } from '../../../../contracts/administration.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { facilities } from '../../../platform/db/schema.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { allowedActions } from '../../access/policy.ts';
import { visibleRowsCondition } from '../../access/visible-rows.ts';
import { facilityPolicy } from './policy.ts';
import { presentFacility } from './presenter.ts';
import { listFacilities as findFacilities } from './repository.ts';

/**
 * Every facility of the actor's tenant that the policy lets them read, with the prison service that
 * runs it. Not paginated: a prison service runs tens of facilities, not thousands.
 */
export async function listFacilities(tx: Tx, access: AccessContext): Promise<FacilityList> {
  const visible = visibleRowsCondition(facilityPolicy, access.actor, { tenantId: facilities.tenantId });
  const rows = await findFacilities(tx, visible);
  return {
    facilities: rows.map((row) => presentFacility(row, allowedActions(facilityPolicy, access.actor, row))),
  };
}
